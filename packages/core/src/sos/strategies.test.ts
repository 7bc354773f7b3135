import { describe, expect, it } from 'vitest';
import { emptyPlan, starterPlan } from '../plan/starter';
import type { EpochMs } from '../time';
import { startSosSession } from './machine';
import { msUntilMoveOn, nextStrategy, showCrisisLinesFirst } from './selectors';
import { sosStrategiesForTier } from './strategies';
import { applySosEvent } from './machine';

describe('sosStrategiesForTier', () => {
  it('puts the crisis line and emergency number first in an emergency even if the plan put them last', () => {
    const plan = { ...starterPlan(), tiers: { ...starterPlan().tiers, emergency: [{ kind: 'reasons' as const }, { kind: 'emergency_number' as const }] } };
    expect(sosStrategiesForTier(plan, 'emergency').map((s) => s.ref.kind)).toEqual(['crisis_line', 'emergency_number', 'reasons']);
  });

  it('never leaves a tier empty', () => {
    const plan = emptyPlan();
    expect(sosStrategiesForTier(plan, 'mild').length).toBeGreaterThan(0);
    expect(sosStrategiesForTier(plan, 'severe').map((s) => s.ref.kind)).toEqual(['crisis_line']);
  });

  it('skips steps that point at an exercise this app does not have, and duplicates', () => {
    const plan = {
      ...emptyPlan(),
      tiers: { ...emptyPlan().tiers, mild: [{ kind: 'exercise' as const, exerciseId: 'future-thing' }, { kind: 'exercise' as const, exerciseId: 'tipp' }, { kind: 'exercise' as const, exerciseId: 'tipp' }] },
    };
    expect(sosStrategiesForTier(plan, 'mild').map((s) => s.label)).toEqual(['TIPP']);
  });
});

describe('selectors', () => {
  const T0 = 1_000_000 as EpochMs;
  const s0 = startSosSession({ id: 'x', now: T0, plan: starterPlan() });
  const step = (s: typeof s0, e: Parameters<typeof applySosEvent>[1]) => {
    const r = applySosEvent(s, e);
    if (!r.ok) throw new Error(r.error.message);
    return r.session;
  };

  it('pins crisis lines as soon as emergency is proposed', () => {
    expect(showCrisisLinesFirst(s0)).toBe(false);
    expect(showCrisisLinesFirst(step(s0, { type: 'rate', suds: 9, at: T0 }))).toBe(true);
    expect(showCrisisLinesFirst(step(s0, { type: 'rate', suds: 8, at: T0 }))).toBe(false);
  });

  it('shows the next strategy and the time left before the 15-minute rule', () => {
    const ready = step(step(s0, { type: 'rate', suds: 2, at: T0 }), { type: 'chooseTier', tier: 'mild', at: T0 });
    expect(nextStrategy(ready)?.label).toBe('Slow my breathing down with a breathing exercise');
    expect(msUntilMoveOn(ready)).toBeNull();
    const running = step(step(ready, { type: 'startStrategy', at: T0 }), { type: 'tick', now: (T0 + 60_000) as EpochMs });
    expect(msUntilMoveOn(running)).toBe(14 * 60_000);
  });
});
