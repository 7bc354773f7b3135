// Crisis plan API: the current plan (starter plan on first read), saving new versions with
// optimistic concurrency, the version history with readable diffs, and the crisis card.
import { crisisCardContent, diffPlans, emptyPlan, restore, savePlanRequestSchema } from '@kinbridge/core';
import type { PlanConflict, PlanVersion, PlanVersionSummary } from '@kinbridge/core';
import type { FastifyRequest } from 'fastify';
import { registerExporter } from '../account/data-export';
import { requireUser } from '../auth/require-user';
import type { SessionUser } from '../auth/sessions';
import { AppError } from '../errors';
import { readSettings } from '../settings/settings.store';
import type { App } from '../types';
import { renderCrisisCardPdf } from './plan-card.pdf';
import { renderCrisisCardPng } from './plan-card.png';
import { cardQuery, planConflictResponse, planDiffResponse, planVersionResponse, planVersionsResponse, versionParams, versionsQuery } from './plan.schema';
import { PlanStore } from './plan.store';

const SUMMARY_LINES = 3;
// Rendering a card costs real CPU (the PNG ~0.1–0.3 s); a person needs a handful a minute.
const CARD_RATE_LIMIT = { rateLimit: { max: 30, timeWindow: '1 minute' } };
const MAX_ISSUES_IN_ERROR = 20;

async function storeFor(app: App, user: SessionUser): Promise<PlanStore> {
  return new PlanStore(app.ctx.db, await app.ctx.keys.forUser(user.id), user.id);
}

async function currentPlan(app: App, request: FastifyRequest): Promise<{ user: SessionUser; current: PlanVersion }> {
  const user = await requireUser(request);
  const store = await storeFor(app, user);
  return { user, current: await store.currentOrStarter({ id: user.id, role: user.role }, app.ctx.clock.now()) };
}

registerExporter({
  section: 'plan',
  async export(ctx, user, cipher) {
    const store = new PlanStore(ctx.db, cipher, user.id);
    const versions: PlanVersion[] = [];
    let before: number | undefined;
    for (;;) {
      const page = await store.list({ limit: 100, before });
      versions.push(...page);
      if (page.length < 100) break;
      before = page.at(-1)?.version;
    }
    return { current: versions[0] ?? null, versions };
  },
});

export async function planRoutes(app: App): Promise<void> {
  app.get('/api/plan', { schema: { tags: ['plan'], description: 'The current crisis plan. Made from the starter plan on first read.', response: { 200: planVersionResponse } } }, async (request) => {
    return (await currentPlan(app, request)).current;
  });

  app.put(
    '/api/plan',
    {
      schema: {
        tags: ['plan'],
        description:
          'Save a new version. 201 with the new version; 200 when this clientChangeId was already saved or nothing changed; 409 with `current` when basedOnVersion is not the current version.',
        body: savePlanRequestSchema,
        response: { 200: planVersionResponse, 201: planVersionResponse, 409: planConflictResponse },
      },
    },
    async (request, reply) => {
      const user = await requireUser(request);
      const store = await storeFor(app, user);
      const restored = restore(request.body.plan);
      if (!restored.ok) {
        const issues = restored.error.issues.slice(0, MAX_ISSUES_IN_ERROR).map((i) => ({ path: i.path.join('.'), message: i.message }));
        throw new AppError('validation_failed', restored.error.message, { field: 'plan', issues });
      }
      const result = await store.save({
        author: { id: user.id, role: user.role },
        plan: restored.plan,
        basedOnVersion: request.body.basedOnVersion,
        clientChangeId: request.body.clientChangeId,
        origin: request.body.origin ?? 'edit',
        now: app.ctx.clock.now(),
      });
      switch (result.kind) {
        case 'created':
          return reply.code(201).send(result.version);
        case 'replayed':
        case 'unchanged':
          return reply.code(200).send(result.version);
        case 'conflict': {
          const current = result.current ?? (await store.currentOrStarter({ id: user.id, role: user.role }, app.ctx.clock.now()));
          const body: PlanConflict = {
            error: { code: 'conflict', message: `The plan has changed since version ${request.body.basedOnVersion ?? 'none'}; the current version is ${current.version}.` },
            current,
          };
          // The 409 body carries the current plan so the client can merge and retry.
          return reply.code(409).send(body);
        }
      }
    },
  );

  app.get('/api/plan/versions', { schema: { tags: ['plan'], querystring: versionsQuery, response: { 200: planVersionsResponse } } }, async (request) => {
    const user = await requireUser(request);
    const store = await storeFor(app, user);
    const { limit, before } = request.query;
    // One extra row: the version before the oldest listed, to diff against.
    const rows = await store.list({ limit: limit + 1, before });
    const listed = rows.slice(0, limit);
    const versions: PlanVersionSummary[] = listed.map((v, i) => {
      const previous = rows[i + 1]?.plan ?? emptyPlan();
      const changes = v.version === 1 || rows[i + 1] ? diffPlans(previous, v.plan) : [];
      const { plan: _plan, ...meta } = v;
      return { ...meta, changeCount: changes.length, summary: changes.slice(0, SUMMARY_LINES).map((c) => c.message) };
    });
    const oldest = listed.at(-1)?.version ?? null;
    return { versions, nextBefore: oldest !== null && oldest > 1 ? oldest : null };
  });

  app.get('/api/plan/versions/:n', { schema: { tags: ['plan'], params: versionParams, response: { 200: planVersionResponse } } }, async (request) => {
    const user = await requireUser(request);
    const version = await (await storeFor(app, user)).version(request.params.n);
    if (!version) throw new AppError('not_found', `There is no version ${request.params.n} of your plan.`);
    return version;
  });

  app.get(
    '/api/plan/versions/:n/diff',
    { schema: { tags: ['plan'], description: 'What changed in version n compared with version n-1 (version 1: with an empty plan).', params: versionParams, response: { 200: planDiffResponse } } },
    async (request) => {
      const user = await requireUser(request);
      const store = await storeFor(app, user);
      const n = request.params.n;
      const version = await store.version(n);
      if (!version) throw new AppError('not_found', `There is no version ${n} of your plan.`);
      const previous = n > 1 ? await store.version(n - 1) : null;
      return { version: n, comparedTo: previous?.version ?? null, changes: diffPlans(previous?.plan ?? emptyPlan(), version.plan) };
    },
  );

  app.get(
    '/api/plan/card.pdf',
    {
      config: CARD_RATE_LIMIT,
      schema: { tags: ['plan'], description: 'The crisis card as PDF: `wallet` (two-sided, 85.6 × 54 mm) or `page` (printable full page).', querystring: cardQuery },
    },
    async (request, reply) => {
      const { user, current } = await currentPlan(app, request);
      const { region } = await readSettings(app.ctx.db, user.id);
      const pdf = await renderCrisisCardPdf(crisisCardContent(current.plan, region, request.query.format));
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="crisis-card-${request.query.format}.pdf"`)
        .send(pdf);
    },
  );

  app.get(
    '/api/plan/card.png',
    { config: CARD_RATE_LIMIT, schema: { tags: ['plan'], description: 'The crisis card as a phone lock-screen image (PNG, 1170 × 2532).' } },
    async (request, reply) => {
      const { user, current } = await currentPlan(app, request);
      const { region } = await readSettings(app.ctx.db, user.id);
      const png = renderCrisisCardPng(crisisCardContent(current.plan, region, 'lockscreen'));
      return reply.type('image/png').header('content-disposition', 'inline; filename="crisis-card-lockscreen.png"').send(png);
    },
  );
}
