// Recognises "this key already exists" from either database, so a lost race on an insert
// (two saves of the same version, a resent episode) can be answered calmly instead of a 500.
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  // PostgreSQL: 23505 unique_violation. better-sqlite3: SQLITE_CONSTRAINT_PRIMARYKEY / _UNIQUE.
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
