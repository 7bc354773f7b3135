// Shapes shared by the conversation flows. A flow is a small state machine: given what the
// person just said (already risk-checked) and its own saved step, it returns a reply and its
// next step. Flows never see the clock directly, never write storage and never call a model;
// the engine does those things around them.
import type { EpochMs, IsoDateTime } from '@kinbridge/core';
import type { TrackedAssessment } from '@kinbridge/core/risk';
import type { Composer } from '../compose/variation';
import type { CompanionContext } from '../context';
import type { MemoryItem, NewMemory } from '../memory/types';
import type { Classification } from '../nlu/classifier';
import type { Topic } from '../safety/topics';
import type { Echo } from '../text/echo';

/** The flow that produced a reply, reported to the CLI and the web client. */
export type FlowId =
  | 'safety' | 'asq' | 'listening' | 'grounding' | 'thought_record' | 'skills' | 'problem_solving'
  | 'plan_review' | 'check_back' | 'reflection' | 'honesty' | 'boundaries' | 'memory' | 'greeting' | 'closing' | 'input';

/** Buttons the web chat shows next to a reply. */
export type QuickAction =
  | { kind: 'open_sos'; href: string }
  | { kind: 'call_support'; name: string; href: string }
  | { kind: 'start_breathing'; exerciseId: string };

export interface TurnInput {
  text: string;
  classification: Classification;
  topics: readonly Topic[];
  risk: TrackedAssessment;
  context: CompanionContext;
  memory: readonly MemoryItem[];
  compose: Composer;
  now: EpochMs;
  /** What to call the person: a remembered "call me Jo", else the context's name. */
  name: string | undefined;
  echo: Echo | undefined;
}

export interface ThoughtRecord {
  situation?: string;
  mood?: string;
  moodBefore?: number;
  thought?: string;
  distortions?: string[];
  evidenceFor?: string;
  evidenceAgainst?: string;
  balanced?: string;
  belief?: number;
  moodAfter?: number;
}

export type ActiveFlow =
  | { id: 'listening'; turns: number; offered?: OfferId }
  | { id: 'grounding'; exerciseId: string; step: number; before?: number }
  | { id: 'thought_record'; step: ThoughtRecordStep; record: ThoughtRecord }
  | { id: 'skills'; skill: SkillId; step: number }
  | { id: 'problem_solving'; step: ProblemStep; problem?: string; options: string[]; chosen?: string }
  | { id: 'plan_review'; step: 'choose' | 'try' }
  | { id: 'reflection'; step: 'ask' | 'thanks' }
  | { id: 'check_back'; before?: number; strategy?: string };

export type OfferId = 'grounding' | 'breathing' | 'thought_record' | 'skills' | 'problem_solving' | 'plan_review' | 'reflection' | 'recall';
export type ThoughtRecordStep = 'situation' | 'mood' | 'thought' | 'distortions' | 'evidence_for' | 'evidence_against' | 'balanced' | 'rerate';
export type SkillId = 'stop' | 'tipp' | 'accepts' | 'self_soothe' | 'opposite_action' | 'check_the_facts';
export type ProblemStep = 'define' | 'options' | 'more_options' | 'weigh' | 'first_step' | 'done';

/** A note for the episode journal, produced by the end-of-episode reflection. */
export interface JournalNote {
  helped: string[];
  /** When the episode began and ended (filled in by the engine). */
  startedAt?: IsoDateTime;
  endedAt?: IsoDateTime;
  distressBefore?: number;
  distressAfter?: number;
  note?: string;
}

export interface FlowResult {
  reply: string;
  flow: FlowId;
  /** The flow to continue next turn, or null when it finished. */
  next: ActiveFlow | null;
  memories?: NewMemory[];
  journal?: JournalNote;
  actions?: QuickAction[];
  /** Ask the engine to check back in 15 minutes about this strategy. */
  checkBack?: { strategy: string; before?: number };
}

/** A distress rating 0–10 (SUDS) or 0–100 read from a reply, if there is exactly one number. */
export function readRating(text: string, max = 10): number | undefined {
  const numbers = text.match(/\b\d{1,3}\b/g);
  if (!numbers || numbers.length === 0) return undefined;
  const value = Number(numbers[0]);
  return value >= 0 && value <= max ? value : undefined;
}

const AFFIRM = /^(?:y|ya|yes|yeah|yep|yup|sure|ok|okay|k|alright|all right|fine|please|go on|let'?s|lets|sounds good|why not|i guess|i suppose|maybe|could try|ok(?:ay)? let'?s|that would help|i'?d like that|do it|go ahead)\b/i;
const DENY = /^(?:n|no|nah|nope|not now|not really|no thanks|no thank you|i don'?t want|i do not want|don'?t|stop|later|maybe later|not that|can we not|i'?d rather not|rather not|i'?m good|skip)\b/i;

export function isAffirm(input: TurnInput): boolean {
  const t = input.text.trim();
  return AFFIRM.test(t) || (input.classification.intent === 'affirm' && input.classification.intentConfidence > 0.5 && t.split(/\s+/).length <= 5);
}

export function isDeny(input: TurnInput): boolean {
  const t = input.text.trim();
  return DENY.test(t) || (input.classification.intent === 'deny' && input.classification.intentConfidence > 0.5 && t.split(/\s+/).length <= 6);
}

/** A gentle prefix with the person's name, sometimes. */
export function withName(input: TurnInput, sentence: string): string {
  if (!input.name || input.compose.next() < 0.6) return sentence;
  const keepCapital = /^(?:I\b|I'|[A-Z]{2})/.test(sentence);
  return `${input.name}, ${keepCapital ? sentence : sentence.charAt(0).toLowerCase() + sentence.slice(1)}`;
}
