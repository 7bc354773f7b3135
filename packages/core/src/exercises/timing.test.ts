import { describe, expect, it } from 'vitest';
import { boxBreathing, breathing478, pacedBreathing } from './breathing';
import { tipp } from './distress-tolerance';
import { bodyScan, stopSkill } from './grounding';
import { progressiveMuscleRelaxation } from './muscle-relaxation';
import { breathingPhaseAt, exerciseTimeline, segmentAt, totalDurationSeconds } from './timing';

describe('totalDurationSeconds', () => {
  it('adds up cycles of breathing: 4-7-8 is 4 × 19 s, box is 4 × 16 s', () => {
    expect(totalDurationSeconds(breathing478)).toBe(76);
    expect(totalDurationSeconds(boxBreathing)).toBe(64);
    expect(totalDurationSeconds(boxBreathing, { cycles: 5 })).toBe(80);
  });

  it('keeps requested cycles inside the allowed range', () => {
    expect(totalDurationSeconds(boxBreathing, { cycles: 50 })).toBe(80);
    expect(totalDurationSeconds(pacedBreathing, { cycles: 1 })).toBe(60);
  });

  it('scales with pace but keeps the ratio', () => {
    expect(totalDurationSeconds(breathing478, { pace: 0.5 })).toBe(38);
    expect(totalDurationSeconds(breathing478, { pace: 100 })).toBe(152);
  });

  it('muscle relaxation is 16 × (tense + release)', () => {
    expect(totalDurationSeconds(progressiveMuscleRelaxation)).toBe(16 * 35);
  });

  it('counts only timed guided steps', () => {
    expect(totalDurationSeconds(bodyScan)).toBe(12 * 30);
    expect(totalDurationSeconds(stopSkill)).toBe(0);
    expect(totalDurationSeconds(tipp)).toBe(120);
  });
});

describe('breathingPhaseAt', () => {
  it('walks through 4-7-8 phase by phase', () => {
    const at = (s: number) => breathingPhaseAt(breathing478, s * 1000);
    const start = at(0);
    expect(start.done).toBe(false);
    if (start.done) return;
    expect([start.cycle, start.phase.kind, start.phaseRemainingMs, start.fullness]).toEqual([1, 'inhale', 4000, 0]);

    const midInhale = at(2);
    if (midInhale.done) throw new Error('finished early');
    expect(midInhale.fullness).toBeCloseTo(0.5);

    const hold = at(4);
    if (hold.done) throw new Error('finished early');
    expect([hold.phase.kind, hold.phaseRemainingMs, hold.fullness]).toEqual(['hold_in', 7000, 1]);

    const exhale = at(15);
    if (exhale.done) throw new Error('finished early');
    expect([exhale.phase.kind, exhale.progress]).toEqual(['exhale', 0.5]);
    expect(exhale.fullness).toBeCloseTo(0.5);

    const second = at(19);
    if (second.done) throw new Error('finished early');
    expect([second.cycle, second.phase.kind]).toEqual([2, 'inhale']);

    const last = at(75.9);
    if (last.done) throw new Error('finished early');
    expect([last.cycle, last.phase.kind]).toEqual([4, 'exhale']);

    expect(at(76).done).toBe(true);
    expect(at(10_000).done).toBe(true);
  });

  it('treats negative or nonsense time as the start', () => {
    const s = breathingPhaseAt(boxBreathing, -500);
    expect(!s.done && s.cycle === 1 && s.phase.kind === 'inhale' && s.phaseElapsedMs === 0).toBe(true);
    const n = breathingPhaseAt(boxBreathing, Number.NaN);
    expect(!n.done && n.phaseElapsedMs === 0).toBe(true);
  });

  it('box breathing holds empty in the fourth phase', () => {
    const s = breathingPhaseAt(boxBreathing, 13_000);
    expect(!s.done && s.phase.kind === 'hold_out' && s.fullness === 0).toBe(true);
  });

  it('runs faster at a quicker pace', () => {
    const s = breathingPhaseAt(breathing478, 2000, { pace: 0.5 });
    expect(!s.done && s.phase.kind === 'hold_in').toBe(true);
  });
});

describe('segmentAt', () => {
  it('finds the muscle group being tensed or released', () => {
    const timeline = exerciseTimeline(progressiveMuscleRelaxation);
    const first = segmentAt(timeline, 1000);
    expect(!first.done && first.segment.kind === 'tense' && first.segment.refId === 'dominant-hand').toBe(true);
    const release = segmentAt(timeline, 6000);
    expect(!release.done && release.segment.kind === 'release' && release.segmentRemainingMs === 29_000).toBe(true);
    const forehead = segmentAt(timeline, 4 * 35_000);
    expect(!forehead.done && forehead.segment.refId === 'forehead' && forehead.segment.round === 5).toBe(true);
    expect(segmentAt(timeline, 16 * 35_000).done).toBe(true);
  });
});
