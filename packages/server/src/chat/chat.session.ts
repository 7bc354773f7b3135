// One person's companion, wired to their own data: the current crisis plan and region build the
// context, memory and conversation come from sealed storage, and a language model is attached
// when the operator configured one. Used by the HTTP routes and by `kinbridge chat --user`.
import { randomUUID } from 'node:crypto';
import { EPISODE_SCHEMA_VERSION } from '@kinbridge/core';
import type { Episode, EpochMs, IsoDateTime, Suds } from '@kinbridge/core';
import { Companion, OpenAiReplyModel, contextFromPlan, type ReplyModel, type TurnResult } from '@kinbridge/companion';
import type { AppContext } from '../context';
import { EpisodeStore } from '../episodes/episodes.store';
import { PlanStore } from '../plan/plan.store';
import { readSettings } from '../settings/settings.store';
import { ChatStore } from './chat.store';
import { SealedMemoryStore } from './memory.store';

export interface ChatSession {
  companion: Companion;
  /** Stores the turn: both messages, the new state, the referral log, ASQ and journal entries. */
  save(personText: string, turn: TurnResult): Promise<void>;
}

export interface ChatSessionOptions {
  seed?: number;
  /** Overrides the configured model (tests, the CLI). */
  model?: ReplyModel;
  modelTimeoutMs?: number;
  region?: string;
}

export function modelFromConfig(ctx: AppContext): ReplyModel | undefined {
  const { llmUrl, llmModel, llmApiKey } = ctx.config;
  if (!llmUrl) return undefined;
  return new OpenAiReplyModel({ url: llmUrl, model: llmModel ?? 'default', ...(llmApiKey ? { apiKey: llmApiKey } : {}) });
}

/** The person's text as stored: capped so a pasted novel does not fill the database. */
const STORED_MESSAGE_CHARS = 20_000;

export async function openChatSession(ctx: AppContext, userId: string, options: ChatSessionOptions = {}): Promise<ChatSession> {
  const cipher = await ctx.keys.forUser(userId);
  const chat = new ChatStore(ctx.db, cipher, userId);
  const [state, planVersion, settings] = await Promise.all([chat.loadState(), new PlanStore(ctx.db, cipher, userId).current(), readSettings(ctx.db, userId)]);
  const context = contextFromPlan(planVersion?.plan ?? null, { region: options.region ?? settings.region });
  const model = options.model ?? modelFromConfig(ctx);
  const companion = new Companion({
    context,
    memory: new SealedMemoryStore(ctx.db, cipher, userId, ctx.clock),
    ...(model ? { model } : {}),
    modelTimeoutMs: options.modelTimeoutMs ?? ctx.config.llmTimeoutMs,
    ...(state !== undefined ? { state } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
  });
  return {
    companion,
    async save(personText, turn) {
      const now = ctx.clock.now();
      const text = typeof personText === 'string' ? personText.slice(0, STORED_MESSAGE_CHARS) : '';
      await chat.appendTurn(text, turn.reply, { flow: turn.flow, risk: turn.risk, resources: turn.resources, actions: turn.actions }, now);
      await chat.saveState(companion.state(), now);
      if (turn.resources.length > 0) await chat.recordReferral(now);
      if (turn.asq) await chat.recordScreening(turn.asq);
      if (turn.journal && turn.journal.helped.length > 0) await saveJournal(new EpisodeStore(ctx.db, cipher, userId), turn, now);
    },
  };
}

// The end-of-episode reflection becomes an entry in the episode journal, so "what helped"
// from a chat sits next to SOS sessions for the person and their therapist.
async function saveJournal(store: EpisodeStore, turn: TurnResult, now: EpochMs): Promise<void> {
  const journal = turn.journal;
  if (!journal) return;
  const endedAt = (journal.endedAt ?? new Date(now).toISOString()) as IsoDateTime;
  const episode: Episode = {
    id: randomUUID(),
    schemaVersion: EPISODE_SCHEMA_VERSION,
    startedAt: (journal.startedAt ?? endedAt) as IsoDateTime,
    endedAt,
    initialSuds: (journal.distressBefore ?? null) as Suds | null,
    finalSuds: (journal.distressAfter ?? null) as Suds | null,
    peakSuds: null,
    tierPath: [],
    steps: [],
    note: `From a conversation with the companion. What helped: ${journal.helped.join(', ')}.`.slice(0, 5000),
  };
  await store.save(episode, now);
}
