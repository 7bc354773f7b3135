// Crisis-plan versions for one person. Versions are append-only rows with the plan sealed;
// the current plan is the highest version. Saves use optimistic concurrency on
// basedOnVersion (see core plan/version.ts) and are idempotent by clientChangeId.
import { restore, starterPlan, toIso, PLAN_SCHEMA_VERSION } from '@kinbridge/core';
import type { CrisisPlan, EpochMs, IsoDateTime, PlanAuthor, PlanVersion, PlanVersionOrigin } from '@kinbridge/core';
import type { UserCipher } from '../crypto/sealed';
import type { Db } from '../storage/db';
import type { PlanVersionsTable } from '../storage/schema';
import { isUniqueViolation } from './unique-violation';

export interface SavePlanInput {
  author: PlanAuthor;
  plan: CrisisPlan;
  basedOnVersion: number | null;
  clientChangeId: string | null;
  origin: PlanVersionOrigin;
  now: EpochMs;
}

export type SavePlanResult =
  /** A new version was stored. */
  | { kind: 'created'; version: PlanVersion }
  /** This clientChangeId was saved before: the version it made, unchanged. */
  | { kind: 'replayed'; version: PlanVersion }
  /** Same content as the current version: nothing stored. */
  | { kind: 'unchanged'; version: PlanVersion }
  /** basedOnVersion is not the current version. */
  | { kind: 'conflict'; current: PlanVersion | null };

type Row = Pick<PlanVersionsTable, 'version' | 'plan' | 'author_id' | 'author_role' | 'origin' | 'based_on_version' | 'created_at'>;
const COLUMNS = ['version', 'plan', 'author_id', 'author_role', 'origin', 'based_on_version', 'created_at'] as const;

/** Deterministic JSON for "is this the same plan?" (key order must not matter). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export class PlanStore {
  constructor(
    private readonly db: Db,
    private readonly cipher: UserCipher,
    private readonly ownerId: string,
  ) {}

  private toVersion(row: Row): PlanVersion {
    const restored = restore(this.cipher.openJson<unknown>(row.plan));
    // Stored plans were valid when written; failing here means a newer build wrote this row.
    if (!restored.ok) throw new Error(`stored plan version ${row.version} cannot be read: ${restored.error.code}`);
    return {
      version: row.version,
      author: { id: row.author_id, role: row.author_role },
      createdAt: row.created_at as IsoDateTime,
      basedOnVersion: row.based_on_version,
      origin: row.origin,
      plan: restored.plan,
    };
  }

  async current(): Promise<PlanVersion | null> {
    const row = await this.db.selectFrom('plan_versions').select(COLUMNS).where('user_id', '=', this.ownerId).orderBy('version', 'desc').limit(1).executeTakeFirst();
    return row ? this.toVersion(row) : null;
  }

  async version(n: number): Promise<PlanVersion | null> {
    const row = await this.db.selectFrom('plan_versions').select(COLUMNS).where('user_id', '=', this.ownerId).where('version', '=', n).executeTakeFirst();
    return row ? this.toVersion(row) : null;
  }

  /** Newest first; `before` pages backwards through older versions. */
  async list(options: { limit: number; before?: number | undefined }): Promise<PlanVersion[]> {
    let q = this.db.selectFrom('plan_versions').select(COLUMNS).where('user_id', '=', this.ownerId);
    if (options.before !== undefined) q = q.where('version', '<', options.before);
    const rows = await q.orderBy('version', 'desc').limit(options.limit).execute();
    return rows.map((r) => this.toVersion(r));
  }

  /** The current plan; on first use, version 1 is the starter plan. */
  async currentOrStarter(author: PlanAuthor, now: EpochMs): Promise<PlanVersion> {
    const existing = await this.current();
    if (existing) return existing;
    const r = await this.save({ author, plan: starterPlan(), basedOnVersion: null, clientChangeId: null, origin: 'starter', now });
    if (r.kind === 'conflict') {
      // Another request created version 1 at the same moment: use theirs.
      const current = await this.current();
      if (current) return current;
      throw new Error('plan creation conflicted but no plan exists');
    }
    return r.version;
  }

  async save(input: SavePlanInput): Promise<SavePlanResult> {
    try {
      return await this.db.transaction().execute(async (trx) => {
        if (input.clientChangeId) {
          const earlier = await trx
            .selectFrom('plan_versions')
            .select(COLUMNS)
            .where('user_id', '=', this.ownerId)
            .where('client_change_id', '=', input.clientChangeId)
            .executeTakeFirst();
          if (earlier) return { kind: 'replayed', version: this.toVersion(earlier) } as const;
        }
        const latestRow = await trx.selectFrom('plan_versions').select(COLUMNS).where('user_id', '=', this.ownerId).orderBy('version', 'desc').limit(1).executeTakeFirst();
        const latest = latestRow ? this.toVersion(latestRow) : null;
        // Saving what is already there changes nothing, whatever it was based on.
        if (latest && canonical(latest.plan) === canonical(input.plan)) return { kind: 'unchanged', version: latest } as const;
        if ((latest?.version ?? null) !== input.basedOnVersion) return { kind: 'conflict', current: latest } as const;

        const version: PlanVersion = {
          version: (latest?.version ?? 0) + 1,
          author: input.author,
          createdAt: toIso(input.now),
          basedOnVersion: latest?.version ?? null,
          origin: input.origin,
          plan: input.plan,
        };
        await trx
          .insertInto('plan_versions')
          .values({
            user_id: this.ownerId,
            version: version.version,
            plan: this.cipher.sealJson(input.plan),
            schema_version: PLAN_SCHEMA_VERSION,
            author_id: input.author.id,
            author_role: input.author.role,
            origin: input.origin,
            based_on_version: version.basedOnVersion,
            client_change_id: input.clientChangeId,
            created_at: version.createdAt,
          })
          .execute();
        return { kind: 'created', version } as const;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Lost a race: either the same change landed from a parallel resend, or someone else
      // took this version number. Answer as if we had arrived second.
      if (input.clientChangeId) {
        const row = await this.db
          .selectFrom('plan_versions')
          .select(COLUMNS)
          .where('user_id', '=', this.ownerId)
          .where('client_change_id', '=', input.clientChangeId)
          .executeTakeFirst();
        if (row) return { kind: 'replayed', version: this.toVersion(row) };
      }
      return { kind: 'conflict', current: await this.current() };
    }
  }
}
