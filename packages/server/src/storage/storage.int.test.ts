// The storage suite: runs on SQLite always and on PostgreSQL when TEST_DATABASE_URL is set.
import fs from 'node:fs';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../test/helpers';
import { migrateToLatest, migrationNames, DivergedDatabaseError } from './migrator';
import { configSchema } from '../config';
import { rotateServerKeys } from '../crypto/rotate';
import { KeyService } from '../crypto/key-service';
import { loadOrCreateKeyFile } from '../crypto/server-keys';
import { openDatabase } from './db';

describe.each(dialects)('storage on %s', (dialect) => {
  let t: TestApp;
  afterEach(async () => {
    await t?.close();
  });

  it('applies every migration once and is a no-op the second time', async () => {
    t = await createTestApp({ dialect });
    const again = await migrateToLatest(t.ctx.db);
    expect(again.applied).toEqual([]);
    const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(t.ctx.db);
    expect(rows.rows.map((r) => r.name)).toEqual(migrationNames());
  });

  it('refuses to start on a database that has diverged', async () => {
    t = await createTestApp({ dialect });
    await sql`insert into kysely_migration (name, timestamp) values (${'209901010000-from-another-build'}, ${new Date().toISOString()})`.execute(t.ctx.db);
    await expect(migrateToLatest(t.ctx.db)).rejects.toBeInstanceOf(DivergedDatabaseError);
  });

  it('keeps notes encrypted: the text never reaches the database', async () => {
    t = await createTestApp({ dialect });
    const person = await t.signUp();
    const secret = 'Canary: I argued with Jordan and felt awful';
    const created = await t.app.inject({ method: 'POST', url: '/api/notes', headers: person.headers, payload: { body: secret } });
    expect(created.statusCode).toBe(201);
    const listed = await t.app.inject({ method: 'GET', url: '/api/notes', headers: person.headers });
    expect(listed.json().notes[0].body).toBe(secret);

    const stored = await t.ctx.db.selectFrom('notes').select('body').execute();
    expect(stored[0]!.body).not.toContain('Jordan');
    if (t.sqliteFile) {
      await sql`pragma wal_checkpoint(TRUNCATE)`.execute(t.ctx.db);
      for (const file of [t.sqliteFile, `${t.sqliteFile}-wal`]) {
        if (fs.existsSync(file)) expect(fs.readFileSync(file).includes(Buffer.from('Jordan'))).toBe(false);
      }
    }
  });

  it("never shows one person's notes to another", async () => {
    t = await createTestApp({ dialect });
    const a = await t.signUp();
    const b = await t.signUp();
    await t.app.inject({ method: 'POST', url: '/api/notes', headers: a.headers, payload: { body: 'only for a' } });
    const listed = await t.app.inject({ method: 'GET', url: '/api/notes', headers: b.headers });
    expect(listed.json().notes).toEqual([]);
  });

  it('does not store half an account when sign-up fails midway', async () => {
    t = await createTestApp({ dialect });
    const before = await t.ctx.db.selectFrom('users').select('id').execute();
    const failing = Object.create(t.ctx.keys) as KeyService;
    failing.createUserKey = async () => {
      throw new Error('disk full');
    };
    const { createUser } = await import('../auth/users.store');
    await expect(createUser({ ...t.ctx, keys: failing }, { email: 'half@example.org', password: 'a calm river at night', role: 'client' })).rejects.toThrow('disk full');
    const after = await t.ctx.db.selectFrom('users').select('id').execute();
    expect(after).toHaveLength(before.length);
  });
});

describe('server key rotation (embedded key file)', () => {
  it('re-wraps data keys so data stays readable under the new key only', async () => {
    const t = await createTestApp();
    const config = configSchema.parse({ dataDir: t.dataDir, logLevel: 'silent' });
    // Re-create the person's key under the file-based keyring the CLI uses.
    const fileKeys = loadOrCreateKeyFile(t.dataDir);
    const keys = new KeyService(t.ctx.db, fileKeys);
    await t.ctx.db.insertInto('users').values({ id: 'u1', email: 'u1@example.org', password_hash: 'x', role: 'client', created_at: new Date().toISOString() }).execute();
    await keys.createUserKey('u1');
    const sealed = (await keys.forUser('u1')).seal('stays readable');
    await t.app.close();
    await t.ctx.db.destroy();

    const result = await rotateServerKeys(config);
    expect(result.rewrapped).toBeGreaterThanOrEqual(1);
    const newKeys = loadOrCreateKeyFile(t.dataDir);
    expect(newKeys).toHaveLength(1);
    expect(newKeys[0]!.id).not.toBe(fileKeys[0]!.id);
    const reopened = openDatabase(config);
    expect((await new KeyService(reopened.db, newKeys).forUser('u1')).open(sealed)).toBe('stays readable');
    await expect(new KeyService(reopened.db, fileKeys).forUser('u1')).rejects.toThrow(/not configured/);
    await reopened.db.destroy();
    fs.rmSync(t.dataDir, { recursive: true, force: true });
  });
});
