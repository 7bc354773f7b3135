// The SOS session state machine. Pure: every event carries its time, so the 15-minute rule is
// tested by passing timestamps, not by waiting.
//
// The flow follows the tiered plan: rate distress → a tier is proposed → the person confirms
// or moves it → strategies of that tier one at a time, each with a before and after rating →
// next strategy, up a tier, down a tier, or done. The suggestions (move on after 15 minutes
// without relief; go up a tier when distress rises) are hints; the person always chooses.
import type { CrisisPlan, Tier } from '../plan/schema';
import type { EpochMs } from '../time';
import { sosStrategiesByTier } from './strategies';
import { sudsToTier, tierAbove, tierBelow, tierIndex, toSuds } from './suds';
import type { Suds } from './suds';
import type { SosEvent, SosResult, SosSession, SosStepOutcome, SosSuggestion } from './types';

/** The 15-minute rule. */
export const MOVE_ON_AFTER_MS = 15 * 60 * 1000;
/** At or below this rating SOS suggests the person can finish. */
export const CALM_SUDS = 2;

export function startSosSession(input: { id: string; now: EpochMs; plan: CrisisPlan }): SosSession {
  return {
    id: input.id,
    phase: 'rating',
    startedAt: input.now,
    now: input.now,
    endedAt: null,
    ratings: [],
    proposedTier: null,
    tier: null,
    tierPath: [],
    strategies: sosStrategiesByTier(input.plan),
    cursor: 0,
    current: null,
    steps: [],
    suggestion: null,
  };
}

const fail = (code: Extract<SosResult, { ok: false }>['error']['code'], message: string): SosResult => ({ ok: false, error: { code, message } });
const ok = (session: SosSession): SosResult => ({ ok: true, session });

export function latestSuds(s: SosSession): Suds | null {
  return s.ratings.at(-1)?.suds ?? null;
}

/** True until the first step begins or is skipped: swapping steps mid-exercise would disorient. */
export function planCanChange(s: SosSession): boolean {
  return s.phase !== 'done' && s.current === null && s.steps.length === 0 && s.cursor === 0;
}

/** Latest rating made since a strategy started, or its starting rating. */
function latestSince(s: SosSession, since: EpochMs, fallback: Suds | null): Suds | null {
  const r = s.ratings.at(-1);
  return r && r.at >= since ? r.suds : fallback;
}

function tierList(s: SosSession) {
  return s.tier ? s.strategies[s.tier] : [];
}

/** Closes the running strategy into a step record. */
function closeCurrent(s: SosSession, at: EpochMs, outcome: SosStepOutcome, after: Suds | null): SosSession {
  const c = s.current;
  if (!c || !s.tier) return s;
  const step = { strategy: c.strategy.ref, label: c.strategy.label, tier: s.tier, startedAt: c.startedAt, endedAt: at, before: c.before, after, outcome };
  return { ...s, current: null, cursor: c.index + 1, steps: [...s.steps, step] };
}

function switchTier(s: SosSession, tier: Tier, at: EpochMs): SosSession {
  const closed = s.current ? closeCurrent(s, at, 'switched', latestSince(s, s.current.startedAt, null)) : s;
  const tierPath = closed.tier === tier ? closed.tierPath : [...closed.tierPath, { tier, at }];
  return { ...closed, phase: 'ready', tier, proposedTier: tier, tierPath, cursor: 0, current: null, suggestion: null };
}

/** Suggestion at the "what next?" point after a strategy ends. */
function suggestAfter(s: SosSession, before: Suds | null, after: Suds | null): SosSuggestion | null {
  if (!s.tier) return null;
  const canGoUp = tierAbove(s.tier) !== null;
  if (after !== null && before !== null && after > before) return canGoUp ? 'next_tier' : null;
  if (after !== null && after <= CALM_SUDS) return 'finish';
  if (after !== null && tierIndex(sudsToTier(after)) < tierIndex(s.tier)) return 'step_down';
  if (s.cursor >= tierList(s).length) return canGoUp ? 'next_tier' : null;
  return null;
}

/** Suggestion while a strategy runs: distress rising beats the 15-minute rule. */
function suggestDuring(s: SosSession): SosSuggestion | null {
  const c = s.current;
  if (!c || !s.tier) return null;
  const latest = latestSince(s, c.startedAt, c.before);
  if (latest !== null && c.before !== null && latest > c.before && tierAbove(s.tier)) return 'next_tier';
  const notLower = latest === null || c.before === null || latest >= c.before;
  if (s.now - c.startedAt >= MOVE_ON_AFTER_MS && notLower) return 'move_on';
  return null;
}

/** A check-in between strategies: compare the rating with the tier's range. */
function suggestForRating(s: SosSession, suds: Suds): SosSuggestion | null {
  if (!s.tier) return null;
  const shift = tierIndex(sudsToTier(suds)) - tierIndex(s.tier);
  if (shift > 0) return 'next_tier';
  if (suds <= CALM_SUDS) return 'finish';
  return shift < 0 ? 'step_down' : null;
}

function rate(s: SosSession, suds: Suds, at: EpochMs): SosSession {
  return { ...s, ratings: [...s.ratings, { suds, at }] };
}

/** Applies one event. Invalid events for the current phase are errors, never silent changes. */
export function applySosEvent(session: SosSession, event: SosEvent): SosResult {
  if (session.phase === 'done') return fail('session_ended', 'This SOS session has ended.');
  // Time never runs backwards inside a session, even if the device clock does.
  const at = Math.max(session.now, event.type === 'tick' ? event.now : event.at) as EpochMs;
  const s: SosSession = { ...session, now: at };

  switch (event.type) {
    case 'tick':
      return ok(s.phase === 'in_strategy' ? { ...s, suggestion: suggestDuring(s) } : s);

    case 'rate': {
      const suds = toSuds(event.suds);
      if (suds === null) return fail('invalid_rating', 'A distress rating is a whole number from 0 to 10.');
      const rated = rate(s, suds, at);
      if (s.phase === 'rating' || s.phase === 'tier_proposed') {
        return ok({ ...rated, phase: 'tier_proposed', proposedTier: sudsToTier(suds), suggestion: null });
      }
      if (s.phase === 'in_strategy') return ok({ ...rated, suggestion: suggestDuring(rated) });
      // ready: a fresh check-in between strategies.
      return ok({ ...rated, suggestion: suggestForRating(rated, suds) });
    }

    case 'chooseTier':
      // Choosing the tier already in use changes nothing (a double tap must not restart it).
      if (s.tier === event.tier && (s.phase === 'ready' || s.phase === 'in_strategy')) return ok(s);
      return ok(switchTier(s, event.tier, at));

    case 'escalate':
    case 'deescalate': {
      const from = s.phase === 'rating' ? null : s.phase === 'tier_proposed' ? s.proposedTier : s.tier;
      if (!from) return fail('invalid_event', 'Choose how intense things are first.');
      const to = event.type === 'escalate' ? tierAbove(from) : tierBelow(from);
      if (!to) return fail('tier_limit', event.type === 'escalate' ? 'This is already the highest tier.' : 'This is already the lowest tier.');
      // While a tier is only proposed, moving changes the proposal; afterwards it switches.
      return ok(s.phase === 'tier_proposed' ? { ...s, proposedTier: to } : switchTier(s, to, at));
    }

    case 'startStrategy': {
      if (s.phase !== 'ready') return fail('invalid_event', s.phase === 'in_strategy' ? 'A strategy is already running.' : 'Choose a tier first.');
      const index = event.index ?? s.cursor;
      const strategy = tierList(s)[index];
      if (!strategy) return fail('no_strategy', 'There is no strategy left in this tier.');
      const before = latestSuds(s);
      return ok({ ...s, phase: 'in_strategy', current: { strategy, index, startedAt: at, before }, suggestion: null });
    }

    case 'completeStrategy': {
      if (s.phase !== 'in_strategy' || !s.current) return fail('invalid_event', 'No strategy is running.');
      const suds = toSuds(event.suds);
      if (suds === null) return fail('invalid_rating', 'A distress rating is a whole number from 0 to 10.');
      const before = s.current.before;
      const closed = closeCurrent(rate(s, suds, at), at, 'completed', suds);
      return ok({ ...closed, phase: 'ready', suggestion: suggestAfter(closed, before, suds) });
    }

    case 'skip': {
      if (s.phase === 'in_strategy' && s.current) {
        const closed = closeCurrent(s, at, 'skipped', latestSince(s, s.current.startedAt, null));
        return ok({ ...closed, phase: 'ready', suggestion: suggestAfter(closed, null, null) });
      }
      if (s.phase === 'ready') {
        if (s.cursor >= tierList(s).length) return fail('no_strategy', 'There is no strategy left in this tier.');
        const moved = { ...s, cursor: s.cursor + 1 };
        return ok({ ...moved, suggestion: suggestAfter(moved, null, null) });
      }
      return fail('invalid_event', 'There is nothing to skip yet.');
    }

    case 'usePlan':
      if (!planCanChange(s)) return fail('invalid_event', 'The plan can only change before the first step.');
      return ok({ ...s, strategies: sosStrategiesByTier(event.plan) });

    case 'end': {
      const closed = s.current ? closeCurrent(s, at, 'ended', latestSince(s, s.current.startedAt, null)) : s;
      return ok({ ...closed, phase: 'done', endedAt: at, current: null, suggestion: null });
    }
  }
}

/** For React's useReducer: invalid events leave the session unchanged. */
export function sosReducer(session: SosSession, event: SosEvent): SosSession {
  const r = applySosEvent(session, event);
  return r.ok ? r.session : session;
}
