// Runs the append-only migrations in order. Kysely's Migrator records each applied migration;
// we refuse to start when the database has applied a migration this code does not know, or
// in a different order (a database that has diverged from this build), rather than guess.
import { Migrator, sql, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import type { Db } from './db';
import { migrations } from './migrations/index';

class InCodeProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(migrations.map(([name, migration]) => [name, migration]));
  }
}

export class DivergedDatabaseError extends Error {}

export function migrationNames(): string[] {
  return migrations.map(([name]) => name);
}

/** Applies pending migrations; throws DivergedDatabaseError if the applied ones do not match. */
export async function migrateToLatest(db: Db): Promise<{ applied: string[] }> {
  const migrator = new Migrator({ db, provider: new InCodeProvider() });
  const known = migrationNames();
  const existing = await migrator.getMigrations();
  const applied = existing.filter((m) => m.executedAt !== undefined).map((m) => m.name);
  // Kysely lists unknown applied migrations only by failing; check ourselves for a clear message.
  const appliedInDb = await readAppliedNames(db);
  const unknown = appliedInDb.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new DivergedDatabaseError(`the database has migrations this version does not know (${unknown.join(', ')}); it was used by a newer or different build`);
  }
  appliedInDb.forEach((name, index) => {
    if (known[index] !== name) throw new DivergedDatabaseError(`migration order differs at ${name}; refusing to start`);
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${(result.error as Error).message}`);
  }
  return { applied: (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName).filter((n) => !applied.includes(n)) };
}

async function readAppliedNames(db: Db): Promise<string[]> {
  try {
    const result = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
    return result.rows.map((row) => row.name);
  } catch {
    return []; // a fresh database: the table does not exist yet
  }
}
