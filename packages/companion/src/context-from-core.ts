// Builds the companion's narrow CompanionContext from core's crisis plan and crisis-line
// directory. Tier steps are turned into the labels SOS shows ("Reach out to Sam"), with the
// crisis line and emergency number filled in for the region, so the companion quotes exactly
// what the person sees on their SOS screen.
import type { CrisisPlan, StrategyRef, Tier } from '@kinbridge/core/plan';
import { resolveStrategy, TIERS, WARNING_SIGN_GROUPS } from '@kinbridge/core/plan';
import { crisisResourcesFor, type CrisisLine } from '@kinbridge/core/resources';
import type { CompanionContext, CompanionPlan, CrisisResource, SupportContact } from './context';
import { emptyPlan } from './context';

/** A core crisis line as the companion's `{name, phone?, text?, url?}` resource. */
export function toCrisisResource(line: CrisisLine): CrisisResource {
  const call = line.contacts.find((c) => c.kind === 'call');
  const text = line.contacts.find((c) => c.kind === 'text');
  const web = line.contacts.find((c) => c.kind === 'chat' || c.kind === 'web');
  const out: CrisisResource = { name: line.name };
  if (call && call.kind === 'call') {
    // `phone` must be dialable: "988, then press 1" keeps its instruction in the name instead.
    const plain = /^[\d\s()+-]+$/.test(call.display);
    out.phone = plain ? call.display : call.number;
    if (!plain) out.name = `${line.name} (${call.display})`;
  }
  if (text && text.kind === 'text') out.text = text.keyword ? `${text.keyword} to ${text.display}` : text.display;
  if (web && (web.kind === 'chat' || web.kind === 'web')) out.url = web.url;
  return out;
}

export function regionResources(region: string): { resources: CrisisResource[]; emergencyNumber: string } {
  const directory = crisisResourcesFor(region);
  return { resources: directory.lines.map(toCrisisResource), emergencyNumber: directory.emergency.label };
}

function stepLabel(plan: CrisisPlan, ref: StrategyRef, emergencyNumber: string, resources: readonly CrisisResource[]): string | undefined {
  const resolved = resolveStrategy(plan, ref);
  if (!resolved) return undefined;
  switch (resolved.kind) {
    case 'crisis_line': {
      const first = resources[0];
      const how = first ? [first.phone && `call ${first.phone}`, first.text && `text ${first.text}`].filter(Boolean).join(' or ') : '';
      return first ? `${resolved.label}: ${first.name}${how ? `, ${how}` : ''}` : resolved.label;
    }
    case 'emergency_number':
      return `${resolved.label}: ${emergencyNumber}`;
    case 'safe_environment': {
      const first = resolved.steps[0]?.text;
      return first ? `${resolved.label}: ${first}` : undefined;
    }
    case 'reasons': {
      const reasons = resolved.reasons.slice(0, 2).map((r) => r.text);
      return reasons.length > 0 ? `${resolved.label}: ${reasons.join('; ')}` : undefined;
    }
    case 'comfort_box':
      return resolved.items.length > 0 ? resolved.label : undefined;
    default:
      return resolved.label;
  }
}

export interface ContextOptions {
  region: string;
  name?: string;
  utcOffsetMinutes?: number;
  therapistNotifyConsent?: boolean;
}

export function contextFromPlan(plan: CrisisPlan | null | undefined, options: ContextOptions): CompanionContext {
  const { resources, emergencyNumber } = regionResources(options.region);
  const companionPlan: CompanionPlan = emptyPlan();
  const contacts: SupportContact[] = [];
  if (plan) {
    companionPlan.triggers = plan.triggers.map((t) => t.text);
    companionPlan.warningSigns = WARNING_SIGN_GROUPS.flatMap((g) => plan.warningSigns[g].map((w) => w.text));
    companionPlan.copingStrategies = plan.copingStrategies.map((c) => c.text);
    companionPlan.distractions = plan.distractions.map((d) => (d.kind === 'person' ? `Spend time with ${d.text}` : `Go to ${d.text}`));
    companionPlan.reasonsForLiving = plan.reasonsForLiving.map((r) => r.text);
    companionPlan.safeEnvironmentSteps = plan.safeEnvironment.map((s) => s.text);
    for (const tier of TIERS as readonly Tier[]) {
      companionPlan.tiers[tier] = plan.tiers[tier]
        .map((ref) => stepLabel(plan, ref, emergencyNumber, resources))
        .filter((s): s is string => !!s);
    }
    for (const c of plan.supportContacts) {
      const agreement = [c.agreement.willDo, c.agreement.whenReachable].filter(Boolean).join(', ');
      contacts.push({
        name: c.name,
        ...(c.relationship ? { relationship: c.relationship } : {}),
        ...(c.phone ? { phone: c.phone } : {}),
        ...(agreement ? { agreement } : {}),
      });
    }
  }
  return {
    region: options.region.trim().toUpperCase() || 'US',
    plan: companionPlan,
    contacts,
    resources,
    emergencyNumber,
    ...(options.name ? { name: options.name } : {}),
    ...(options.utcOffsetMinutes !== undefined ? { utcOffsetMinutes: options.utcOffsetMinutes } : {}),
    ...(options.therapistNotifyConsent !== undefined ? { therapistNotifyConsent: options.therapistNotifyConsent } : {}),
  };
}
