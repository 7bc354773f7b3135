// Small immutable edits the editor makes. New coping strategies, people and professionals are
// added to the matching SOS tier straight away (mild, moderate, severe), so what the person
// writes shows up in SOS without a second step; they can reorder or remove it in the last step.
import { removeEntry } from '@kinbridge/core/plan';
import type { CrisisPlan, StrategyRef, Tier } from '@kinbridge/core/plan';

export type ListKey =
  'triggers' | 'copingStrategies' | 'distractions' | 'supportContacts' | 'professionals' | 'safeEnvironment' | 'reasonsForLiving' | 'comfortBox';

export const newEntryId = (): string => crypto.randomUUID();

export function replaceList<K extends ListKey>(plan: CrisisPlan, key: K, items: CrisisPlan[K]): CrisisPlan {
  return { ...plan, [key]: items };
}

export function updateAt<K extends ListKey>(plan: CrisisPlan, key: K, index: number, item: CrisisPlan[K][number]): CrisisPlan {
  const list = [...plan[key]] as CrisisPlan[K][number][];
  list[index] = item;
  return replaceList(plan, key, list as CrisisPlan[K]);
}

/**
 * Inserts a step right after the last step of one of the `after` kinds (a new person lands
 * after the other people, before the crisis line), or first when there is none. This keeps the
 * order of core's default tiers.
 */
function insertInTier(plan: CrisisPlan, tier: Tier, ref: StrategyRef, after: readonly StrategyRef['kind'][]): CrisisPlan {
  const steps = [...plan.tiers[tier]];
  steps.splice(steps.findLastIndex((s) => after.includes(s.kind)) + 1, 0, ref);
  return { ...plan, tiers: { ...plan.tiers, [tier]: steps } };
}

/** Adds an entry and, for kinds SOS can use, a step in the tier where it fits. */
export function addEntry<K extends ListKey>(plan: CrisisPlan, key: K, item: CrisisPlan[K][number]): CrisisPlan {
  const next = replaceList(plan, key, [...plan[key], item] as CrisisPlan[K]);
  const id = item.id;
  switch (key) {
    case 'copingStrategies':
      return insertInTier(next, 'mild', { kind: 'coping', itemId: id }, ['coping']);
    case 'distractions':
      return insertInTier(next, 'moderate', { kind: 'distraction', itemId: id }, ['coping', 'distraction']);
    case 'supportContacts': {
      const ref: StrategyRef = { kind: 'contact', contactId: id };
      const withSevere = insertInTier(next, 'severe', ref, ['contact']);
      // The first person also goes in the emergency tier, right after the safety steps.
      return plan.supportContacts.length === 0
        ? insertInTier(withSevere, 'emergency', ref, ['contact', 'safe_environment', 'emergency_number', 'crisis_line'])
        : withSevere;
    }
    case 'professionals':
      return insertInTier(next, 'severe', { kind: 'professional', professionalId: id }, ['contact', 'professional']);
    default:
      return next;
  }
}

/** Removes an entry from its list and from every tier (core's rule). */
export const removeFromPlan = (plan: CrisisPlan, id: string): CrisisPlan => removeEntry(plan, id);
