// The exercise library in the order it is offered (quick breathing first, longer skills last).
import { boxBreathing, breathing478, pacedBreathing } from './breathing';
import { accepts, improve, selfSoothe, tipp } from './distress-tolerance';
import { bodyScan, grounding54321, stopSkill } from './grounding';
import { progressiveMuscleRelaxation } from './muscle-relaxation';
import { EXERCISE_IDS } from './types';
import type { Caution, Exercise, ExerciseId } from './types';

export const EXERCISES: readonly Exercise[] = [
  breathing478,
  boxBreathing,
  pacedBreathing,
  grounding54321,
  stopSkill,
  tipp,
  selfSoothe,
  progressiveMuscleRelaxation,
  bodyScan,
  accepts,
  improve,
];

const byId = new Map<string, Exercise>(EXERCISES.map((e) => [e.id, e]));

export function isExerciseId(value: unknown): value is ExerciseId {
  return typeof value === 'string' && (EXERCISE_IDS as readonly string[]).includes(value);
}

/** The exercise with this id, or undefined (plans may name an exercise a newer app added). */
export function exerciseById(id: string): Exercise | undefined {
  return byId.get(id);
}

/** Cautions to show before starting (those not tied to a step). */
export function cautionsBeforeStart(exercise: Exercise): readonly Caution[] {
  return exercise.cautions.filter((c) => c.beforeStepIds.length === 0);
}

/** Cautions to show right before a given step, e.g. TIPP's before 'temperature'. */
export function cautionsBeforeStep(exercise: Exercise, stepId: string): readonly Caution[] {
  return exercise.cautions.filter((c) => c.beforeStepIds.includes(stepId));
}
