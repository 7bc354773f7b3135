// Three-way merge of plan versions, for a save that came back 409 (an offline edit synced after
// a therapist's edit, two devices). `base` is the version the edit started from, `mine` the
// edit, `theirs` the current version. Entries are matched by id, tier steps by key:
//   - an entry only one side changed takes that side's change;
//   - an entry both sides changed differently takes mine (the person saving is looking at it)
//     and is reported as a conflict;
//   - an entry deleted on one side and edited on the other is kept (with the edit): deleting
//     a way to get help must never happen by accident;
//   - entries added on either side are all kept, mine after theirs.
// The result has no dangling tier steps. Idea: the usual diff3 rule, per entry instead of per line.
import { pruneDanglingRefs } from './edit';
import { WARNING_SIGN_GROUPS } from './schema';
import { TIERS } from './tier-names';
import type { CrisisPlan, StrategyRef } from './schema';
import { strategyKey } from './tiers';

export interface PlanMergeResult {
  plan: CrisisPlan;
  /** Plain sentences about entries both sides changed; mine was kept. Empty when clean. */
  conflicts: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function mergeList<T>(base: readonly T[], mine: readonly T[], theirs: readonly T[], key: (t: T) => string, describe: (t: T) => string, conflicts: string[]): T[] {
  const baseBy = new Map(base.map((e) => [key(e), e]));
  const mineBy = new Map(mine.map((e) => [key(e), e]));
  const out: T[] = [];
  const seen = new Set<string>();
  for (const t of theirs) {
    const k = key(t);
    seen.add(k);
    const b = baseBy.get(k);
    const m = mineBy.get(k);
    if (b === undefined) {
      // Added by them (or by both: mine wins if different).
      if (m !== undefined && !same(m, t)) conflicts.push(`Both versions added ${describe(m)}; kept yours.`);
      out.push(m ?? t);
      continue;
    }
    const theyChanged = !same(b, t);
    if (m === undefined) {
      // I deleted it; keep it only if they changed it meanwhile.
      if (theyChanged) {
        conflicts.push(`You removed ${describe(b)} but it was changed in the other version; it was kept.`);
        out.push(t);
      }
      continue;
    }
    const iChanged = !same(b, m);
    if (iChanged && theyChanged && !same(m, t)) conflicts.push(`Both versions changed ${describe(m)}; kept yours.`);
    out.push(iChanged ? m : t);
  }
  for (const m of mine) {
    const k = key(m);
    if (seen.has(k)) continue;
    const b = baseBy.get(k);
    if (b === undefined) {
      out.push(m); // added by me
    } else if (!same(b, m)) {
      // They deleted it, I edited it: keep my edit.
      conflicts.push(`${describe(m)} was removed in the other version but you changed it; it was kept.`);
      out.push(m);
    }
  }
  return out;
}

const byId = (e: { id: string }) => e.id;
const quoted = (label: string) => (e: { text?: string; name?: string }) => `${label} '${e.text ?? e.name ?? ''}'`;

export function mergePlans(base: CrisisPlan, mine: CrisisPlan, theirs: CrisisPlan): PlanMergeResult {
  const conflicts: string[] = [];
  const list = <T extends { id: string; text?: string; name?: string }>(pick: (p: CrisisPlan) => T[], label: string) =>
    mergeList(pick(base), pick(mine), pick(theirs), byId, quoted(label), conflicts);

  const warningSigns = { ...theirs.warningSigns };
  for (const g of WARNING_SIGN_GROUPS) warningSigns[g] = list((p) => p.warningSigns[g], 'warning sign');

  const tiers = { ...theirs.tiers };
  for (const t of TIERS) {
    tiers[t] = mergeList<StrategyRef>(base.tiers[t], mine.tiers[t], theirs.tiers[t], strategyKey, (r) => `the ${t}-tier step ${strategyKey(r)}`, conflicts);
  }

  // Fields this app does not know: take mine where I changed them, else theirs.
  const extra: Record<string, unknown> = {};
  for (const k of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    extra[k] = same((base as Record<string, unknown>)[k], (mine as Record<string, unknown>)[k]) ? (theirs as Record<string, unknown>)[k] : (mine as Record<string, unknown>)[k];
  }

  const merged: CrisisPlan = {
    ...(extra as CrisisPlan),
    schemaVersion: theirs.schemaVersion,
    triggers: list((p) => p.triggers, 'trigger'),
    warningSigns,
    copingStrategies: list((p) => p.copingStrategies, 'coping strategy'),
    distractions: list((p) => p.distractions, 'person or place'),
    supportContacts: list((p) => p.supportContacts, 'person to ask for help'),
    professionals: list((p) => p.professionals, 'professional'),
    safeEnvironment: list((p) => p.safeEnvironment, 'safe-environment step'),
    reasonsForLiving: list((p) => p.reasonsForLiving, 'reason for living'),
    comfortBox: list((p) => p.comfortBox, 'comfort-box item'),
    tiers,
  };
  return { plan: pruneDanglingRefs(merged), conflicts };
}
