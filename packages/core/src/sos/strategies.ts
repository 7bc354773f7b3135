// Which strategies SOS offers in each tier: the person's own tier list, resolved against their
// plan, with two safety rules on top:
//   - in the emergency tier the crisis line and the emergency number always come first,
//     whatever order the plan has (and even if the plan left them out);
//   - no tier is ever empty: if every step points at something deleted, a safe default is used.
import type { ExerciseId } from '../exercises/types';
import type { CrisisPlan, StrategyRef, Tier } from '../plan/schema';
import { TIERS } from '../plan/tier-names';
import { resolveStrategy } from '../plan/strategies';
import { strategyKey } from '../plan/tiers';

export interface PlannedStrategy {
  ref: StrategyRef;
  /** Label at the time the session started ("Box breathing", "Reach out to Sam"). */
  label: string;
  /** strategyKey(ref): stable across plan edits. */
  key: string;
}

const exercise = (exerciseId: ExerciseId): StrategyRef => ({ kind: 'exercise', exerciseId });

const FALLBACK: Readonly<Record<Tier, readonly StrategyRef[]>> = {
  mild: [exercise('box-breathing'), exercise('grounding-5-4-3-2-1')],
  moderate: [exercise('stop-skill'), exercise('paced-breathing'), exercise('tipp')],
  severe: [{ kind: 'crisis_line' }],
  emergency: [{ kind: 'crisis_line' }, { kind: 'emergency_number' }],
};

const PINNED_IN_EMERGENCY: readonly StrategyRef[] = [{ kind: 'crisis_line' }, { kind: 'emergency_number' }];

function plannedFor(plan: CrisisPlan, refs: readonly StrategyRef[]): PlannedStrategy[] {
  const seen = new Set<string>();
  const out: PlannedStrategy[] = [];
  for (const ref of refs) {
    const key = strategyKey(ref);
    if (seen.has(key)) continue;
    const resolved = resolveStrategy(plan, ref);
    if (!resolved) continue;
    seen.add(key);
    out.push({ ref, label: resolved.label, key });
  }
  return out;
}

export function sosStrategiesForTier(plan: CrisisPlan, tier: Tier): PlannedStrategy[] {
  const own = tier === 'emergency' ? [...PINNED_IN_EMERGENCY, ...plan.tiers.emergency] : plan.tiers[tier];
  const planned = plannedFor(plan, own);
  return planned.length > 0 ? planned : plannedFor(plan, FALLBACK[tier]);
}

export function sosStrategiesByTier(plan: CrisisPlan): Record<Tier, PlannedStrategy[]> {
  return Object.fromEntries(TIERS.map((t) => [t, sosStrategiesForTier(plan, t)])) as Record<Tier, PlannedStrategy[]>;
}
