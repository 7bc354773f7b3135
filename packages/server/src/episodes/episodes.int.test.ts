import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applySosEvent, startSosSession, starterPlan, toEpisode } from '@kinbridge/core';
import type { Episode, EpochMs, SosEvent, SosSession } from '@kinbridge/core';
import { dialects, type SignedUp } from '../../test/helpers';
import { useSignedUpApp } from '../../test/shared-app';

describe.each(dialects)('on %s', (dialect) => {
  const shared = useSignedUpApp(dialect);

  const T0 = Date.UTC(2026, 11, 3, 2, 0, 0) as EpochMs;

  function session(id: string, events: SosEvent[], start = T0): SosSession {
    return events.reduce((s, e) => {
      const r = applySosEvent(s, e);
      if (!r.ok) throw new Error(r.error.message);
      return r.session;
    }, startSosSession({ id, now: start, plan: starterPlan() }));
  }

  function finished(id = randomUUID(), start = T0): Episode {
    const at = (m: number) => (start + m * 60_000) as EpochMs;
    return toEpisode(
      session(id, [
        { type: 'rate', suds: 7, at: at(0) },
        { type: 'chooseTier', tier: 'severe', at: at(0) },
        { type: 'startStrategy', at: at(1) },
        { type: 'completeStrategy', suds: 4, at: at(12) },
        { type: 'end', at: at(13) },
      ], start),
    );
  }

  const put = (episode: unknown, id: string, who: SignedUp = shared.me) => shared.t.app.inject({ method: 'PUT', url: `/api/episodes/${id}`, headers: who.headers, payload: episode as object });
  const list = async (who: SignedUp = shared.me) => (await shared.t.app.inject({ method: 'GET', url: '/api/episodes', headers: who.headers })).json().episodes as Episode[];


  describe('episodes API', () => {
    it('stores an episode once however often it is sent (201, then 200)', async () => {
      const e = finished();
      const first = await put(e, e.id);
      const second = await put(e, e.id);
      expect([first.statusCode, second.statusCode]).toEqual([201, 200]);
      expect(first.json()).toEqual(e);
      const mine = await list();
      expect(mine.filter((x) => x.id === e.id)).toHaveLength(1);
      expect(mine.find((x) => x.id === e.id)).toMatchObject({ peakSuds: 7, finalSuds: 4, tierPath: [{ tier: 'severe' }] });
      expect(mine.find((x) => x.id === e.id)!.steps[0]).toMatchObject({ before: 7, after: 4, minutes: 11, outcome: 'completed' });
    });

    it('lands once when the same episode arrives in parallel', async () => {
      const e = finished();
      const results = await Promise.all([put(e, e.id), put(e, e.id), put(e, e.id)]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 200, 201]);
      expect((await list()).filter((x) => x.id === e.id)).toHaveLength(1);
    });

    it('updates an episode saved while still open', async () => {
      const id = randomUUID();
      const open = toEpisode(session(id, [{ type: 'rate', suds: 9, at: T0 }]));
      expect((await put(open, id)).statusCode).toBe(201);
      const done = finished(id);
      expect((await put(done, id)).statusCode).toBe(200);
      expect((await list()).find((x) => x.id === id)?.endedAt).toBe(done.endedAt);
    });

    it('never lets a late unfinished copy replace a finished episode', async () => {
      const id = randomUUID();
      expect((await put(finished(id), id)).statusCode).toBe(201);
      const stale = toEpisode(session(id, [{ type: 'rate', suds: 9, at: T0 }]));
      const r = await put(stale, id);
      expect(r.statusCode).toBe(200);
      expect(r.json().endedAt).not.toBeNull();
      expect((await list()).find((x) => x.id === id)?.steps).toHaveLength(1);
    });

    it('keeps the note encrypted at rest and returns it to its owner', async () => {
      const marker = `a private note ${randomUUID()}`;
      const e = { ...finished(), note: marker };
      expect((await put(e, e.id)).statusCode).toBe(201);
      const bytes = await shared.t.storedText();
      expect(bytes).toContain(shared.me.user.email); // control: plain columns are readable here
      expect(bytes).not.toContain(marker);
      const one = await shared.t.app.inject({ method: 'GET', url: `/api/episodes/${e.id}`, headers: shared.me.headers });
      expect(one.json().note).toBe(marker);
    });

    it('keeps the stored note when a copy arrives without one, and clears it on ""', async () => {
      const e = { ...finished(), note: 'helped: calling Sam' };
      await put(e, e.id);
      const { note: _, ...withoutNote } = e;
      expect((await put(withoutNote, e.id)).json().note).toBe('helped: calling Sam');
      const cleared = await put({ ...e, note: '' }, e.id);
      expect(cleared.json().note).toBeUndefined();
    });

    it('stores HTML in a note verbatim, as data', async () => {
      const e = { ...finished(), note: '<img src=x onerror=alert(1)> 🙂' };
      await put(e, e.id);
      expect((await shared.t.app.inject({ method: 'GET', url: `/api/episodes/${e.id}`, headers: shared.me.headers })).json().note).toBe('<img src=x onerror=alert(1)> 🙂');
    });

    it('lists newest first and pages with nextBefore', async () => {
      const who = await shared.t.signUp();
      const ids = [0, 1, 2].map((day) => {
        const e = finished(randomUUID(), (T0 + day * 86_400_000) as EpochMs);
        return e;
      });
      for (const e of ids) await put(e, e.id, who);
      expect((await list(who)).map((e) => e.id)).toEqual([ids[2]!.id, ids[1]!.id, ids[0]!.id]);
      const page = (await shared.t.app.inject({ method: 'GET', url: '/api/episodes?limit=2', headers: who.headers })).json();
      expect(page.episodes).toHaveLength(2);
      const rest = (await shared.t.app.inject({ method: 'GET', url: `/api/episodes?limit=2&before=${encodeURIComponent(page.nextBefore)}`, headers: who.headers })).json();
      expect(rest.episodes.map((e: Episode) => e.id)).toEqual([ids[0]!.id]);
    });

    it('refuses a body whose id differs from the address, a non-UUID id, and bad ratings', async () => {
      const e = finished();
      expect((await put(e, randomUUID())).statusCode).toBe(400);
      expect((await put({ ...e, id: 'abc' }, 'abc')).statusCode).toBe(400);
      const bad = await put({ ...e, peakSuds: 12 }, e.id);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.code).toBe('validation_failed');
    });

    it("does not let someone else's request touch my episode", async () => {
      const e = { ...finished(), note: 'mine' };
      await put(e, e.id);
      const other = await shared.t.signUp();
      const r = await put({ ...e, note: 'overwritten' }, e.id, other);
      expect(r.statusCode).toBe(409);
      expect((await shared.t.app.inject({ method: 'GET', url: `/api/episodes/${e.id}`, headers: other.headers })).statusCode).toBe(404);
      expect((await shared.t.app.inject({ method: 'GET', url: `/api/episodes/${e.id}`, headers: shared.me.headers })).json().note).toBe('mine');
      expect(await list(other)).toEqual([]);
    });

    it('is part of the data export', async () => {
      const doc = (await shared.t.app.inject({ method: 'GET', url: '/api/me/export', headers: shared.me.headers })).json();
      expect(doc.episodes.length).toBe((await list()).length);
      expect(doc.settings).toEqual({ region: 'US' });
    });

    it('needs a session', async () => {
      expect((await shared.t.app.inject({ method: 'GET', url: '/api/episodes' })).statusCode).toBe(401);
      expect((await shared.t.app.inject({ method: 'PUT', url: `/api/episodes/${randomUUID()}`, payload: finished() })).statusCode).toBe(401);
    });
  });
});
