import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, sessionCookieFrom, TEST_ORIGIN, type TestApp } from '../../test/helpers';
import type { Clock, EpochMs } from '@kinbridge/core';

describe.each(dialects)('accounts and sessions on %s', (dialect) => {
  let t: TestApp;
  afterEach(async () => {
    await t.close();
  });

  it('signs up, knows who you are, logs out and back in', async () => {
    t = await createTestApp({ dialect });
    const person = await t.signUp({ email: 'Robin@Example.org' });
    expect(person.user).toMatchObject({ email: 'robin@example.org', role: 'client' });
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: person.cookie } });
    expect(me.json()).toEqual(person.user);

    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: person.headers });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: person.cookie } });
    expect(after.statusCode).toBe(401);

    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { origin: TEST_ORIGIN }, payload: { email: 'robin@example.org', password: person.password } });
    expect(login.statusCode).toBe(200);
    const cookie = login.headers['set-cookie'];
    expect(String(cookie)).toMatch(/HttpOnly/i);
    expect(String(cookie)).toMatch(/SameSite=Lax/i);
    const again = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: sessionCookieFrom(cookie) } });
    expect(again.statusCode).toBe(200);
  });

  it('lets a therapist choose the role at sign-up', async () => {
    t = await createTestApp({ dialect });
    const therapist = await t.signUp({ role: 'therapist' });
    expect(therapist.user.role).toBe('therapist');
  });

  it('answers the same for an unknown email and a wrong password', async () => {
    t = await createTestApp({ dialect });
    const person = await t.signUp();
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { origin: TEST_ORIGIN }, payload: { email: person.user.email, password: 'not the right one' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { origin: TEST_ORIGIN }, payload: { email: 'nobody@example.org', password: 'not the right one' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.body).toBe(unknown.body);
  });

  it('refuses a duplicate email and weak passwords with clear messages', async () => {
    t = await createTestApp({ dialect });
    await t.signUp({ email: 'sam@example.org' });
    const duplicate = await t.app.inject({ method: 'POST', url: '/api/auth/register', headers: { origin: TEST_ORIGIN }, payload: { email: 'SAM@example.org', password: 'another long password' } });
    expect(duplicate.statusCode).toBe(409);
    const common = await t.app.inject({ method: 'POST', url: '/api/auth/register', headers: { origin: TEST_ORIGIN }, payload: { email: 'new@example.org', password: 'password123' } });
    expect(common.statusCode).toBe(400);
    expect(common.json().error.message).toMatch(/too common/);
    const short = await t.app.inject({ method: 'POST', url: '/api/auth/register', headers: { origin: TEST_ORIGIN }, payload: { email: 'new@example.org', password: 'short' } });
    expect(short.json().error.message).toMatch(/at least 10/);
  });

  it('expires sessions after their lifetime', async () => {
    let now = Date.parse('2026-12-01T10:00:00Z');
    const clock: Clock = { now: () => now as EpochMs };
    t = await createTestApp({ dialect, clock, config: { sessionTtlHours: 1 } });
    const person = await t.signUp();
    now += 59 * 60_000;
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: person.cookie } })).statusCode).toBe(200);
    now += 2 * 60_000;
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: person.cookie } })).statusCode).toBe(401);
  });

  it('stores only a hash of the session id', async () => {
    t = await createTestApp({ dialect });
    const person = await t.signUp();
    const token = person.cookie.split('=')[1]!;
    const rows = await t.ctx.db.selectFrom('sessions').select('id_hash').execute();
    expect(rows.some((r) => r.id_hash === token)).toBe(false);
    expect(rows).toHaveLength(1);
  });
});

describe('rate limits', () => {
  it('slows down repeated log-in attempts', async () => {
    const t = await createTestApp({ config: { authRateLimit: 3 } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const r = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { origin: TEST_ORIGIN }, payload: { email: 'x@example.org', password: 'whatever it is' } });
      statuses.push(r.statusCode);
    }
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses[4]).toBe(429);
    await t.close();
  });
});
