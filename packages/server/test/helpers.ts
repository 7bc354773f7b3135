// Test harness: a real app on a real database (a temp SQLite file, or a fresh PostgreSQL
// schema when TEST_DATABASE_URL is set and the postgres dialect is asked for).
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { buildApp } from '../src/app';
import { configSchema, type Config } from '../src/config';
import { systemClock, type AppContext } from '../src/context';
import { KeyService } from '../src/crypto/key-service';
import { keyFromBase64 } from '../src/crypto/server-keys';
import { openDatabase, SQLITE_FILE, type Dialect } from '../src/storage/db';
import { migrateToLatest } from '../src/storage/migrator';
import type { App } from '../src/types';
import type { Clock } from '@kinbridge/core';

export const TEST_ORIGIN = 'http://localhost:80';
export const dialects: Dialect[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestApp {
  app: App;
  ctx: AppContext;
  dataDir: string;
  /** The SQLite file, for tests that look at raw bytes on disk. */
  sqliteFile: string | undefined;
  close(): Promise<void>;
  signUp(opts?: { email?: string; password?: string; role?: 'client' | 'therapist' }): Promise<SignedUp>;
  /** Everything the database keeps, as text: the SQLite file and its WAL, or every PostgreSQL row. */
  storedText(): Promise<string>;
}

export interface SignedUp {
  user: { id: string; email: string; role: 'client' | 'therapist' };
  cookie: string;
  password: string;
  /** Cookie plus a same-origin Origin header: what a browser on the app would send. */
  headers: Record<string, string>;
}

/** Makes a PostgreSQL URL whose connections use a brand-new schema. */
async function freshPostgresSchema(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    },
  };
}

export async function createTestApp(options: { dialect?: Dialect; config?: Partial<Config>; clock?: Clock; logStream?: NodeJS.WritableStream } = {}): Promise<TestApp> {
  const dialect = options.dialect ?? 'sqlite';
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinbridge-test-'));
  const pgSchema = dialect === 'postgres' ? await freshPostgresSchema(requiredEnv('TEST_DATABASE_URL')) : undefined;
  const config: Config = {
    ...configSchema.parse({ dataDir, logLevel: 'silent', authRateLimit: 10_000 }),
    ...(pgSchema ? { databaseUrl: pgSchema.url } : {}),
    ...options.config,
  };
  const opened = openDatabase(config);
  await migrateToLatest(opened.db);
  const keys = new KeyService(opened.db, [keyFromBase64(randomBytes(32).toString('base64'))]);
  const ctx: AppContext = { config, db: opened.db, dialect: opened.dialect, keys, clock: options.clock ?? systemClock };
  const app = await buildApp(ctx, options.logStream ? { logStream: options.logStream } : {});
  await app.ready();

  return {
    app,
    ctx,
    dataDir,
    sqliteFile: dialect === 'sqlite' ? path.join(dataDir, SQLITE_FILE) : undefined,
    async close() {
      await app.close();
      await opened.db.destroy();
      await pgSchema?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
    async storedText() {
      if (dialect === 'sqlite') {
        const file = path.join(dataDir, SQLITE_FILE);
        return [file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f).toString('latin1')).join('');
      }
      const tables = await opened.db.introspection.getTables();
      const parts: string[] = [];
      for (const table of tables) {
        const rows = await sql<{ row: string }>`select row_to_json(t)::text as row from ${sql.table(table.name)} t`.execute(opened.db);
        parts.push(...rows.rows.map((r) => r.row));
      }
      return parts.join('\n');
    },
    async signUp(opts = {}) {
      const email = opts.email ?? `person-${randomUUID()}@example.org`;
      const password = opts.password ?? 'a calm river at night';
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/register',
        headers: { origin: TEST_ORIGIN },
        payload: { email, password, role: opts.role ?? 'client' },
      });
      if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
      const cookie = sessionCookieFrom(response.headers['set-cookie']);
      return { user: response.json(), cookie, password, headers: { cookie, origin: TEST_ORIGIN } };
    },
  };
}

export function sessionCookieFrom(header: string | string[] | undefined): string {
  const all = Array.isArray(header) ? header : header ? [header] : [];
  const session = all.find((c) => c.startsWith('kb_session='));
  if (!session) throw new Error('no session cookie was set');
  return session.split(';')[0]!;
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

