// Everything a conversation carries from one message to the next. It is plain JSON so the
// server can seal it and restore it on any process (API processes are stateless), and so a
// test can restore a conversation mid-flow.
import type { EpochMs } from '@kinbridge/core';
import type { RiskLevel, RiskTrackerState } from '@kinbridge/core/risk';
import { newVariationState, type VariationState } from '../compose/variation';
import { newDisclosureState, type DisclosureState } from '../honesty/disclosure';
import type { ActiveFlow } from '../flows/types';
import type { AsqRecord, AsqState } from '../safety/asq';

export const STATE_VERSION = 1;
/** Messages kept for a language model's context; never used for anything else. */
export const RECENT_LIMIT = 8;

export interface ConversationState {
  v: typeof STATE_VERSION;
  risk?: RiskTrackerState;
  variation: VariationState;
  disclosure: DisclosureState;
  flow: ActiveFlow | null;
  asq: AsqState | null;
  asqHistory: AsqRecord[];
  checkBack: { dueAt: EpochMs; strategy?: string; before?: number } | null;
  /** Turns left during which crisis lines stay visible after a safety turn. */
  resourcesHold: number;
  turns: number;
  /** Turn index at which the full safety protocol was last shown. */
  protocolTurn?: number;
  /** The last reply asked "are you having thoughts of hurting yourself right now?". */
  safetyQuestion?: boolean;
  /** Highest level reached in this episode; an episode ends with reflection. */
  episodePeak: RiskLevel;
  /** When the current episode began (first distress), for the journal entry. */
  episodeStartedAt?: EpochMs;
  /** Ids of memories stored in the last turn, so "forget that" knows what "that" is. */
  lastRemembered: string[];
  recent: Array<{ role: 'user' | 'assistant'; text: string }>;
}

export function newConversationState(seed = 1): ConversationState {
  return {
    v: STATE_VERSION,
    variation: newVariationState(seed),
    disclosure: newDisclosureState(),
    flow: null,
    asq: null,
    asqHistory: [],
    checkBack: null,
    resourcesHold: 0,
    turns: 0,
    episodePeak: 'none',
    lastRemembered: [],
    recent: [],
  };
}

/**
 * Restores a stored state, tolerating older or partial shapes: anything missing starts fresh
 * rather than failing, because a broken conversation must never block the person from talking.
 */
export function restoreConversationState(raw: unknown, seed = 1): ConversationState {
  const fresh = newConversationState(seed);
  if (!raw || typeof raw !== 'object') return fresh;
  const r = raw as Partial<ConversationState>;
  if (r.v !== STATE_VERSION) return fresh;
  return {
    ...fresh,
    ...r,
    variation: r.variation && typeof r.variation.seed === 'number' ? r.variation : fresh.variation,
    disclosure: r.disclosure ?? fresh.disclosure,
    asqHistory: Array.isArray(r.asqHistory) ? r.asqHistory : [],
    recent: Array.isArray(r.recent) ? r.recent.slice(-RECENT_LIMIT) : [],
    lastRemembered: Array.isArray(r.lastRemembered) ? r.lastRemembered : [],
  };
}
