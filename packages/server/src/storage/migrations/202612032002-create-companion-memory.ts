import type { Kysely } from 'kysely';

// What the companion remembers about a person (what helped and when, what not to suggest,
// triggers...). The item is sealed; its date stays plain for ordering.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was then
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('companion_memory')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('companion_memory_user_at').on('companion_memory').columns(['user_id', 'at']).execute();
}
