// The companion over HTTP on a real database: streaming replies, the person's own plan and
// region, sealed history and memory, deletion, the referral log, ASQ records and the journal.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../test/helpers';

describe.each(dialects)('on %s', (dialect) => {
  const apps: TestApp[] = [];
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });

  async function setup(): Promise<TestApp> {
    const t = await createTestApp({ dialect });
    apps.push(t);
    return t;
  }

  interface SseEvent {
    event: string;
    data: Record<string, unknown>;
  }

  function parseSse(body: string): SseEvent[] {
    return body
      .split('\n\n')
      .filter((block) => block.trim())
      .map((block) => {
        const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
        const data = /^data: (.*)$/m.exec(block)?.[1] ?? '{}';
        return { event, data: JSON.parse(data) as Record<string, unknown> };
      });
  }

  async function send(t: TestApp, headers: Record<string, string>, text: string) {
    const response = await t.app.inject({ method: 'POST', url: '/api/chat/messages', headers, payload: { text } });
    const events = parseSse(response.body);
    const done = events.find((e) => e.event === 'done')?.data as { reply: string; resources: Array<{ name: string }>; flow: string; banner: boolean; risk: { level: string } } | undefined;
    return { response, events, done };
  }

  describe('companion chat API', () => {
    it('needs a session and refuses cross-site posts', async () => {
      const t = await setup();
      expect((await t.app.inject({ method: 'POST', url: '/api/chat/messages', payload: { text: 'hi' } })).statusCode).toBe(401);
      const { headers } = await t.signUp();
      const cross = await t.app.inject({ method: 'POST', url: '/api/chat/messages', headers: { ...headers, origin: 'https://evil.example' }, payload: { text: 'hi' } });
      expect(cross.statusCode).toBe(403);
    });

    it('streams the reply as server-sent events: start, deltas, done', async () => {
      const t = await setup();
      const { headers } = await t.signUp();
      const { response, events, done } = await send(t, headers, 'I had a rough day at work');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(events[0]?.event).toBe('start');
      const deltas = events.filter((e) => e.event === 'delta').map((e) => e.data.text as string);
      expect(deltas.length).toBeGreaterThan(1);
      expect(deltas.join('')).toBe(done?.reply);
      expect(done?.reply).toMatch(/AI[^.]*not a (?:person|human)/);
      expect(done?.resources).toEqual([]);
    });

    it("shows the banner and the person's region's crisis lines before any text at risk", async () => {
      const t = await setup();
      const { headers } = await t.signUp();
      await t.app.inject({ method: 'PUT', url: '/api/settings', headers, payload: { region: 'GB' } });
      const { events, done } = await send(t, headers, 'I want to kill myself');
      const start = events[0]?.data as { banner: boolean; resources: Array<{ name: string }>; actions: Array<{ kind: string }> };
      expect(events[0]?.event).toBe('start');
      expect(start.banner).toBe(true);
      expect(start.resources.map((r) => r.name)).toContain('Samaritans');
      expect(start.actions.map((a) => a.kind)).toContain('open_sos');
      expect(done?.reply).toMatch(/116 123/);
      const referrals = await t.ctx.db.selectFrom('crisis_referrals').selectAll().execute();
      expect(referrals).toHaveLength(1);
      expect(Object.keys(referrals[0] ?? {}).sort()).toEqual(['id', 'shown_at', 'source', 'user_id']);
    });

    it("answers from the person's own plan", async () => {
      const t = await setup();
      const { headers } = await t.signUp();
      const current = (await t.app.inject({ method: 'GET', url: '/api/plan', headers })).json() as { version: number; plan: Record<string, unknown> & { copingStrategies: unknown[]; supportContacts: unknown[]; tiers: Record<string, unknown[]> } };
      const plan = structuredClone(current.plan);
      plan.copingStrategies = [...plan.copingStrategies, { id: 'c-guitar', text: 'Play my guitar for ten minutes' }];
      plan.supportContacts = [{ id: 'p-sam', name: 'Sam', phone: '+15550100', agreement: { willDo: 'text me, I call back within 10 minutes' } }];
      plan.tiers = { ...plan.tiers, mild: [{ kind: 'coping', itemId: 'c-guitar' }, ...(plan.tiers.mild ?? [])], emergency: [...(plan.tiers.emergency ?? []), { kind: 'contact', contactId: 'p-sam' }] };
      const saved = await t.app.inject({ method: 'PUT', url: '/api/plan', headers, payload: { plan, basedOnVersion: current.version, clientChangeId: randomUUID() } });
      expect(saved.statusCode).toBe(201);
      expect((await send(t, headers, "what's on my plan for this?")).done?.reply).toMatch(/Play my guitar for ten minutes/);
      const crisis = await send(t, headers, "I'm going to end my life tonight");
      expect(crisis.done?.reply).toMatch(/Sam/);
      expect(crisis.done?.reply).toMatch(/text me, I call back within 10 minutes/);
    });

    it('keeps history in order, sealed at rest', async () => {
      const t = await setup();
      const { headers } = await t.signUp();
      await send(t, headers, 'my hamster Biscuit died today');
      await send(t, headers, 'I keep crying');
      const history = (await t.app.inject({ method: 'GET', url: '/api/chat/history', headers })).json() as { messages: Array<{ role: string; text: string; meta?: { flow: string } }> };
      expect(history.messages.map((m) => m.role)).toEqual(['person', 'companion', 'person', 'companion']);
      expect(history.messages[0]?.text).toBe('my hamster Biscuit died today');
      expect(history.messages[1]?.meta?.flow).toBe('listening');
      const rows = await t.ctx.db.selectFrom('chat_messages').select(['body', 'meta']).execute();
      for (const row of rows) expect(`${row.body}${row.meta ?? ''}`).not.toMatch(/Biscuit|crying|listening/);
      const state = await t.ctx.db.selectFrom('chat_conversations').select('state').executeTakeFirstOrThrow();
      expect(state.state).not.toMatch(/Biscuit/);
      expect(await t.storedText()).not.toContain('Biscuit');
    });

    it('lets the person see and delete what is remembered, and no one else', async () => {
      const t = await setup();
      const ana = await t.signUp();
      const ben = await t.signUp();
      await send(t, ana.headers, 'calling my aunt Marisol helped tonight');
      const items = ((await t.app.inject({ method: 'GET', url: '/api/memory', headers: ana.headers })).json() as { items: Array<{ id: string; text: string; label: string; at: string }> }).items;
      expect(items.map((i) => i.text)).toEqual(['calling my aunt Marisol']);
      expect(items[0]?.label).toBe('What helped');
      expect(((await t.app.inject({ method: 'GET', url: '/api/memory', headers: ben.headers })).json() as { items: unknown[] }).items).toEqual([]);
      const stolen = await t.app.inject({ method: 'DELETE', url: `/api/memory/${items[0]?.id}`, headers: ben.headers });
      expect(stolen.statusCode).toBe(404);
      expect((await send(t, ben.headers, 'what do you remember about me?')).done?.reply).not.toMatch(/Marisol/);
      const removed = await t.app.inject({ method: 'DELETE', url: `/api/memory/${items[0]?.id}`, headers: ana.headers });
      expect(removed.statusCode).toBe(204);
      expect(((await t.app.inject({ method: 'GET', url: '/api/memory', headers: ana.headers })).json() as { items: unknown[] }).items).toEqual([]);
      const rows = await t.ctx.db.selectFrom('companion_memory').select('body').execute();
      for (const row of rows) expect(row.body).not.toMatch(/Marisol/);
    });

    it('records an ASQ screening (sealed) and a reflection in the episode journal', async () => {
      const t = await setup();
      const { headers } = await t.signUp();
      for (const text of ['everyone would be better off without me', 'no', 'no', 'no', 'no']) await send(t, headers, text);
      const screening = await t.ctx.db.selectFrom('asq_screenings').selectAll().executeTakeFirstOrThrow();
      expect(screening.body).not.toMatch(/negative/);
      const exported = (await t.app.inject({ method: 'GET', url: '/api/me/export', headers })).json() as { companion: { screenings: Array<{ result: string }>; messages: unknown[] } };
      expect(exported.companion.screenings.map((s) => s.result)).toEqual(['negative']);
      expect(exported.companion.messages).toHaveLength(10);

      await send(t, headers, 'can we do box breathing');
      await send(t, headers, 'okay, a 3 now, better');
      await send(t, headers, 'feeling better, going to bed');
      const reflection = await send(t, headers, 'the breathing and my cat');
      expect(reflection.done?.flow).toBe('reflection');
      const episodes = (await t.app.inject({ method: 'GET', url: '/api/episodes', headers })).json() as { episodes: Array<{ note?: string }> };
      expect(episodes.episodes[0]?.note).toMatch(/What helped: the breathing, my cat/);
    });

    it('rejects bad bodies and survives odd text', async () => {
      const t = await setup();
      const { headers } = await t.signUp();
      expect((await t.app.inject({ method: 'POST', url: '/api/chat/messages', headers, payload: {} })).statusCode).toBe(400);
      expect((await t.app.inject({ method: 'POST', url: '/api/chat/messages', headers, payload: { text: 5 } })).statusCode).toBe(400);
      expect((await t.app.inject({ method: 'POST', url: '/api/chat/messages', headers, payload: { text: 'x'.repeat(100_001) } })).statusCode).toBe(400);
      expect((await send(t, headers, '')).done?.reply).toMatch(/here|ready|time/i);
      expect((await send(t, headers, 'y'.repeat(50_000))).done?.reply).toMatch(/long message/);
      expect((await send(t, headers, '<img src=x onerror=alert(1)> hello')).done?.reply).not.toMatch(/<img|onerror/);
    });
  });
});
