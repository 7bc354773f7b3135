// HTTP shapes for the plan routes. Request bodies reuse core's schemas; responses are declared
// so the OpenAPI page at /docs documents them (and the serializer drops nothing a client needs).
import { PLAN_AUTHOR_ROLES, TIERS, crisisPlanSchema } from '@kinbridge/core';
import { z } from 'zod';

export const planAuthorResponse = z.object({ id: z.string(), role: z.enum(PLAN_AUTHOR_ROLES) });

const versionMeta = {
  version: z.number().int(),
  author: planAuthorResponse,
  createdAt: z.string(),
  basedOnVersion: z.number().int().nullable(),
  origin: z.enum(['starter', 'edit', 'restore']),
};

export const planVersionResponse = z.object({ ...versionMeta, plan: crisisPlanSchema });

export const planConflictResponse = z.object({
  error: z.object({ code: z.literal('conflict'), message: z.string() }),
  current: planVersionResponse,
});

export const planVersionSummaryResponse = z.object({ ...versionMeta, changeCount: z.number().int(), summary: z.array(z.string()) });

export const planVersionsResponse = z.object({
  versions: z.array(planVersionSummaryResponse),
  /** Pass as ?before= to get older versions; null when there are none. */
  nextBefore: z.number().int().nullable(),
});

export const planChangeResponse = z.object({
  section: z.string(),
  change: z.enum(['added', 'removed', 'changed', 'moved', 'reordered']),
  itemId: z.string().optional(),
  tier: z.enum(TIERS).optional(),
  message: z.string(),
});

export const planDiffResponse = z.object({ version: z.number().int(), comparedTo: z.number().int().nullable(), changes: z.array(planChangeResponse) });

export const versionParams = z.object({ n: z.coerce.number().int().min(1) });

export const versionsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  before: z.coerce.number().int().min(1).optional(),
});

export const cardQuery = z.object({ format: z.enum(['wallet', 'page']).default('wallet') });
