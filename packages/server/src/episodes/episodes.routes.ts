// SOS episodes: PUT /api/episodes/:id is an idempotent upsert by the device-made UUID (201 the
// first time, 200 after), GET /api/episodes lists them newest first, GET /api/episodes/:id
// reads one. Notes are sealed at rest.
import { EPISODE_LIMITS, TIERS, episodeSchema, strategyRefSchema } from '@kinbridge/core';
import type { Episode } from '@kinbridge/core';
import { z } from 'zod';
import { registerExporter } from '../account/data-export';
import { requireUser } from '../auth/require-user';
import { AppError } from '../errors';
import type { App } from '../types';
import { EpisodeStore } from './episodes.store';

const suds = z.number().int().min(0).max(10);
const iso = z.string();

/** Response shape (documented in /docs); the request uses core's episodeSchema. */
export const episodeResponse = z.object({
  id: z.string(),
  schemaVersion: z.literal(1),
  startedAt: iso,
  endedAt: iso.nullable(),
  initialSuds: suds.nullable(),
  finalSuds: suds.nullable(),
  peakSuds: suds.nullable(),
  tierPath: z.array(z.object({ tier: z.enum(TIERS), at: iso })),
  steps: z.array(
    z.object({
      strategy: strategyRefSchema,
      label: z.string(),
      tier: z.enum(TIERS),
      startedAt: iso,
      endedAt: iso,
      before: suds.nullable(),
      after: suds.nullable(),
      minutes: z.number(),
      outcome: z.enum(['completed', 'skipped', 'switched', 'ended']),
    }),
  ),
  note: z.string().max(EPISODE_LIMITS.maxNoteLength).optional(),
});

const idParams = z.object({ id: z.uuid({ error: 'must be a UUID.' }) });
const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** An ISO start time: only episodes that started before it. */
  before: z.iso.datetime().optional(),
});

async function storeFor(app: App, userId: string): Promise<EpisodeStore> {
  return new EpisodeStore(app.ctx.db, await app.ctx.keys.forUser(userId), userId);
}

registerExporter({
  section: 'episodes',
  async export(ctx, user, cipher) {
    const store = new EpisodeStore(ctx.db, cipher, user.id);
    const all: Episode[] = [];
    let before: string | undefined;
    for (;;) {
      const page = await store.list({ limit: 200, before });
      all.push(...page);
      if (page.length < 200) break;
      before = page.at(-1)?.startedAt;
    }
    return all;
  },
});

export async function episodesRoutes(app: App): Promise<void> {
  app.put(
    '/api/episodes/:id',
    {
      schema: {
        tags: ['episodes'],
        description: 'Create or update an episode by its device-made id. 201 when created, 200 when it already existed. Omit `note` to keep the stored note; send "" to clear it.',
        params: idParams,
        body: episodeSchema,
        response: { 200: episodeResponse, 201: episodeResponse },
      },
    },
    async (request, reply) => {
      const user = await requireUser(request);
      if (request.body.id !== request.params.id) throw new AppError('validation_failed', 'The episode id in the body does not match the address.', { field: 'id' });
      const store = await storeFor(app, user.id);
      const result = await store.save(request.body as Episode, app.ctx.clock.now());
      if (result.kind === 'taken') throw new AppError('conflict', 'This episode id is already in use. Please start a new episode.');
      return reply.code(result.kind === 'created' ? 201 : 200).send(result.episode);
    },
  );

  app.get('/api/episodes', { schema: { tags: ['episodes'], querystring: listQuery, response: { 200: z.object({ episodes: z.array(episodeResponse), nextBefore: z.string().nullable() }) } } }, async (request) => {
    const user = await requireUser(request);
    const { limit, before } = request.query;
    const episodes = await (await storeFor(app, user.id)).list({ limit, before });
    return { episodes, nextBefore: episodes.length === limit ? (episodes.at(-1)?.startedAt ?? null) : null };
  });

  app.get('/api/episodes/:id', { schema: { tags: ['episodes'], params: idParams, response: { 200: episodeResponse } } }, async (request) => {
    const user = await requireUser(request);
    const episode = await (await storeFor(app, user.id)).get(request.params.id);
    if (!episode) throw new AppError('not_found', 'There is no such episode.');
    return episode;
  });
}
