// Exercises are data, not components: the SOS screen, the companion and the tests all read the
// same definition, so a timing changed here changes everywhere at once.

export const EXERCISE_IDS = [
  'breathing-4-7-8',
  'box-breathing',
  'paced-breathing',
  'progressive-muscle-relaxation',
  'grounding-5-4-3-2-1',
  'body-scan',
  'stop-skill',
  'tipp',
  'self-soothe',
  'accepts',
  'improve',
] as const;

export type ExerciseId = (typeof EXERCISE_IDS)[number];

export type ExerciseCategory = 'breathing' | 'grounding' | 'relaxation' | 'distress_tolerance' | 'distraction';

/**
 * A caution is shown before the steps it names (or before the start when `beforeStepIds`
 * is empty). TIPP needs this: its caution must appear before Temperature and before Exercise.
 */
export interface Caution {
  id: string;
  text: string;
  beforeStepIds: readonly string[];
}

export type BreathPhaseKind = 'inhale' | 'hold_in' | 'exhale' | 'hold_out';

export interface BreathPhase {
  kind: BreathPhaseKind;
  seconds: number;
  /** Short cue for the animation, e.g. "Breathe in through your nose". */
  cue: string;
}

export interface ExerciseStep {
  id: string;
  title: string;
  text: string;
  /** A suggested length for a timer; absent when the person moves on when ready. */
  seconds?: number;
  /** For counting exercises (5-4-3-2-1): how many things to notice. */
  count?: number;
  /** A step that is itself another exercise (TIPP's paced breathing). */
  exerciseId?: ExerciseId;
  /** Ideas to pick from (self-soothe by senses, ACCEPTS). */
  examples?: readonly string[];
}

export interface MuscleGroup {
  id: string;
  name: string;
  /** How to tense this group, in plain words. */
  tense: string;
}

interface ExerciseBase {
  id: ExerciseId;
  title: string;
  /** One sentence for lists and the SOS card. */
  summary: string;
  category: ExerciseCategory;
  /** Rough length for lists ("about 2 min"). Timed exercises also expose exact seconds. */
  estimatedMinutes: number;
  /** Things to do or know before starting (posture, where the tongue goes). */
  preparation: readonly string[];
  cautions: readonly Caution[];
  /** Where the structure and numbers come from (see shared/clinical/REFERENCE.md). */
  source: string;
}

export interface BreathingExercise extends ExerciseBase {
  kind: 'breathing';
  /** One cycle, in order. */
  phases: readonly BreathPhase[];
  /** Default number of cycles. */
  cycles: number;
  /** The range the reference allows; the UI may let the person pick within it. */
  cycleRange: { min: number; max: number };
}

export interface MuscleRelaxationExercise extends ExerciseBase {
  kind: 'muscle_relaxation';
  groups: readonly MuscleGroup[];
  tenseSeconds: number;
  releaseSeconds: number;
  tenseRange: { min: number; max: number };
  releaseRange: { min: number; max: number };
}

export interface GuidedExercise extends ExerciseBase {
  kind: 'guided';
  steps: readonly ExerciseStep[];
}

export type Exercise = BreathingExercise | MuscleRelaxationExercise | GuidedExercise;
