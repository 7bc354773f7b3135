// Chooses which core exercise to offer: the one the person named, else one that helped them
// before, else the first exercise in their plan's mild tier, else a sensible default for how
// they feel. Anything they asked not to be suggested is skipped.
import { exerciseById, type Exercise, type ExerciseId } from '@kinbridge/core/exercises';
import type { MemoryItem } from '../memory/types';
import { isAvoided } from '../memory/recall';
import type { Emotion } from '../nlu/classifier';

const NAMED: Array<[RegExp, ExerciseId]> = [
  [/\b4[\s-]?7[\s-]?8\b|\bfour seven eight\b/i, 'breathing-4-7-8'],
  [/\bbox(?:ed)?[\s-]?breath/i, 'box-breathing'],
  [/\bpaced\b|\bslow(?:er)? breath/i, 'paced-breathing'],
  [/\b5[\s-]?4[\s-]?3[\s-]?2[\s-]?1\b|\bfive things\b|\bsenses\b|\bgrounding\b|\bground (?:me|myself)\b/i, 'grounding-5-4-3-2-1'],
  [/\bmuscle|\bpmr\b|\btense and relax/i, 'progressive-muscle-relaxation'],
  [/\bbody[\s-]?scan\b/i, 'body-scan'],
  [/\bbreath/i, 'box-breathing'],
];

/** The exercise a piece of text names ("box breathing", "the 5-4-3-2-1 one"), if any. */
export function exerciseNamedIn(text: string): ExerciseId | undefined {
  return NAMED.find(([re]) => re.test(text))?.[1];
}

export interface PickOptions {
  text: string;
  emotion: Emotion;
  memory: readonly MemoryItem[];
  /** Strategy texts from the person's mild tier, in order. */
  planStrategies: readonly string[];
  /** Prefer breathing (the person asked to breathe). */
  breathing?: boolean;
}

export function pickExercise(options: PickOptions): Exercise {
  const allowed = (id: ExerciseId | undefined): Exercise | undefined => {
    if (!id) return undefined;
    const exercise = exerciseById(id);
    if (!exercise || isAvoided(exercise.title, options.memory)) return undefined;
    return exercise;
  };
  const named = allowed(exerciseNamedIn(options.text));
  if (named) return named;
  const helped = [...options.memory].reverse().filter((m) => m.kind === 'helped').map((m) => allowed(exerciseNamedIn(m.text)));
  const fromMemory = helped.find((e) => e && (!options.breathing || e.kind === 'breathing'));
  if (fromMemory) return fromMemory;
  const fromPlan = options.planStrategies.map((s) => allowed(exerciseNamedIn(s))).find(Boolean);
  if (fromPlan && (!options.breathing || fromPlan.kind === 'breathing')) return fromPlan;
  const defaults: ExerciseId[] = options.breathing
    ? ['box-breathing', 'paced-breathing', 'breathing-4-7-8']
    : options.emotion === 'numb' || options.emotion === 'anxious'
      ? ['grounding-5-4-3-2-1', 'box-breathing', 'paced-breathing', 'body-scan']
      : ['box-breathing', 'grounding-5-4-3-2-1', 'paced-breathing', 'body-scan'];
  for (const id of defaults) {
    const exercise = allowed(id);
    if (exercise) return exercise;
  }
  // Everything was declined; 5-4-3-2-1 asks nothing of the body, so it is the last resort.
  return exerciseById('grounding-5-4-3-2-1') as Exercise;
}
