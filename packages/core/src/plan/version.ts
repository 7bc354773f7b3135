// Plan versions. Every save makes a new immutable version with its author and the version it
// was based on. basedOnVersion is optimistic concurrency: the server accepts a save only when
// it is based on the current version, so a therapist and a client editing at once (or a
// phone syncing an offline edit late) cannot silently overwrite each other; the loser gets a
// conflict with the current version and can merge. clientChangeId makes a retried save (the
// outbox resending after a lost response) land once.
import { z } from 'zod';
import type { IsoDateTime } from '../time';
import type { CrisisPlan } from './schema';
import type { PlanChange } from './diff';

export const PLAN_AUTHOR_ROLES = ['client', 'therapist'] as const;
export type PlanAuthorRole = (typeof PLAN_AUTHOR_ROLES)[number];

export interface PlanAuthor {
  id: string;
  role: PlanAuthorRole;
}

/** Why a version exists: the starter plan, an edit, or bringing back an older version. */
export type PlanVersionOrigin = 'starter' | 'edit' | 'restore';

export interface PlanVersionMeta {
  /** 1, 2, 3… per person. */
  version: number;
  author: PlanAuthor;
  createdAt: IsoDateTime;
  /** The version the author was editing; null for the first version. */
  basedOnVersion: number | null;
  origin: PlanVersionOrigin;
}

export interface PlanVersion extends PlanVersionMeta {
  plan: CrisisPlan;
}

/** One row of the history list. */
export interface PlanVersionSummary extends PlanVersionMeta {
  changeCount: number;
  /** The first few change sentences, for a compact history list. */
  summary: string[];
}

export interface PlanDiff {
  version: number;
  /** The version it is compared with (the previous one), or null for version 1. */
  comparedTo: number | null;
  changes: PlanChange[];
}

/**
 * Body of PUT /api/plan. `plan` is checked by restore() on the server, so an offline client on
 * an older app version can still sync a plan in an older schema.
 */
export const savePlanRequestSchema = z.object({
  plan: z.unknown(),
  basedOnVersion: z.number().int().min(1).nullable(),
  clientChangeId: z.uuid(),
  /** Set when bringing back an older version from the history. */
  origin: z.enum(['edit', 'restore']).optional(),
});

export interface SavePlanRequest {
  plan: CrisisPlan;
  basedOnVersion: number | null;
  /** A UUID made by the client once per change; resending the same change is harmless. */
  clientChangeId: string;
  origin?: 'edit' | 'restore';
}

/** Body of a 409 from PUT /api/plan: the save was based on an old version. */
export interface PlanConflict {
  error: { code: 'conflict'; message: string };
  current: PlanVersion;
}

/** Body of GET /api/plan/versions. */
export interface PlanVersionsResponse {
  versions: PlanVersionSummary[];
  /** Pass as ?before= for older versions; null when there are none. */
  nextBefore: number | null;
}
