// The companion: one conversation with one person. Every message goes through the same
// pipeline, in this order, so safety never depends on which flow is active:
//   1. clean the input (cap, binary, markup)            text/sanitize
//   2. the core risk detector with the conversation tracker, on the whole message
//   3. safety routing: protocol, retraction, ASQ, careful topics      route-safety
//   4. conversational routing: memory, check-back, flows, intents     route-flows
//   5. the honesty disclosure when due, crisis lines when required
//   6. optionally a language model rewords a supportive turn (post-checked, with fallback)
//   7. memory updates, state update
// Replies stream as events: `start` (risk, crisis lines, buttons: the web shows its banner
// before any text), `delta`s, maybe a `replace`, and `done` with the whole turn.
import type { EpochMs } from '@kinbridge/core';
import { toIso } from '@kinbridge/core';
import { RiskTracker, assessRisk, isAtLeast, compareRiskLevels, type RiskCategory, type RiskLevel, type TrackedAssessment } from '@kinbridge/core/risk';
import { Composer, paragraphs } from '../compose/variation';
import type { CompanionContext, CrisisResource } from '../context';
import { CHECK_BACK_MS, checkBackQuestion } from '../flows/check-back';
import type { FlowId, JournalNote, QuickAction, TurnInput } from '../flows/types';
import { disclosureDue, disclosureText, recordMessage, type DisclosureReason } from '../honesty/disclosure';
import type { ReplyModel } from '../llm/reply-model';
import { DEFAULT_MODEL_TIMEOUT_MS } from '../llm/openai';
import { buildPrompt } from '../llm/prompt';
import { extractMemories } from '../memory/extract';
import { preferredName } from '../memory/recall';
import type { MemoryItem, MemoryStore, NewMemory } from '../memory/types';
import { classify } from '../nlu/classifier';
import type { AsqRecord } from '../safety/asq';
import { resourcesFooter, safetyActions } from '../safety/protocol';
import { abuseIsCurrent, detectTopics } from '../safety/topics';
import { echoOf } from '../text/echo';
import { cleanInput, MAX_MESSAGE_CHARS, type CleanInput } from '../text/sanitize';
import type { Decision } from './decision';
import { fixedDecision } from './decision';
import { runModel } from './model-turn';
import { routeFlows } from './route-flows';
import { routeSafety } from './route-safety';
import { newConversationState, RECENT_LIMIT, restoreConversationState, type ConversationState } from './state';

/** Turns after a safety-protocol reply during which the crisis lines stay visible. */
export const RESOURCES_HOLD_TURNS = 3;

export interface TurnResult {
  reply: string;
  risk: { level: RiskLevel; categories: RiskCategory[] };
  /** Crisis lines shown with this reply; empty when none were shown. */
  resources: CrisisResource[];
  flow: FlowId;
  actions: QuickAction[];
  /** Show the risk banner (crisis lines are visible). */
  banner: boolean;
  disclosure: DisclosureReason | null;
  /** `fixed` for safety text, `embedded` for flow text, `model` when a language model wrote it. */
  source: 'fixed' | 'embedded' | 'model';
  asq?: AsqRecord;
  journal?: JournalNote;
  remembered: MemoryItem[];
  forgotten: number;
  notices: Array<'truncated' | 'binary' | 'empty' | 'model_fallback'>;
}

export type ReplyEvent =
  | { type: 'start'; risk: TurnResult['risk']; resources: CrisisResource[]; actions: QuickAction[]; flow: FlowId; banner: boolean }
  | { type: 'delta'; text: string }
  | { type: 'replace'; text: string }
  | { type: 'done'; turn: TurnResult };

export interface CompanionOptions {
  context: CompanionContext;
  memory: MemoryStore;
  model?: ReplyModel;
  modelTimeoutMs?: number;
  /** A stored conversation to continue (from `state()`), or nothing for a new one. */
  state?: unknown;
  /** Seed for phrasing variation; fixed in tests so replies are reproducible. */
  seed?: number;
}

export class Companion {
  private st: ConversationState;

  constructor(private readonly options: CompanionOptions) {
    const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
    this.st = options.state === undefined ? newConversationState(seed) : restoreConversationState(options.state, seed);
  }

  /** The conversation state to store and pass back as `state` later. */
  state(): ConversationState {
    return structuredClone(this.st);
  }

  /** One turn. `onEvent` sees each streamed piece as it is made (for SSE or a terminal). */
  async reply(text: unknown, now: EpochMs, onEvent?: (event: ReplyEvent) => void): Promise<TurnResult> {
    const stream = this.stream(text, now);
    for (;;) {
      const next = await stream.next();
      if (next.done) return next.value;
      onEvent?.(next.value);
    }
  }

  /**
   * A check-back that has come due with no message from the person (the web polls this, the
   * terminal sets a timer). Returns null when nothing is due.
   */
  checkIn(now: EpochMs): TurnResult | null {
    const due = this.st.checkBack;
    if (!due || now < due.dueAt) return null;
    const compose = new Composer(this.st.variation);
    const reply = checkBackQuestion(due.strategy, compose);
    this.st.flow = { id: 'check_back', ...(due.strategy ? { strategy: due.strategy } : {}), ...(due.before !== undefined ? { before: due.before } : {}) };
    this.st.checkBack = null;
    this.remember('assistant', reply);
    return {
      reply, risk: { level: 'none', categories: [] }, resources: [], flow: 'check_back', actions: [], banner: false,
      disclosure: null, source: 'embedded', remembered: [], forgotten: 0, notices: [],
    };
  }

  async *stream(raw: unknown, now: EpochMs): AsyncGenerator<ReplyEvent, TurnResult> {
    const st = this.st;
    const { context } = this.options;
    const clean = cleanInput(raw);
    const compose = new Composer(st.variation);
    const risk = this.assess(clean);
    const topics = clean.empty || clean.binary ? [] : detectTopics(clean.text);
    const classification = classify(clean.text);
    const memory = await this.loadMemory();
    const input: TurnInput = {
      text: clean.text, classification, topics, risk, context, memory, compose, now,
      name: preferredName(memory) ?? context.name,
      echo: risk.level === 'none' || risk.level === 'low' ? echoOf(clean.text) : undefined,
    };

    let decision: Decision;
    if (clean.binary && !isAtLeast(risk.level, 'moderate')) {
      decision = fixedDecision('input', "I couldn't read that; it doesn't look like text. Could you type it out in words?", { next: st.flow });
    } else if (clean.empty) {
      decision = fixedDecision('input', compose.pick('input.empty', ["I'm here. Type whenever you're ready.", "Take your time. I'm listening whenever you want to write."]), { next: st.flow });
    } else {
      decision = routeSafety(input, st) ?? routeFlows(input, st);
    }

    const level = decision.level ?? risk.level;
    // Abuse in the past with no danger now: the careful reply points to the therapist; the
    // crisis lines are not put up front (the detector rates it moderate "being harmed").
    const pastAbuseOnly = topics.includes('abuse') && !abuseIsCurrent(clean.text) && level === 'moderate' && risk.categories.every((c) => c === 'being_harmed');
    const showResources = decision.showResources || (isAtLeast(level, 'moderate') && !pastAbuseOnly) || st.resourcesHold > 0;
    const resources = showResources ? [...context.resources] : [];
    const actions = showResources && decision.actions.length === 0 ? safetyActions(context) : decision.actions;
    const identityAsked = topics.includes('identity') || decision.flow === 'honesty';
    const disclosure = disclosureDue(st.disclosure, now, identityAsked);
    const prefix = paragraphs(
      clean.truncated ? `That was a long message, so I read the first ${MAX_MESSAGE_CHARS.toLocaleString('en-US')} characters.` : undefined,
      disclosure && decision.flow !== 'safety' ? disclosureText(disclosure, compose) : undefined,
    );
    const suffix = paragraphs(
      showResources && !decision.listsResources ? resourcesFooter(context, compose) : undefined,
      disclosure && decision.flow === 'safety' && !/not a person or a therapist/.test(decision.reply) ? "(I'm an AI, not a person and not a therapist.)" : undefined,
    );
    const banner = resources.length > 0;
    const reported = { level, categories: [...risk.categories] };
    yield { type: 'start', risk: reported, resources, actions, flow: decision.flow, banner };

    // The body: the embedded reply, or a model's wording of it for a calm supportive turn.
    let body = decision.reply;
    let source: TurnResult['source'] = decision.fixed ? 'fixed' : 'embedded';
    const notices: TurnResult['notices'] = [];
    if (clean.truncated) notices.push('truncated');
    if (clean.binary) notices.push('binary');
    if (clean.empty) notices.push('empty');
    if (prefix) yield { type: 'delta', text: `${prefix}\n\n` };
    const model = this.options.model;
    if (model && !decision.fixed && !showResources && !isAtLeast(level, 'moderate')) {
      const messages = buildPrompt({
        flow: decision.flow, draft: decision.reply, context, memory, recent: st.recent, message: clean.text,
        ...(input.name ? { name: input.name } : {}),
      });
      const run = runModel(model, messages, this.options.modelTimeoutMs ?? DEFAULT_MODEL_TIMEOUT_MS, decision.reply);
      for (;;) {
        const next = await run.next();
        if (next.done) {
          body = next.value.text;
          if (next.value.used) source = 'model';
          else notices.push('model_fallback');
          break;
        }
        const event = next.value;
        yield event.type === 'replace' ? { type: 'replace', text: paragraphs(prefix, event.text, suffix) } : event;
      }
    } else {
      for (const piece of chunks(body)) yield { type: 'delta', text: piece };
    }
    if (suffix) yield { type: 'delta', text: `\n\n${suffix}` };
    const reply = paragraphs(prefix, body, suffix);

    const { remembered, forgotten } = await this.updateMemory(decision, clean, memory, now);
    const episodeStart = st.episodeStartedAt;
    this.advance(decision, risk, level, now, disclosure !== null, clean.text, reply, remembered);
    const journal = decision.journal ? { ...decision.journal, startedAt: toIso(episodeStart ?? now), endedAt: toIso(now) } : undefined;
    const turn: TurnResult = {
      reply, risk: reported, resources, flow: decision.flow, actions, banner, disclosure, source,
      ...(decision.asqRecord ? { asq: decision.asqRecord } : {}),
      ...(journal ? { journal } : {}),
      remembered, forgotten, notices,
    };
    yield { type: 'done', turn };
    return turn;
  }

  /** The tracker on the message; a message longer than the flows read is scanned in parts too. */
  private assess(clean: CleanInput): TrackedAssessment {
    const tracker = new RiskTracker(this.st.risk);
    const tracked = tracker.assess(clean.text);
    this.st.risk = tracker.snapshot();
    if (clean.scanned.length <= clean.text.length) return tracked;
    let level = tracked.level;
    const categories = new Set(tracked.categories);
    for (let i = clean.text.length - 200; i < clean.scanned.length; i += MAX_MESSAGE_CHARS - 200) {
      const part = assessRisk(clean.scanned.slice(Math.max(0, i), i + MAX_MESSAGE_CHARS));
      if (compareRiskLevels(part.level, level) > 0) level = part.level;
      part.categories.forEach((c) => categories.add(c));
    }
    return { ...tracked, level, categories: [...categories] };
  }

  private async loadMemory(): Promise<MemoryItem[]> {
    try {
      return await this.options.memory.list();
    } catch {
      // A broken store must not stop the conversation; the companion just remembers nothing.
      return [];
    }
  }

  private async updateMemory(decision: Decision, clean: CleanInput, memory: MemoryItem[], now: EpochMs) {
    const store = this.options.memory;
    let forgotten = 0;
    const remembered: MemoryItem[] = [];
    try {
      if (decision.forget?.all) forgotten = await store.clear();
      for (const id of decision.forget?.ids ?? []) if (await store.remove(id)) forgotten++;
      const learn = decision.flow !== 'asq' && decision.flow !== 'safety' && !decision.forget && !clean.empty && !clean.binary;
      const fresh: NewMemory[] = [...decision.memories, ...(learn ? extractMemories(clean.text, now) : [])];
      const seen = new Set(memory.map((m) => `${m.kind}:${m.text.toLowerCase()}:${m.at.slice(0, 10)}`));
      for (const item of fresh) {
        const key = `${item.kind}:${item.text.toLowerCase()}:${item.at.slice(0, 10)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        remembered.push(await store.add(item));
      }
    } catch {
      // Memory is a convenience; failing to store it never fails the turn.
    }
    return { remembered, forgotten };
  }

  private advance(d: Decision, risk: TrackedAssessment, level: RiskLevel, now: EpochMs, disclosed: boolean, text: string, reply: string, remembered: MemoryItem[]): void {
    const st = this.st;
    if (d.protocol) st.protocolTurn = st.turns;
    st.safetyQuestion = d.safetyQuestion === true;
    st.turns++;
    st.flow = d.next;
    if (d.asq !== undefined) st.asq = d.asq;
    if (d.asqRecord) st.asqHistory = [...st.asqHistory, d.asqRecord].slice(-20);
    if (d.clearCheckBack) st.checkBack = null;
    if (d.checkBack) st.checkBack = { dueAt: (now + CHECK_BACK_MS) as EpochMs, strategy: d.checkBack.strategy, ...(d.checkBack.before !== undefined ? { before: d.checkBack.before } : {}) };
    st.resourcesHold = d.holdResources ? RESOURCES_HOLD_TURNS : Math.max(0, st.resourcesHold - 1);
    const before = st.episodePeak;
    if (d.endEpisode) {
      st.episodePeak = 'none';
      delete st.episodeStartedAt;
    } else if (compareRiskLevels(level, st.episodePeak) > 0) st.episodePeak = level;
    else if (st.episodePeak === 'none' && (d.flow === 'grounding' || d.flow === 'skills' || risk.distressInContext)) st.episodePeak = 'low';
    if (before === 'none' && st.episodePeak !== 'none') st.episodeStartedAt = now;
    st.disclosure = recordMessage(st.disclosure, now, disclosed);
    st.lastRemembered = remembered.map((m) => m.id);
    this.remember('user', text);
    this.remember('assistant', reply);
  }

  private remember(role: 'user' | 'assistant', text: string): void {
    if (!text) return;
    this.st.recent = [...this.st.recent, { role, text: text.slice(0, 600) }].slice(-RECENT_LIMIT);
  }
}

/** Splits an embedded reply into sentence-sized pieces so it streams like generated text. */
function chunks(text: string): string[] {
  return text.match(/[^.!?\n]+[.!?]*\s*|\n+/g) ?? [text];
}
