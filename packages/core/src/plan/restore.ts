// restore(): the one way a stored plan (IndexedDB, the server, an export file) becomes a
// CrisisPlan. It upgrades older schema versions step by step, drops tier steps that can no
// longer work (a kind this app does not know, or an entry that was deleted), keeps fields it
// does not know, and refuses documents from a newer app instead of silently losing data.
// Idea from Excalidraw's restore.ts.
import { planIssuesFrom } from './issues';
import type { PlanIssue } from './issues';
import { PLAN_SCHEMA_VERSION, STRATEGY_KINDS, TIERS, crisisPlanSchema } from './schema';
import type { CrisisPlan } from './schema';
import { upgradeV1 } from './upgrade-v1';

export type RestoreErrorCode = 'not_a_plan' | 'newer_version' | 'invalid';

export type RestoreResult =
  | {
      ok: true;
      plan: CrisisPlan;
      /** The version the document was stored in, when it had to be upgraded. */
      upgradedFrom: number | null;
      /** Things that were dropped on the way, as sentences (for a log or a notice). */
      warnings: string[];
    }
  | { ok: false; error: { code: RestoreErrorCode; message: string; issues: PlanIssue[] } };

type Doc = Record<string, unknown>;

/** Upgrade steps: UPGRADES[n] turns a version-n document into version n+1. */
const UPGRADES: Readonly<Record<number, (doc: Doc) => Doc>> = {
  1: upgradeV1,
};

function isRecord(v: unknown): v is Doc {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function idsIn(list: unknown): Set<string> {
  const ids = new Set<string>();
  if (Array.isArray(list)) for (const e of list) if (isRecord(e) && typeof e.id === 'string') ids.add(e.id);
  return ids;
}

/** Drops tier steps an app of this version could not run. Works on the raw document. */
function pruneTierSteps(doc: Doc, warnings: string[]): Doc {
  if (!isRecord(doc.tiers)) return doc;
  const known = new Set<string>(STRATEGY_KINDS);
  const targets: Record<string, [string, Set<string>]> = {
    coping: ['itemId', idsIn(doc.copingStrategies)],
    distraction: ['itemId', idsIn(doc.distractions)],
    contact: ['contactId', idsIn(doc.supportContacts)],
    professional: ['professionalId', idsIn(doc.professionals)],
  };
  const tiers: Doc = { ...doc.tiers };
  for (const tier of TIERS) {
    const steps = tiers[tier];
    if (!Array.isArray(steps)) continue;
    tiers[tier] = steps.filter((step: unknown) => {
      if (!isRecord(step) || typeof step.kind !== 'string' || !known.has(step.kind)) {
        warnings.push(`Dropped a step of an unknown kind from the ${tier} tier.`);
        return false;
      }
      const target = targets[step.kind];
      if (target && !target[1].has(String(step[target[0]]))) {
        warnings.push(`Dropped a ${tier}-tier step that pointed at a deleted entry.`);
        return false;
      }
      return true;
    });
  }
  return { ...doc, tiers };
}

export function restore(input: unknown): RestoreResult {
  if (!isRecord(input)) {
    return { ok: false, error: { code: 'not_a_plan', message: 'This is not a crisis plan.', issues: [] } };
  }
  // Version 1 documents were written before the field existed on every save.
  const stored = input.schemaVersion ?? 1;
  if (typeof stored !== 'number' || !Number.isInteger(stored) || stored < 1) {
    return { ok: false, error: { code: 'not_a_plan', message: 'This plan has an unreadable version number.', issues: [] } };
  }
  if (stored > PLAN_SCHEMA_VERSION) {
    return {
      ok: false,
      error: { code: 'newer_version', message: 'This plan was saved by a newer version of the app. Please update the app to open it.', issues: [] },
    };
  }

  const warnings: string[] = [];
  let doc: Doc = input;
  try {
    for (let v = stored; v < PLAN_SCHEMA_VERSION; v++) {
      const step = UPGRADES[v];
      if (!step) throw new Error(`no upgrade from plan version ${v}`);
      doc = step(doc);
    }
  } catch {
    return { ok: false, error: { code: 'invalid', message: `This plan (version ${stored}) could not be upgraded.`, issues: [] } };
  }
  doc = pruneTierSteps(doc, warnings);

  const parsed = crisisPlanSchema.safeParse(doc);
  if (!parsed.success) {
    const issues = planIssuesFrom(parsed.error);
    return { ok: false, error: { code: 'invalid', message: issues[0]?.message ?? 'This plan is not valid.', issues } };
  }
  return { ok: true, plan: parsed.data, upgradedFrom: stored === PLAN_SCHEMA_VERSION ? null : stored, warnings };
}
