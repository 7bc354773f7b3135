import { describe, expect, it } from 'vitest';
import { EXERCISES, cautionsBeforeStart, cautionsBeforeStep, exerciseById, isExerciseId } from './catalog';
import { EXERCISE_IDS } from './types';
import type { BreathingExercise, GuidedExercise, MuscleRelaxationExercise } from './types';

function get<K extends 'breathing' | 'guided' | 'muscle_relaxation'>(id: string, kind: K) {
  const e = exerciseById(id);
  if (!e || e.kind !== kind) throw new Error(`${id} is not a ${kind} exercise`);
  return e as Extract<BreathingExercise | GuidedExercise | MuscleRelaxationExercise, { kind: K }>;
}

describe('exercise catalog', () => {
  it('has every id exactly once, each with a title, summary and at least one step or phase', () => {
    expect(EXERCISES.map((e) => e.id).sort()).toEqual([...EXERCISE_IDS].sort());
    for (const e of EXERCISES) {
      expect(e.title.length).toBeGreaterThan(0);
      expect(e.summary.length).toBeGreaterThan(0);
      const parts = e.kind === 'breathing' ? e.phases.length : e.kind === 'guided' ? e.steps.length : e.groups.length;
      expect(parts).toBeGreaterThan(0);
    }
  });

  it('looks exercises up by id and rejects unknown ids', () => {
    expect(exerciseById('box-breathing')?.title).toBe('Box breathing');
    expect(exerciseById('nope')).toBeUndefined();
    expect(isExerciseId('tipp')).toBe(true);
    expect(isExerciseId('TIPP')).toBe(false);
  });

  it('4-7-8 breathes in 4, holds 7, out 8, for four cycles, with the tongue placement first', () => {
    const e = get('breathing-4-7-8', 'breathing');
    expect(e.phases.map((p) => [p.kind, p.seconds])).toEqual([['inhale', 4], ['hold_in', 7], ['exhale', 8]]);
    expect(e.cycles).toBe(4);
    expect(e.preparation.join(' ')).toMatch(/tongue/);
    expect(e.phases[0]!.cue).toMatch(/nose/);
    expect(e.phases[2]!.cue).toMatch(/mouth/);
  });

  it('box breathing is 4-4-4-4 for 4 to 5 cycles', () => {
    const e = get('box-breathing', 'breathing');
    expect(e.phases.map((p) => [p.kind, p.seconds])).toEqual([['inhale', 4], ['hold_in', 4], ['exhale', 4], ['hold_out', 4]]);
    expect(e.cycleRange).toEqual({ min: 4, max: 5 });
  });

  it('paced breathing runs at 5–6 breaths a minute with a longer out-breath, for 1–2 minutes', () => {
    const e = get('paced-breathing', 'breathing');
    const cycleSeconds = e.phases.reduce((s, p) => s + p.seconds, 0);
    const inhale = e.phases.find((p) => p.kind === 'inhale')!.seconds;
    const exhale = e.phases.find((p) => p.kind === 'exhale')!.seconds;
    expect(inhale).toBe(4);
    expect(exhale).toBeGreaterThanOrEqual(6);
    expect(exhale).toBeLessThanOrEqual(8);
    expect(60 / cycleSeconds).toBeGreaterThanOrEqual(5);
    expect(60 / cycleSeconds).toBeLessThanOrEqual(6);
    expect(e.cycles * cycleSeconds).toBeGreaterThanOrEqual(60);
    expect(e.cycles * cycleSeconds).toBeLessThanOrEqual(120);
    expect(e.cycleRange.max * cycleSeconds).toBeLessThanOrEqual(120);
  });

  it('muscle relaxation has the 16 groups in order, tense 5–7 s, release 30–40 s, never to pain', () => {
    const e = get('progressive-muscle-relaxation', 'muscle_relaxation');
    expect(e.groups).toHaveLength(16);
    expect(e.groups.map((g) => g.id)).toEqual([
      'dominant-hand', 'dominant-biceps', 'other-hand', 'other-biceps', 'forehead', 'eyes-nose', 'cheeks-jaw', 'neck-throat',
      'chest-shoulders-back', 'abdomen', 'dominant-thigh', 'dominant-calf', 'dominant-foot', 'other-thigh', 'other-calf', 'other-foot',
    ]);
    expect(e.tenseSeconds).toBeGreaterThanOrEqual(5);
    expect(e.tenseSeconds).toBeLessThanOrEqual(7);
    expect(e.releaseSeconds).toBeGreaterThanOrEqual(30);
    expect(e.releaseSeconds).toBeLessThanOrEqual(40);
    expect(cautionsBeforeStart(e).map((c) => c.text).join(' ')).toMatch(/pain/);
  });

  it('5-4-3-2-1 counts five seen, four touched, three heard, two smelled, one tasted', () => {
    const e = get('grounding-5-4-3-2-1', 'guided');
    expect(e.steps.map((s) => [s.id, s.count])).toEqual([['see', 5], ['touch', 4], ['hear', 3], ['smell', 2], ['taste', 1]]);
  });

  it('STOP is Stop, Take a step back, Observe, Proceed mindfully', () => {
    expect(get('stop-skill', 'guided').steps.map((s) => s.title)).toEqual(['Stop', 'Take a step back', 'Observe', 'Proceed mindfully']);
  });

  it('TIPP shows its medical caution before Temperature and Exercise, but not before the breathing steps', () => {
    const e = get('tipp', 'guided');
    expect(e.steps.map((s) => s.id)).toEqual(['temperature', 'intense-exercise', 'paced-breathing', 'paired-muscle-relaxation']);
    for (const step of ['temperature', 'intense-exercise']) {
      const text = cautionsBeforeStep(e, step).map((c) => c.text).join(' ');
      expect(text).toMatch(/heart/);
      expect(text).toMatch(/eating disorder/);
      expect(text).toMatch(/pregnant/);
      expect(text).toMatch(/cold/);
    }
    expect(cautionsBeforeStep(e, 'paced-breathing')).toEqual([]);
    expect(e.steps[0]!.seconds).toBe(30);
    expect(e.steps[2]!.exerciseId).toBe('paced-breathing');
  });

  it('self-soothe covers the five senses; ACCEPTS and IMPROVE keep their letters in order', () => {
    expect(get('self-soothe', 'guided').steps.map((s) => s.id)).toEqual(['sight', 'hearing', 'smell', 'taste', 'touch']);
    expect(get('accepts', 'guided').steps.map((s) => s.id)).toEqual(['activities', 'contributing', 'comparisons', 'emotions', 'pushing-away', 'thoughts', 'sensations']);
    expect(get('improve', 'guided').steps.map((s) => s.id)).toEqual(['imagery', 'meaning', 'prayer', 'relaxation', 'one-thing', 'vacation', 'encouragement']);
  });
});
