// The ordered, append-only list of migrations. Never edit or reorder an entry that has
// shipped: add a new one at the end. Names are `<yyyymmddhhmm>-<what>`.
import type { Migration } from 'kysely';
import * as createUsers from './202612031600-create-users';
import * as createSessions from './202612031601-create-sessions';
import * as createUserKeys from './202612031602-create-user-keys';
import * as createNotes from './202612031603-create-notes';
import * as createPlanVersions from './202612031700-create-plan-versions';
import * as createUserSettings from './202612031701-create-user-settings';
import * as createEpisodes from './202612031702-create-episodes';

import * as createChatConversations from './202612032000-create-chat-conversations';
import * as createChatMessages from './202612032001-create-chat-messages';
import * as createCompanionMemory from './202612032002-create-companion-memory';
import * as createCrisisReferrals from './202612032003-create-crisis-referrals';
import * as createAsqScreenings from './202612032004-create-asq-screenings';
export const migrations: [string, Migration][] = [
  ['202612031600-create-users', createUsers],
  ['202612031601-create-sessions', createSessions],
  ['202612031602-create-user-keys', createUserKeys],
  ['202612031603-create-notes', createNotes],
  ['202612031700-create-plan-versions', createPlanVersions],
  ['202612031701-create-user-settings', createUserSettings],
  ['202612031702-create-episodes', createEpisodes],
  ['202612032000-create-chat-conversations', createChatConversations],
  ['202612032001-create-chat-messages', createChatMessages],
  ['202612032002-create-companion-memory', createCompanionMemory],
  ['202612032003-create-crisis-referrals', createCrisisReferrals],
  ['202612032004-create-asq-screenings', createAsqScreenings],
];
