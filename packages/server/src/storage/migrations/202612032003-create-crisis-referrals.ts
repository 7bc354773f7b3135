import type { Kysely } from 'kysely';

// Each time crisis lines were shown to a person, for reporting (REFERENCE.md: log each referral
// shown, count and time, no content). ASQ screening results live in their own table, sealed.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was then
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('crisis_referrals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('shown_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('crisis_referrals_shown_at').on('crisis_referrals').column('shown_at').execute();
}
