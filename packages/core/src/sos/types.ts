// Shapes of an SOS session. A session is plain JSON (no functions, no Dates) so the app can
// keep it in IndexedDB and pick it up again if the tab is closed mid-crisis.
import type { CrisisPlan, StrategyRef, Tier } from '../plan/schema';
import type { EpochMs } from '../time';
import type { PlannedStrategy } from './strategies';
import type { Suds } from './suds';

/**
 * rating        — asking "how intense is it?" (first screen)
 * tier_proposed — a tier is proposed from the rating; the person confirms or moves it
 * ready         — a tier is chosen; the next strategy is shown, not yet started. After a
 *                 strategy ends this is also the "what next?" point, with a suggestion.
 * in_strategy   — a strategy is running (an exercise, a call, the comfort box)
 * done          — the session has ended
 */
export type SosPhase = 'rating' | 'tier_proposed' | 'ready' | 'in_strategy' | 'done';

/**
 * What SOS gently suggests next. The person decides.
 * move_on   — the strategy has run 15 minutes without distress dropping below where it started
 * next_tier — distress rose, or this tier has nothing left to try
 * step_down — distress has fallen into a lower tier's range
 * finish    — distress is down to calm (2 or below)
 */
export type SosSuggestion = 'move_on' | 'next_tier' | 'step_down' | 'finish';

export type SosStepOutcome = 'completed' | 'skipped' | 'switched' | 'ended';

export interface SosStepRecord {
  strategy: StrategyRef;
  label: string;
  tier: Tier;
  startedAt: EpochMs;
  endedAt: EpochMs;
  /** Distress when the strategy started (null if the person went straight to a tier). */
  before: Suds | null;
  /** Distress when it ended; null when skipped or interrupted without a rating. */
  after: Suds | null;
  outcome: SosStepOutcome;
}

export interface SosRating {
  suds: Suds;
  at: EpochMs;
}

export interface ActiveStrategy {
  strategy: PlannedStrategy;
  /** Position in the current tier's list. */
  index: number;
  startedAt: EpochMs;
  before: Suds | null;
}

export interface SosSession {
  /** Client-generated UUID; becomes the episode id. */
  id: string;
  phase: SosPhase;
  startedAt: EpochMs;
  /** Latest time the machine has seen (events and ticks). Never goes backwards. */
  now: EpochMs;
  endedAt: EpochMs | null;
  ratings: SosRating[];
  proposedTier: Tier | null;
  tier: Tier | null;
  tierPath: { tier: Tier; at: EpochMs }[];
  /** Strategies per tier, resolved from the plan when the session started. */
  strategies: Record<Tier, PlannedStrategy[]>;
  /** Index of the next strategy to offer in the current tier. */
  cursor: number;
  current: ActiveStrategy | null;
  steps: SosStepRecord[];
  suggestion: SosSuggestion | null;
}

/** Times are EpochMs from the app's Clock; the machine never reads the clock itself. */
export type SosEvent =
  | { type: 'rate'; suds: number; at: EpochMs }
  | { type: 'chooseTier'; tier: Tier; at: EpochMs }
  /** Start the next strategy, or a specific one of the tier by index. */
  | { type: 'startStrategy'; at: EpochMs; index?: number }
  | { type: 'completeStrategy'; suds: number; at: EpochMs }
  | { type: 'skip'; at: EpochMs }
  | { type: 'tick'; now: EpochMs }
  | { type: 'escalate'; at: EpochMs }
  | { type: 'deescalate'; at: EpochMs }
  | { type: 'end'; at: EpochMs }
  /** The person's own plan arrived after SOS opened with the built-in steps; only before any step has begun. */
  | { type: 'usePlan'; plan: CrisisPlan; at: EpochMs };

export type SosErrorCode = 'invalid_event' | 'invalid_rating' | 'no_strategy' | 'tier_limit' | 'session_ended';

export type SosResult = { ok: true; session: SosSession } | { ok: false; error: { code: SosErrorCode; message: string } };
