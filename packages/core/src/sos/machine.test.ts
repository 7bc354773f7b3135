import { describe, expect, it } from 'vitest';
import { emptyPlan } from '../plan/starter';
import type { CrisisPlan } from '../plan/schema';
import type { EpochMs } from '../time';
import { MOVE_ON_AFTER_MS, applySosEvent, sosReducer, startSosSession } from './machine';
import type { SosEvent, SosSession } from './types';

const T0 = Date.UTC(2026, 11, 3, 2, 0, 0) as EpochMs;
const min = (m: number) => (T0 + m * 60_000) as EpochMs;
const ID = '0b7f3c1e-8d2a-4e6b-9a41-5f0c2d9e7a13';

const plan: CrisisPlan = {
  ...emptyPlan(),
  copingStrategies: [{ id: 'walk', text: 'Walk' }],
  supportContacts: [{ id: 'sam', name: 'Sam', phone: '555 0100', agreement: {} }],
  safeEnvironment: [{ id: 'meds', text: 'Medicines locked away' }],
  tiers: {
    mild: [{ kind: 'coping', itemId: 'walk' }, { kind: 'exercise', exerciseId: 'box-breathing' }],
    moderate: [{ kind: 'exercise', exerciseId: 'tipp' }, { kind: 'exercise', exerciseId: 'stop-skill' }],
    severe: [{ kind: 'contact', contactId: 'sam' }],
    emergency: [{ kind: 'safe_environment' }, { kind: 'contact', contactId: 'sam' }],
  },
};

function run(events: SosEvent[], s: SosSession = startSosSession({ id: ID, now: T0, plan })): SosSession {
  return events.reduce((acc, e) => {
    const r = applySosEvent(acc, e);
    if (!r.ok) throw new Error(`${e.type}: ${r.error.message}`);
    return r.session;
  }, s);
}

function error(s: SosSession, e: SosEvent) {
  const r = applySosEvent(s, e);
  return r.ok ? null : r.error.code;
}

const inMild = () => run([{ type: 'rate', suds: 3, at: T0 }, { type: 'chooseTier', tier: 'mild', at: T0 }]);
const runningWalk = () => run([{ type: 'startStrategy', at: min(1) }], inMild());

describe('SOS: rating → tier proposed', () => {
  it('starts by asking for a rating', () => {
    const s = startSosSession({ id: ID, now: T0, plan });
    expect([s.phase, s.tier, s.proposedTier]).toEqual(['rating', null, null]);
  });

  it.each([
    [0, 'mild'], [3, 'mild'], [4, 'moderate'], [6, 'moderate'], [7, 'severe'], [8, 'severe'], [9, 'emergency'], [10, 'emergency'],
  ] as const)('rating %i proposes %s', (suds, tier) => {
    const s = run([{ type: 'rate', suds, at: T0 }]);
    expect([s.phase, s.proposedTier, s.tier]).toEqual(['tier_proposed', tier, null]);
  });

  it('refuses ratings outside 0–10 or not whole', () => {
    const s = startSosSession({ id: ID, now: T0, plan });
    for (const suds of [-1, 11, 4.5, Number.NaN]) expect(error(s, { type: 'rate', suds, at: T0 })).toBe('invalid_rating');
  });

  it('re-rating while proposed changes the proposal', () => {
    const s = run([{ type: 'rate', suds: 2, at: T0 }, { type: 'rate', suds: 9, at: T0 }]);
    expect(s.proposedTier).toBe('emergency');
  });

  it('moving up or down while proposed changes the proposal only', () => {
    const up = run([{ type: 'rate', suds: 5, at: T0 }, { type: 'escalate', at: T0 }]);
    expect([up.phase, up.proposedTier, up.tier]).toEqual(['tier_proposed', 'severe', null]);
    const down = run([{ type: 'deescalate', at: T0 }], up);
    expect(down.proposedTier).toBe('moderate');
  });

  it('cannot move before a rating or past the ends', () => {
    const s = startSosSession({ id: ID, now: T0, plan });
    expect(error(s, { type: 'escalate', at: T0 })).toBe('invalid_event');
    expect(error(run([{ type: 'rate', suds: 10, at: T0 }]), { type: 'escalate', at: T0 })).toBe('tier_limit');
    expect(error(run([{ type: 'rate', suds: 0, at: T0 }]), { type: 'deescalate', at: T0 })).toBe('tier_limit');
  });

  it('cannot start a strategy before a tier is chosen', () => {
    expect(error(run([{ type: 'rate', suds: 5, at: T0 }]), { type: 'startStrategy', at: T0 })).toBe('invalid_event');
    expect(error(startSosSession({ id: ID, now: T0, plan }), { type: 'skip', at: T0 })).toBe('invalid_event');
    expect(error(startSosSession({ id: ID, now: T0, plan }), { type: 'completeStrategy', suds: 2, at: T0 })).toBe('invalid_event');
  });
});

describe('SOS: choosing a tier', () => {
  it('confirming the proposal makes it the tier and offers its first strategy', () => {
    const s = inMild();
    expect([s.phase, s.tier, s.cursor]).toEqual(['ready', 'mild', 0]);
    expect(s.tierPath).toEqual([{ tier: 'mild', at: T0 }]);
    expect(s.strategies.mild.map((p) => p.label)).toEqual(['Walk', 'Box breathing']);
  });

  it('the person can pick another tier than proposed, even without rating first', () => {
    const s = run([{ type: 'chooseTier', tier: 'emergency', at: T0 }]);
    expect([s.phase, s.tier]).toEqual(['ready', 'emergency']);
  });

  it('emergency always starts with the crisis line and emergency number, then safe environment and the support person', () => {
    const s = run([{ type: 'rate', suds: 10, at: T0 }, { type: 'chooseTier', tier: 'emergency', at: T0 }]);
    expect(s.strategies.emergency.map((p) => p.ref.kind)).toEqual(['crisis_line', 'emergency_number', 'safe_environment', 'contact']);
  });

  it('choosing the same tier again changes nothing', () => {
    const s = runningWalk();
    expect(run([{ type: 'chooseTier', tier: 'mild', at: min(2) }], s)).toEqual({ ...s, now: min(2) });
  });
});

describe('SOS: strategies', () => {
  it('starting runs the next strategy with the current rating as "before"', () => {
    const s = runningWalk();
    expect(s.phase).toBe('in_strategy');
    expect(s.current).toMatchObject({ index: 0, startedAt: min(1), before: 3 });
    expect(s.current?.strategy.label).toBe('Walk');
    expect(error(s, { type: 'startStrategy', at: min(2) })).toBe('invalid_event');
  });

  it('a specific strategy of the tier can be started by index', () => {
    const s = run([{ type: 'startStrategy', at: min(1), index: 1 }], inMild());
    expect(s.current?.strategy.label).toBe('Box breathing');
    expect(error(inMild(), { type: 'startStrategy', at: min(1), index: 7 })).toBe('no_strategy');
  });

  it('completing records before/after and offers the next one', () => {
    const s = run([{ type: 'completeStrategy', suds: 3, at: min(6) }], runningWalk());
    expect([s.phase, s.cursor, s.current, s.suggestion]).toEqual(['ready', 1, null, null]);
    expect(s.steps).toEqual([
      { strategy: { kind: 'coping', itemId: 'walk' }, label: 'Walk', tier: 'mild', startedAt: min(1), endedAt: min(6), before: 3, after: 3, outcome: 'completed' },
    ]);
  });

  it('completing needs a valid rating', () => {
    expect(error(runningWalk(), { type: 'completeStrategy', suds: 12, at: min(2) })).toBe('invalid_rating');
  });

  it('suggests finishing when distress is down to calm', () => {
    expect(run([{ type: 'completeStrategy', suds: 1, at: min(6) }], runningWalk()).suggestion).toBe('finish');
  });

  it('suggests stepping down when distress falls into a lower tier', () => {
    const s = run([
      { type: 'rate', suds: 7, at: T0 },
      { type: 'chooseTier', tier: 'severe', at: T0 },
      { type: 'startStrategy', at: T0 },
      { type: 'completeStrategy', suds: 5, at: min(10) },
    ]);
    expect(s.suggestion).toBe('step_down');
  });

  it('suggests the next tier when the tier is used up without relief', () => {
    const s = run([
      { type: 'completeStrategy', suds: 3, at: min(5) },
      { type: 'startStrategy', at: min(5) },
      { type: 'completeStrategy', suds: 3, at: min(8) },
    ], runningWalk());
    expect([s.cursor, s.suggestion]).toEqual([2, 'next_tier']);
    expect(error(s, { type: 'startStrategy', at: min(9) })).toBe('no_strategy');
  });

  it('skipping a running strategy records it as skipped and moves on', () => {
    const s = run([{ type: 'skip', at: min(2) }], runningWalk());
    expect([s.phase, s.cursor]).toEqual(['ready', 1]);
    expect(s.steps[0]).toMatchObject({ outcome: 'skipped', before: 3, after: null, endedAt: min(2) });
  });

  it('skipping an offered strategy moves past it without recording a step', () => {
    const s = run([{ type: 'skip', at: min(1) }], inMild());
    expect([s.cursor, s.steps.length]).toEqual([1, 0]);
    const end = run([{ type: 'skip', at: min(1) }], s);
    expect(end.suggestion).toBe('next_tier');
    expect(error(end, { type: 'skip', at: min(1) })).toBe('no_strategy');
  });
});

describe('SOS: the 15-minute rule', () => {
  it('suggests moving on when a strategy has run 15 minutes without distress dropping', () => {
    const s = runningWalk();
    expect(run([{ type: 'tick', now: (min(1) + MOVE_ON_AFTER_MS - 1) as EpochMs }], s).suggestion).toBeNull();
    expect(run([{ type: 'tick', now: (min(1) + MOVE_ON_AFTER_MS) as EpochMs }], s).suggestion).toBe('move_on');
  });

  it('does not suggest moving on when distress has come down during the strategy', () => {
    const s = run([{ type: 'rate', suds: 2, at: min(10) }, { type: 'tick', now: min(20) }], runningWalk());
    expect(s.suggestion).toBeNull();
  });

  it('suggests moving on when a mid-strategy rating is the same as at the start', () => {
    const s = run([{ type: 'rate', suds: 3, at: min(10) }, { type: 'tick', now: min(16) }], runningWalk());
    expect(s.suggestion).toBe('move_on');
  });

  it('suggests the next tier straight away when distress rises, before 15 minutes', () => {
    const s = run([{ type: 'rate', suds: 5, at: min(3) }], runningWalk());
    expect(s.suggestion).toBe('next_tier');
    expect(run([{ type: 'tick', now: min(30) }], s).suggestion).toBe('next_tier');
  });

  it('suggests the next tier when a strategy ends with higher distress', () => {
    expect(run([{ type: 'completeStrategy', suds: 6, at: min(4) }], runningWalk()).suggestion).toBe('next_tier');
  });

  it('does not suggest a tier above emergency', () => {
    const s = run([
      { type: 'rate', suds: 9, at: T0 },
      { type: 'chooseTier', tier: 'emergency', at: T0 },
      { type: 'startStrategy', at: T0 },
      { type: 'rate', suds: 10, at: min(1) },
    ]);
    expect(s.suggestion).toBeNull();
  });

  it('ticks never move time backwards', () => {
    const s = run([{ type: 'tick', now: min(20) }, { type: 'tick', now: min(5) }], runningWalk());
    expect(s.now).toBe(min(20));
    const done = run([{ type: 'completeStrategy', suds: 2, at: min(3) }], s);
    expect(done.steps[0]!.endedAt).toBe(min(20));
  });

  it('ticks outside a strategy only advance time', () => {
    const s = run([{ type: 'tick', now: min(40) }], inMild());
    expect([s.phase, s.now, s.suggestion]).toEqual(['ready', min(40), null]);
  });
});

describe('SOS: moving between tiers', () => {
  it('escalating mid-strategy records it as switched and starts the higher tier from the top', () => {
    const s = run([{ type: 'rate', suds: 6, at: min(2) }, { type: 'escalate', at: min(3) }], runningWalk());
    expect([s.phase, s.tier, s.cursor, s.current]).toEqual(['ready', 'moderate', 0, null]);
    expect(s.steps[0]).toMatchObject({ outcome: 'switched', before: 3, after: 6, tier: 'mild' });
    expect(s.tierPath.map((t) => t.tier)).toEqual(['mild', 'moderate']);
  });

  it('de-escalating from the ready point goes one tier down', () => {
    const s = run([{ type: 'rate', suds: 7, at: T0 }, { type: 'chooseTier', tier: 'severe', at: T0 }, { type: 'deescalate', at: min(1) }]);
    expect([s.tier, s.tierPath.length]).toEqual(['moderate', 2]);
  });

  it('a check-in between strategies suggests a tier change that fits the rating', () => {
    expect(run([{ type: 'rate', suds: 8, at: min(1) }], inMild()).suggestion).toBe('next_tier');
    const severe = run([{ type: 'rate', suds: 7, at: T0 }, { type: 'chooseTier', tier: 'severe', at: T0 }]);
    expect(run([{ type: 'rate', suds: 4, at: min(1) }], severe).suggestion).toBe('step_down');
    expect(run([{ type: 'rate', suds: 1, at: min(1) }], inMild()).suggestion).toBe('finish');
    expect(run([{ type: 'rate', suds: 3, at: min(1) }], inMild()).suggestion).toBeNull();
  });

  it('choosing another tier mid-strategy closes the strategy as switched', () => {
    const s = run([{ type: 'chooseTier', tier: 'emergency', at: min(2) }], runningWalk());
    expect([s.phase, s.tier, s.cursor]).toEqual(['ready', 'emergency', 0]);
    expect(s.steps[0]).toMatchObject({ outcome: 'switched', after: null, tier: 'mild' });
    expect(s.strategies.emergency[0]!.ref.kind).toBe('crisis_line');
  });

  it('cannot go below mild', () => {
    expect(error(inMild(), { type: 'deescalate', at: min(1) })).toBe('tier_limit');
  });

  it('cannot escalate past emergency once there', () => {
    const s = run([{ type: 'chooseTier', tier: 'emergency', at: T0 }]);
    expect(error(s, { type: 'escalate', at: T0 })).toBe('tier_limit');
  });
});

describe('SOS: ending', () => {
  it('ending mid-strategy closes the strategy and the session', () => {
    const s = run([{ type: 'end', at: min(4) }], runningWalk());
    expect([s.phase, s.endedAt, s.current]).toEqual(['done', min(4), null]);
    expect(s.steps[0]).toMatchObject({ outcome: 'ended', endedAt: min(4) });
  });

  it('can end from any phase, and nothing happens after the end', () => {
    for (const s of [startSosSession({ id: ID, now: T0, plan }), run([{ type: 'rate', suds: 4, at: T0 }]), inMild()]) {
      const done = run([{ type: 'end', at: min(1) }], s);
      expect(done.phase).toBe('done');
      expect(error(done, { type: 'rate', suds: 3, at: min(2) })).toBe('session_ended');
      expect(error(done, { type: 'tick', now: min(2) })).toBe('session_ended');
    }
  });

  it('the reducer ignores invalid events instead of throwing', () => {
    const s = startSosSession({ id: ID, now: T0, plan });
    expect(sosReducer(s, { type: 'completeStrategy', suds: 3, at: T0 })).toBe(s);
    expect(sosReducer(s, { type: 'rate', suds: 3, at: T0 }).phase).toBe('tier_proposed');
  });

  it("takes the person's own plan when it arrives before the first step, keeping the rating and tier", () => {
    const fallback = startSosSession({ id: ID, now: T0, plan: emptyPlan() });
    const rated = run([{ type: 'rate', suds: 3, at: T0 }, { type: 'chooseTier', tier: 'mild', at: T0 }], fallback);
    const own = run([{ type: 'usePlan', plan, at: min(1) }], rated);
    expect([own.phase, own.tier, own.ratings.length]).toEqual(['ready', 'mild', 1]);
    expect(own.strategies.mild.map((p) => p.label)).toEqual(['Walk', 'Box breathing']);
  });

  it('never swaps the steps once one has begun', () => {
    expect(error(runningWalk(), { type: 'usePlan', plan: emptyPlan(), at: min(2) })).toBe('invalid_event');
    const skipped = run([{ type: 'skip', at: min(1) }], inMild());
    expect(error(skipped, { type: 'usePlan', plan: emptyPlan(), at: min(2) })).toBe('invalid_event');
  });
});
