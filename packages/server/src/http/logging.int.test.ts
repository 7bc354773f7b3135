// Logs must never hold health data, emails or passwords, even when a request fails.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createTestApp, TEST_ORIGIN } from '../../test/helpers';

describe('logs', () => {
  it('carry no note text, email address or password', async () => {
    const stream = new PassThrough();
    let logs = '';
    stream.on('data', (chunk: Buffer) => (logs += chunk.toString()));
    const t = await createTestApp({ config: { logLevel: 'trace' }, logStream: stream });
    const person = await t.signUp({ email: 'private.person@example.org', password: 'secret harbour words' });
    await t.app.inject({ method: 'POST', url: '/api/notes', headers: person.headers, payload: { body: 'I had thoughts about hurting myself' } });
    await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { origin: TEST_ORIGIN }, payload: { email: 'private.person@example.org', password: 'wrong secret words' } });
    await t.app.inject({ method: 'POST', url: '/api/notes?topic=hurting', headers: person.headers, payload: '{"body": "broken json about hurting' });
    await t.close();

    expect(logs.length).toBeGreaterThan(0);
    expect(logs).toContain('"statusCode":201');
    for (const secret of ['hurting', 'private.person', 'secret harbour', 'wrong secret', 'kb_session']) expect(logs).not.toContain(secret);
  });
});
