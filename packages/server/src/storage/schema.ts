// Kysely table types. Columns are portable across SQLite and PostgreSQL: ids and times are
// text (UUIDs made in code, ISO-8601 UTC), encrypted values are text (`Sealed`), booleans are
// integers 0/1. Features add their tables here.
import type { Sealed } from '../crypto/sealed';

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  role: 'client' | 'therapist';
  created_at: string;
}

export interface SessionsTable {
  /** sha256 of the cookie value: a database leak does not yield usable sessions. */
  id_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface UserKeysTable {
  user_id: string;
  /** Which server key wrapped this data key. */
  server_key_id: string;
  wrapped_key: string;
  created_at: string;
  rotated_at: string | null;
}

/** A plain-text canary table used by tests to prove notes are sealed; also the first feature's shape. */
export interface NotesTable {
  id: string;
  user_id: string;
  body: Sealed;
  created_at: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  user_keys: UserKeysTable;
  notes: NotesTable;
}
