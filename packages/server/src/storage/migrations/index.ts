// The ordered, append-only list of migrations. Never edit or reorder an entry that has
// shipped: add a new one at the end. Names are `<yyyymmddhhmm>-<what>`.
import type { Migration } from 'kysely';
import * as createUsers from './202612031600-create-users';
import * as createSessions from './202612031601-create-sessions';
import * as createUserKeys from './202612031602-create-user-keys';
import * as createNotes from './202612031603-create-notes';

export const migrations: [string, Migration][] = [
  ['202612031600-create-users', createUsers],
  ['202612031601-create-sessions', createSessions],
  ['202612031602-create-user-keys', createUserKeys],
  ['202612031603-create-notes', createNotes],
];
