// An episode: the record of one SOS session, for the journal and the recommender. The id is a
// UUID made on the device when SOS opens, so an episode saved offline and synced twice is
// still one episode (PUT /api/episodes/:id is an upsert by this id). The same schema parses
// the request on the server and the outbox entry in the browser.
import { z } from 'zod';
import { plainText } from '../plan/limits';
import { TIERS, strategyRefSchema } from '../plan/schema';
import type { StrategyRef, Tier } from '../plan/schema';
import { sudsSchema } from '../sos/suds-schema';
import type { Suds } from '../sos/suds';
import type { IsoDateTime } from '../time';

import { EPISODE_SCHEMA_VERSION } from './schema-version';
export { EPISODE_SCHEMA_VERSION };

export const EPISODE_LIMITS = {
  maxSteps: 200,
  maxTierChanges: 100,
  maxNoteLength: 5000,
  maxLabelLength: 700,
} as const;

const isoDateTime = z.iso.datetime({ error: 'must be an ISO-8601 date and time in UTC, like 2026-12-03T16:00:00.000Z.' });

export const episodeStepSchema = z.object({
  strategy: strategyRefSchema,
  /** The step's label when it happened ("Box breathing", "Reach out to Sam"). */
  label: z.string().max(EPISODE_LIMITS.maxLabelLength),
  tier: z.enum(TIERS),
  startedAt: isoDateTime,
  endedAt: isoDateTime,
  before: sudsSchema.nullable(),
  after: sudsSchema.nullable(),
  minutes: z.number().min(0).max(24 * 60),
  outcome: z.enum(['completed', 'skipped', 'switched', 'ended']),
});

export const episodeSchema = z
  .object({
    id: z.uuid({ error: 'must be a UUID made by the device.' }),
    schemaVersion: z.literal(EPISODE_SCHEMA_VERSION),
    startedAt: isoDateTime,
    /** Null while the session is still open (saved early so nothing is lost if the tab closes). */
    endedAt: isoDateTime.nullable(),
    initialSuds: sudsSchema.nullable(),
    finalSuds: sudsSchema.nullable(),
    peakSuds: sudsSchema.nullable(),
    tierPath: z.array(z.object({ tier: z.enum(TIERS), at: isoDateTime })).max(EPISODE_LIMITS.maxTierChanges),
    steps: z.array(episodeStepSchema).max(EPISODE_LIMITS.maxSteps, { error: `has more than ${EPISODE_LIMITS.maxSteps} steps.` }),
    /** The person's own note. Plain text; encrypted at rest on the server. */
    note: plainText(EPISODE_LIMITS.maxNoteLength, false).optional(),
  })
  .superRefine((e, ctx) => {
    if (e.endedAt !== null && e.endedAt < e.startedAt) ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'is before the start.' });
  });

export interface EpisodeStep {
  strategy: StrategyRef;
  label: string;
  tier: Tier;
  startedAt: IsoDateTime;
  endedAt: IsoDateTime;
  before: Suds | null;
  after: Suds | null;
  minutes: number;
  outcome: 'completed' | 'skipped' | 'switched' | 'ended';
}

/** The parsed shape, with branded times and ratings for use in code. */
export interface Episode {
  id: string;
  schemaVersion: typeof EPISODE_SCHEMA_VERSION;
  startedAt: IsoDateTime;
  endedAt: IsoDateTime | null;
  initialSuds: Suds | null;
  finalSuds: Suds | null;
  peakSuds: Suds | null;
  tierPath: { tier: Tier; at: IsoDateTime }[];
  steps: EpisodeStep[];
  note?: string;
}

export type ParseEpisodeResult = { ok: true; episode: Episode } | { ok: false; issues: { path: (string | number)[]; message: string }[] };

/** Validates an episode from the network or the outbox. ISO strings and 0–10 ints are checked, then branded. */
export function parseEpisode(input: unknown): ParseEpisodeResult {
  const r = episodeSchema.safeParse(input);
  if (r.success) return { ok: true, episode: r.data as Episode };
  return {
    ok: false,
    issues: r.error.issues.map((i) => {
      const path = i.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      const where = path.length ? `Episode ${path.join('.')}` : 'Episode';
      return { path, message: /^[a-z]/.test(i.message) ? `${where} ${i.message}` : `${where}: ${i.message}` };
    }),
  };
}

/** Body of GET /api/episodes. */
export interface EpisodeListResponse {
  episodes: Episode[];
  /** Pass as ?before= for older episodes; null when this was the last page. */
  nextBefore: string | null;
}
