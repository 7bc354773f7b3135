// Timing for the exercise player. Everything is a pure function of elapsed milliseconds, so
// the UI can animate from requestAnimationFrame and tests can jump to any moment.
import type { BreathingExercise, BreathPhase, Exercise } from './types';

export interface TimingOptions {
  /** Number of cycles (breathing) — clamped to the exercise's allowed range. */
  cycles?: number;
  /**
   * Multiplier on every duration, clamped to 0.5–2. 4-7-8 keeps its ratio at any pace, which
   * the reference says matters more than the seconds (0.5 = twice as fast).
   */
  pace?: number;
}

export type SegmentKind = 'inhale' | 'hold_in' | 'exhale' | 'hold_out' | 'tense' | 'release' | 'step';

/** One timed stretch of an exercise, in order. */
export interface TimelineSegment {
  kind: SegmentKind;
  /** Cue to show: the breath cue, "Tense: <group>", or a step title. */
  label: string;
  seconds: number;
  /** 1-based cycle for breathing; 1-based group number for muscle relaxation; step number otherwise. */
  round: number;
  /** Id of the muscle group or step, when there is one. */
  refId?: string;
}

function clampPace(pace: number | undefined): number {
  if (pace === undefined || !Number.isFinite(pace)) return 1;
  return Math.min(2, Math.max(0.5, pace));
}

export function cyclesFor(exercise: BreathingExercise, requested?: number): number {
  if (requested === undefined || !Number.isFinite(requested)) return exercise.cycles;
  return Math.min(exercise.cycleRange.max, Math.max(exercise.cycleRange.min, Math.round(requested)));
}

/**
 * The exercise as a flat list of timed segments. Guided steps without a suggested length are
 * left out: the person moves on when ready, so they have no clock.
 */
export function exerciseTimeline(exercise: Exercise, options: TimingOptions = {}): TimelineSegment[] {
  const pace = clampPace(options.pace);
  const out: TimelineSegment[] = [];
  switch (exercise.kind) {
    case 'breathing': {
      const cycles = cyclesFor(exercise, options.cycles);
      for (let round = 1; round <= cycles; round++) {
        for (const p of exercise.phases) out.push({ kind: p.kind, label: p.cue, seconds: p.seconds * pace, round });
      }
      break;
    }
    case 'muscle_relaxation':
      exercise.groups.forEach((g, i) => {
        out.push({ kind: 'tense', label: `Tense: ${g.name}`, seconds: exercise.tenseSeconds * pace, round: i + 1, refId: g.id });
        out.push({ kind: 'release', label: `Let go: ${g.name}`, seconds: exercise.releaseSeconds * pace, round: i + 1, refId: g.id });
      });
      break;
    case 'guided':
      exercise.steps.forEach((s, i) => {
        if (s.seconds !== undefined) out.push({ kind: 'step', label: s.title, seconds: s.seconds * pace, round: i + 1, refId: s.id });
      });
      break;
  }
  return out;
}

/** Sum of the timed parts in seconds (untimed guided steps count as zero). */
export function totalDurationSeconds(exercise: Exercise, options: TimingOptions = {}): number {
  return exerciseTimeline(exercise, options).reduce((sum, s) => sum + s.seconds, 0);
}

export type SegmentPosition =
  | { done: false; index: number; segment: TimelineSegment; segmentElapsedMs: number; segmentRemainingMs: number; progress: number; totalMs: number }
  | { done: true; totalMs: number };

/** Where in a timeline `elapsedMs` falls. Negative time counts as the start. */
export function segmentAt(timeline: readonly TimelineSegment[], elapsedMs: number): SegmentPosition {
  const totalMs = timeline.reduce((sum, s) => sum + s.seconds * 1000, 0);
  let t = Math.max(0, Number.isFinite(elapsedMs) ? elapsedMs : 0);
  for (let index = 0; index < timeline.length; index++) {
    const segment = timeline[index]!;
    const ms = segment.seconds * 1000;
    if (t < ms) return { done: false, index, segment, segmentElapsedMs: t, segmentRemainingMs: ms - t, progress: ms === 0 ? 1 : t / ms, totalMs };
    t -= ms;
  }
  return { done: true, totalMs };
}

export type BreathingState =
  | {
      done: false;
      /** 1-based cycle number. */
      cycle: number;
      cycles: number;
      phaseIndex: number;
      phase: BreathPhase;
      phaseElapsedMs: number;
      phaseRemainingMs: number;
      /** 0..1 through the current phase. */
      progress: number;
      /** 0 (empty) .. 1 (full): drives the expanding-circle animation. */
      fullness: number;
      totalMs: number;
    }
  | { done: true; cycles: number; totalMs: number; fullness: 0 };

/** The breathing phase at `elapsedMs` since the exercise started. */
export function breathingPhaseAt(exercise: BreathingExercise, elapsedMs: number, options: TimingOptions = {}): BreathingState {
  const pace = clampPace(options.pace);
  const cycles = cyclesFor(exercise, options.cycles);
  const cycleMs = exercise.phases.reduce((sum, p) => sum + p.seconds * 1000 * pace, 0);
  const totalMs = cycleMs * cycles;
  const t = Math.max(0, Number.isFinite(elapsedMs) ? elapsedMs : 0);
  if (t >= totalMs || cycleMs === 0) return { done: true, cycles, totalMs, fullness: 0 };
  const cycleIndex = Math.floor(t / cycleMs);
  let within = t - cycleIndex * cycleMs;
  for (let phaseIndex = 0; phaseIndex < exercise.phases.length; phaseIndex++) {
    const phase = exercise.phases[phaseIndex]!;
    const ms = phase.seconds * 1000 * pace;
    // The last phase also absorbs floating-point leftovers at a cycle boundary.
    if (within < ms || phaseIndex === exercise.phases.length - 1) {
      const progress = Math.min(1, within / ms);
      return {
        done: false,
        cycle: cycleIndex + 1,
        cycles,
        phaseIndex,
        phase,
        phaseElapsedMs: within,
        phaseRemainingMs: Math.max(0, ms - within),
        progress,
        fullness: fullnessFor(phase.kind, progress),
        totalMs,
      };
    }
    within -= ms;
  }
  return { done: true, cycles, totalMs, fullness: 0 };
}

function fullnessFor(kind: BreathPhase['kind'], progress: number): number {
  switch (kind) {
    case 'inhale':
      return progress;
    case 'hold_in':
      return 1;
    case 'exhale':
      return 1 - progress;
    case 'hold_out':
      return 0;
  }
}
