import type { Kysely } from 'kysely';

// Every save of a crisis plan is a row; rows are never updated. The plan itself is sealed.
// client_change_id makes a resent save (offline outbox) land once; NULLs do not collide.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was then
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('plan_versions')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('plan', 'text', (c) => c.notNull())
    .addColumn('schema_version', 'integer', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('author_role', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('based_on_version', 'integer')
    .addColumn('client_change_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_versions_pk', ['user_id', 'version'])
    .execute();
  await db.schema.createIndex('plan_versions_change_id').on('plan_versions').columns(['user_id', 'client_change_id']).unique().execute();
}
