import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, TEST_ORIGIN, type TestApp } from '../../test/helpers';

describe.each(dialects)('export and erasure on %s', (dialect) => {
  let t: TestApp;
  afterEach(async () => {
    await t.close();
  });

  it('exports everything a person wrote, readable, as JSON', async () => {
    t = await createTestApp({ dialect });
    const person = await t.signUp();
    await t.app.inject({ method: 'POST', url: '/api/notes', headers: person.headers, payload: { body: 'bring up the sleep problems' } });
    const response = await t.app.inject({ method: 'GET', url: '/api/me/export', headers: person.headers });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('attachment');
    const document = response.json();
    expect(document.account.email).toBe(person.user.email);
    expect(document.notes[0].body).toBe('bring up the sleep problems');
  });

  it('erases the account and every row that belongs to it, only with the password', async () => {
    t = await createTestApp({ dialect });
    const person = await t.signUp();
    const other = await t.signUp();
    await t.app.inject({ method: 'POST', url: '/api/notes', headers: person.headers, payload: { body: 'mine' } });
    await t.app.inject({ method: 'POST', url: '/api/notes', headers: other.headers, payload: { body: 'theirs' } });

    const wrong = await t.app.inject({ method: 'DELETE', url: '/api/me', headers: person.headers, payload: { password: 'not my password' } });
    expect(wrong.statusCode).toBe(403);

    const erased = await t.app.inject({ method: 'DELETE', url: '/api/me', headers: person.headers, payload: { password: person.password } });
    expect(erased.statusCode).toBe(204);
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { origin: TEST_ORIGIN }, payload: { email: person.user.email, password: person.password } });
    expect(login.statusCode).toBe(401);

    // Every table with a user_id column (features added later included) holds nothing of theirs.
    const tables = await t.ctx.db.introspection.getTables();
    for (const table of tables.filter((tb) => tb.columns.some((c) => c.name === 'user_id'))) {
      const rows = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table.name)} where user_id = ${person.user.id}`.execute(t.ctx.db);
      expect({ table: table.name, n: Number(rows.rows[0]!.n) }).toEqual({ table: table.name, n: 0 });
    }
    const theirs = await t.app.inject({ method: 'GET', url: '/api/notes', headers: other.headers });
    expect(theirs.json().notes).toHaveLength(1);
  });
});
