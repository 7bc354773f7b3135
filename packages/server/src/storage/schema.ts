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

/** One row per saved crisis-plan version (never updated). */
export interface PlanVersionsTable {
  user_id: string;
  version: number;
  /** The plan document, sealed JSON. */
  plan: Sealed;
  schema_version: number;
  author_id: string;
  author_role: 'client' | 'therapist';
  origin: 'starter' | 'edit' | 'restore';
  based_on_version: number | null;
  client_change_id: string | null;
  created_at: string;
}

export interface UserSettingsTable {
  user_id: string;
  /** ISO 3166-1 alpha-2 region code; picks crisis lines. Not secret. */
  region: string;
  updated_at: string;
}

/** SOS episodes, keyed by the device-made UUID. */
export interface EpisodesTable {
  id: string;
  user_id: string;
  started_at: string;
  ended_at: string | null;
  /** The episode without its note, sealed JSON. */
  body: Sealed;
  note: Sealed | null;
  created_at: string;
  updated_at: string;
}

/** One companion conversation per person; its state is sealed JSON. */
export interface ChatConversationsTable {
  user_id: string;
  state: Sealed;
  created_at: string;
  updated_at: string;
}

/** Companion conversation history; text and details sealed. */
export interface ChatMessagesTable {
  id: string;
  user_id: string;
  /** Order within the person's conversation, from 1. */
  seq: number;
  role: 'person' | 'companion';
  body: Sealed;
  /** Sealed JSON: flow, risk, crisis lines and buttons shown with a companion reply. */
  meta: Sealed | null;
  created_at: string;
}

/** What the companion remembers; the item is sealed JSON, `at` is when it happened. */
export interface CompanionMemoryTable {
  id: string;
  user_id: string;
  body: Sealed;
  at: string;
  created_at: string;
}

/** Each time crisis lines were shown (no content), for reporting. */
export interface CrisisReferralsTable {
  id: string;
  user_id: string;
  source: 'companion';
  shown_at: string;
}

/** ASQ screenings run by the companion; answers and result sealed. */
export interface AsqScreeningsTable {
  id: string;
  user_id: string;
  body: Sealed;
  at: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  user_keys: UserKeysTable;
  notes: NotesTable;
  plan_versions: PlanVersionsTable;
  user_settings: UserSettingsTable;
  episodes: EpisodesTable;
  chat_conversations: ChatConversationsTable;
  chat_messages: ChatMessagesTable;
  companion_memory: CompanionMemoryTable;
  crisis_referrals: CrisisReferralsTable;
  asq_screenings: AsqScreeningsTable;
}
