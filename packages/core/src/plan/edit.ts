// Small pure edits the editor needs so a plan stays valid while it is being written: blank rows
// are dropped before saving, and deleting an entry also removes it from every tier.
import { parsePlan } from './issues';
import type { ParsePlanResult } from './issues';
import { TIERS, WARNING_SIGN_GROUPS, refResolves } from './schema';
import type { CrisisPlan, Tiers } from './schema';

const blank = (s: string | undefined) => s === undefined || s.trim() === '';

/** Removes tier steps that point at entries no longer in the plan. */
export function pruneDanglingRefs(plan: CrisisPlan): CrisisPlan {
  const tiers = { ...plan.tiers } as Tiers;
  for (const t of TIERS) tiers[t] = plan.tiers[t].filter((ref) => refResolves(plan, ref));
  return { ...plan, tiers };
}

/** Removes the entry with this id from whichever list holds it, and from every tier. */
export function removeEntry(plan: CrisisPlan, id: string): CrisisPlan {
  const keep = <T extends { id: string }>(list: T[]) => list.filter((e) => e.id !== id);
  const warningSigns = { ...plan.warningSigns };
  for (const g of WARNING_SIGN_GROUPS) warningSigns[g] = keep(plan.warningSigns[g]);
  return pruneDanglingRefs({
    ...plan,
    triggers: keep(plan.triggers),
    warningSigns,
    copingStrategies: keep(plan.copingStrategies),
    distractions: keep(plan.distractions),
    supportContacts: keep(plan.supportContacts),
    professionals: keep(plan.professionals),
    safeEnvironment: keep(plan.safeEnvironment),
    reasonsForLiving: keep(plan.reasonsForLiving),
    comfortBox: keep(plan.comfortBox),
  });
}

/**
 * What the editor calls before saving (autosave included): drops blank rows the person has
 * not filled in yet, drops tier steps pointing at them, then validates. The result carries
 * readable messages for anything still wrong (too long, too many entries).
 */
export function preparePlanForSave(draft: CrisisPlan): ParsePlanResult {
  const filled = <T extends { text: string }>(list: T[]) => list.filter((e) => !blank(e.text));
  const warningSigns = { ...draft.warningSigns };
  for (const g of WARNING_SIGN_GROUPS) warningSigns[g] = filled(draft.warningSigns[g]);
  const cleaned: CrisisPlan = {
    ...draft,
    triggers: filled(draft.triggers),
    warningSigns,
    copingStrategies: filled(draft.copingStrategies),
    distractions: filled(draft.distractions),
    supportContacts: draft.supportContacts.filter((c) => !blank(c.name)),
    professionals: draft.professionals.filter((p) => !blank(p.name)),
    safeEnvironment: filled(draft.safeEnvironment),
    reasonsForLiving: filled(draft.reasonsForLiving),
    comfortBox: filled(draft.comfortBox),
  };
  return parsePlan(pruneDanglingRefs(cleaned));
}
