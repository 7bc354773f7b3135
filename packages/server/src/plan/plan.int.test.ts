import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CrisisPlan, PlanVersion } from '@kinbridge/core';
import { dialects, type SignedUp } from '../../test/helpers';
import { useSignedUpApp } from '../../test/shared-app';
import { pdfDrawnText } from './pdf-text.test-helper';

describe.each(dialects)('on %s', (dialect) => {
  const shared = useSignedUpApp(dialect);

  async function getPlan(who: SignedUp = shared.me): Promise<PlanVersion> {
    const r = await shared.t.app.inject({ method: 'GET', url: '/api/plan', headers: who.headers });
    expect(r.statusCode).toBe(200);
    return r.json();
  }

  function put(plan: unknown, basedOnVersion: number | null, clientChangeId = randomUUID(), who: SignedUp = shared.me) {
    return shared.t.app.inject({ method: 'PUT', url: '/api/plan', headers: who.headers, payload: { plan, basedOnVersion, clientChangeId } });
  }

  function withSign(plan: CrisisPlan, text: string, id = `sign-${randomUUID()}`): CrisisPlan {
    return { ...plan, warningSigns: { ...plan.warningSigns, physical: [...plan.warningSigns.physical, { id, text }] } };
  }


  describe('crisis plan API', () => {
    it('needs a session', async () => {
      expect((await shared.t.app.inject({ method: 'GET', url: '/api/plan' })).statusCode).toBe(401);
    });

    it('starts a new account from the starter plan, once', async () => {
      const first = await getPlan();
      expect(first).toMatchObject({ version: 1, origin: 'starter', basedOnVersion: null, author: { id: shared.me.user.id, role: 'client' } });
      expect(first.plan.copingStrategies.length).toBeGreaterThan(0);
      expect((await getPlan()).version).toBe(1);
    });

    it('saves a new version and reads it back', async () => {
      const current = await getPlan();
      const r = await put(withSign(current.plan, "can't sleep", 'sign-sleep'), current.version);
      expect(r.statusCode).toBe(201);
      expect(r.json()).toMatchObject({ version: 2, basedOnVersion: 1, origin: 'edit' });
      const again = await getPlan();
      expect(again.version).toBe(2);
      expect(again.plan.warningSigns.physical).toContainEqual({ id: 'sign-sleep', text: "can't sleep" });
    });

    it('lands a resent change once (same clientChangeId)', async () => {
      const current = await getPlan();
      const changeId = randomUUID();
      const plan = withSign(current.plan, 'tight chest');
      const first = await put(plan, current.version, changeId);
      const second = await put(plan, current.version, changeId);
      expect(first.statusCode).toBe(201);
      expect(second.statusCode).toBe(200);
      expect(second.json().version).toBe(first.json().version);
      expect((await getPlan()).version).toBe(first.json().version);
    });

    it('refuses a save based on an old version with 409 and the current version', async () => {
      const current = await getPlan();
      const r = await put(withSign(current.plan, 'racing thoughts'), current.version - 1);
      expect(r.statusCode).toBe(409);
      const body = r.json();
      expect(body.error.code).toBe('conflict');
      expect(body.current.version).toBe(current.version);
      expect(body.current.plan).toEqual(current.plan);
      expect((await getPlan()).version).toBe(current.version);
    });

    it('lets only one of two simultaneous edits of the same version win', async () => {
      const current = await getPlan();
      const [a, b] = await Promise.all([put(withSign(current.plan, 'edit A'), current.version), put(withSign(current.plan, 'edit B'), current.version)]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
      expect((await getPlan()).version).toBe(current.version + 1);
    });

    it('does not make a version when nothing changed', async () => {
      const current = await getPlan();
      const r = await put(current.plan, current.version);
      expect(r.statusCode).toBe(200);
      expect(r.json().version).toBe(current.version);
    });

    it('lists versions newest first with a readable summary, and diffs one version', async () => {
      const list = await shared.t.app.inject({ method: 'GET', url: '/api/plan/versions', headers: shared.me.headers });
      expect(list.statusCode).toBe(200);
      const { versions, nextBefore } = list.json();
      expect(versions.map((v: { version: number }) => v.version)).toEqual([4, 3, 2, 1]);
      expect(versions[2].summary).toEqual(["Added warning sign 'can't sleep' (physical)"]);
      expect(versions[3].changeCount).toBeGreaterThan(0);
      expect(versions[3].summary[0]).toMatch(/^Added coping strategy/);
      expect(nextBefore).toBeNull();

      const page = (await shared.t.app.inject({ method: 'GET', url: '/api/plan/versions?limit=1&before=4', headers: shared.me.headers })).json();
      expect(page.versions.map((v: { version: number }) => v.version)).toEqual([3]);
      expect(page.nextBefore).toBe(3);

      const diff = await shared.t.app.inject({ method: 'GET', url: '/api/plan/versions/2/diff', headers: shared.me.headers });
      expect(diff.json()).toEqual({
        version: 2,
        comparedTo: 1,
        changes: [{ section: 'warningSigns', change: 'added', itemId: 'sign-sleep', message: "Added warning sign 'can't sleep' (physical)" }],
      });
      expect((await shared.t.app.inject({ method: 'GET', url: '/api/plan/versions/1/diff', headers: shared.me.headers })).json().comparedTo).toBeNull();
      expect((await shared.t.app.inject({ method: 'GET', url: '/api/plan/versions/99/diff', headers: shared.me.headers })).statusCode).toBe(404);
      expect((await shared.t.app.inject({ method: 'GET', url: '/api/plan/versions/2', headers: shared.me.headers })).json().version).toBe(2);
    });

    it('refuses a plan with thousands of entries with a clear message, storing nothing', async () => {
      const current = await getPlan();
      const huge = { ...current.plan, triggers: Array.from({ length: 5000 }, (_, i) => ({ id: `t${i}`, text: `trigger ${i}` })) };
      const r = await put(huge, current.version);
      expect(r.statusCode).toBe(400);
      expect(r.json().error).toMatchObject({ code: 'validation_failed', message: 'The triggers list has more than 50 entries. Please keep the 50 that matter most.' });
      expect((await getPlan()).version).toBe(current.version);
    });

    it('refuses very long text, naming the entry', async () => {
      const current = await getPlan();
      const r = await put(withSign(current.plan, 'x'.repeat(5000)), current.version);
      expect(r.statusCode).toBe(400);
      expect(r.json().error.message).toMatch(/^Physical warning sign \d+ is longer than 500 characters/);
    });

    it('stores HTML and emoji verbatim and returns them as JSON data', async () => {
      const current = await getPlan();
      const html = '<script>alert("x")</script><img src=x onerror=alert(1)> 😢 ünïcödé';
      const r = await put(withSign(current.plan, html, 'sign-html'), current.version);
      expect(r.statusCode).toBe(201);
      const read = await shared.t.app.inject({ method: 'GET', url: '/api/plan', headers: shared.me.headers });
      expect(read.headers['content-type']).toMatch(/^application\/json/);
      expect(read.json().plan.warningSigns.physical).toContainEqual({ id: 'sign-html', text: html });
    });

    it('accepts a plan in the older schema from an out-of-date offline app, upgraded', async () => {
      const current = await getPlan();
      const r = await put({ schemaVersion: 1, copingStrategies: ['Call my sister'], helpers: [{ name: 'Ana', phone: '555 0101' }] }, current.version);
      expect(r.statusCode).toBe(201);
      expect(r.json().plan.supportContacts[0]).toMatchObject({ name: 'Ana', phone: '555 0101' });
    });

    it('keeps plan content encrypted in the database file', async () => {
      const current = await getPlan();
      const marker = `unmistakable-marker-${randomUUID()}`;
      expect((await put(withSign(current.plan, marker), current.version)).statusCode).toBe(201);
      const bytes = await shared.t.storedText();
      // Control: plain columns (the email) are visible in these bytes, so the check can fail.
      expect(bytes).toContain(shared.me.user.email);
      expect(bytes).not.toContain(marker);
    });

    it("keeps one person's plan away from another", async () => {
      const other = await shared.t.signUp();
      const theirs = await getPlan(other);
      expect(theirs.version).toBe(1);
      expect(JSON.stringify(theirs.plan)).not.toContain('sign-sleep');
    });

    it('includes the plan and its history in the data export', async () => {
      const r = await shared.t.app.inject({ method: 'GET', url: '/api/me/export', headers: shared.me.headers });
      const doc = r.json();
      expect(doc.plan.current.version).toBe((await getPlan()).version);
      expect(doc.plan.versions.length).toBe(doc.plan.current.version);
    });
  });

  describe('crisis card', () => {
    it('is a PDF with the crisis lines of the default region (US)', async () => {
      const who = await shared.t.signUp();
      const r = await shared.t.app.inject({ method: 'GET', url: '/api/plan/card.pdf', headers: who.headers });
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toBe('application/pdf');
      expect(r.headers['cache-control']).toBe('no-store');
      expect(r.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfDrawnText(r.rawPayload);
      expect(text).toContain('988 Suicide & Crisis Lifeline: Call 988');
      expect(text).toContain('Emergency: call 911');
      expect(text).toContain('MY CRISIS CARD');
    });

    it("follows the region setting and prints the person's own entries", async () => {
      const who = await shared.t.signUp();
      expect((await shared.t.app.inject({ method: 'PUT', url: '/api/settings', headers: who.headers, payload: { region: 'GB' } })).statusCode).toBe(200);
      const current = await getPlan(who);
      const plan = withSign(current.plan, 'Pacing at night');
      plan.supportContacts = [{ id: 'c1', name: 'Priya', phone: '07700 900123', agreement: { whenReachable: 'any time' } }];
      expect((await put(plan, current.version, randomUUID(), who)).statusCode).toBe(201);

      for (const format of ['wallet', 'page']) {
        const r = await shared.t.app.inject({ method: 'GET', url: `/api/plan/card.pdf?format=${format}`, headers: who.headers });
        expect(r.statusCode).toBe(200);
        const text = pdfDrawnText(r.rawPayload);
        expect(text).toContain('Samaritans: Call 116 123');
        expect(text).toContain('Emergency: call 999');
        expect(text).toContain('Pacing at night');
        expect(text).toContain('Priya');
        expect(text).not.toContain('988');
      }
    });

    it('prints HTML in entries as plain characters, not markup, and survives emoji', async () => {
      const who = await shared.t.signUp();
      const current = await getPlan(who);
      const plan = withSign(current.plan, '<script>alert("x")</script> 😢 ünïcödé');
      expect((await put(plan, current.version, randomUUID(), who)).statusCode).toBe(201);
      for (const format of ['wallet', 'page']) {
        const text = pdfDrawnText((await shared.t.app.inject({ method: 'GET', url: `/api/plan/card.pdf?format=${format}`, headers: who.headers })).rawPayload);
        expect(text).toContain('<script>alert("x")</script> ünïcödé');
      }
      expect((await shared.t.app.inject({ method: 'GET', url: '/api/plan/card.png', headers: who.headers })).statusCode).toBe(200);
    });

    it('refuses an unknown format', async () => {
      expect((await shared.t.app.inject({ method: 'GET', url: '/api/plan/card.pdf?format=poster', headers: shared.me.headers })).statusCode).toBe(400);
    });

    it('is also a lock-screen PNG', async () => {
      const r = await shared.t.app.inject({ method: 'GET', url: '/api/plan/card.png', headers: shared.me.headers });
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toBe('image/png');
      const png = r.rawPayload;
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1170, 2532]);
    });

    it('needs a session', async () => {
      expect((await shared.t.app.inject({ method: 'GET', url: '/api/plan/card.pdf' })).statusCode).toBe(401);
      expect((await shared.t.app.inject({ method: 'GET', url: '/api/plan/card.png' })).statusCode).toBe(401);
    });
  });
});
