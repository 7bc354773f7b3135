// What a careless or hostile client sees: clear JSON errors, never a stack trace, and a
// server that keeps answering.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_ORIGIN, type TestApp } from '../../test/helpers';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('HTTP edge', () => {
  it('answers health checks', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', database: 'sqlite' });
  });

  it('sends default-deny security headers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('rejects malformed JSON with 400', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json', origin: TEST_ORIGIN }, payload: '{"email": "a@b.c",' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: { code: 'bad_request', message: expect.stringContaining('not valid JSON') } });
  });

  it('rejects a 2 MB body with 413', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json', origin: TEST_ORIGIN }, payload: JSON.stringify({ email: 'x'.repeat(2 * 1024 * 1024) }) });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload_too_large');
  });

  it('names the missing or wrongly typed field', async () => {
    const missing = await t.app.inject({ method: 'POST', url: '/api/auth/register', headers: { origin: TEST_ORIGIN }, payload: { password: 'a calm river at night' } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({ code: 'validation_failed', message: expect.stringContaining('email') });
    const wrongType = await t.app.inject({ method: 'POST', url: '/api/auth/register', headers: { origin: TEST_ORIGIN }, payload: { email: 'x@example.org', password: 12345678901 } });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.message).toContain('password');
  });

  it('treats SQL-ish and unicode input as plain data', async () => {
    const sqlish = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { origin: TEST_ORIGIN }, payload: { email: "' OR 1=1; DROP TABLE users; --", password: "' OR '1'='1' --xx" } });
    expect(sqlish.statusCode).toBe(401);
    const person = await t.signUp({ email: 'zoë.ñandú@example.org' });
    expect(person.user.email).toBe('zoë.ñandú@example.org');
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
  });

  it('refuses state-changing requests from another origin with 403', async () => {
    const person = await t.signUp();
    const response = await t.app.inject({ method: 'POST', url: '/api/notes', headers: { cookie: person.cookie, origin: 'https://evil.example' }, payload: { body: 'hello' } });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    const fetchSite = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: person.cookie, 'sec-fetch-site': 'cross-site' } });
    expect(fetchSite.statusCode).toBe(403);
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/nope' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });

  it('serves the OpenAPI description at /docs', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/docs/json' });
    expect(response.statusCode).toBe(200);
    expect(response.json().paths).toHaveProperty('/api/auth/register');
  });
});
