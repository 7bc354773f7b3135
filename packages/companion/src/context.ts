// The narrow view of a person's data that the companion needs to talk with them. It is kept
// separate from core's plan and resources shapes on purpose: the companion only reads a few
// lists of the person's own words, so it does not break when the plan schema gains fields.
// `context-from-core.ts` builds one from a core crisis plan and the region's resources.

/** A crisis line or service shown to the person. Mirrors the CLI's `resources` contract. */
export interface CrisisResource {
  name: string;
  /** Number to call, as dialled locally. */
  phone?: string;
  /** How to reach it by text message, e.g. "Text HOME to 741741". */
  text?: string;
  url?: string;
}

/** Someone named in the person's plan who agreed to be contacted. */
export interface SupportContact {
  name: string;
  relationship?: string;
  phone?: string;
  /** What they agreed to, in the plan's words ("text me, I'll call back within 10 min"). */
  agreement?: string;
}

export type PlanTier = 'mild' | 'moderate' | 'severe' | 'emergency';

/** The person's crisis plan, reduced to what the companion quotes back to them. */
export interface CompanionPlan {
  triggers: string[];
  warningSigns: string[];
  /** Things the person can do alone (Stanley-Brown step 2). */
  copingStrategies: string[];
  /** People and places that distract (step 3). */
  distractions: string[];
  /** Ordered strategies per tier, in the person's words. */
  tiers: Partial<Record<PlanTier, string[]>>;
  reasonsForLiving: string[];
  safeEnvironmentSteps: string[];
}

export interface CompanionContext {
  /** What the person likes to be called; optional. */
  name?: string;
  /** ISO 3166 alpha-2, upper case. */
  region: string;
  plan: CompanionPlan;
  contacts: SupportContact[];
  /** Crisis lines for the region, most relevant first. */
  resources: CrisisResource[];
  /** The local emergency number ("911", "999", "112"), or a phrase when unknown. */
  emergencyNumber: string;
  /** The person's offset from UTC in minutes, so "last Tuesday" means their Tuesday. */
  utcOffsetMinutes?: number;
  /** The person agreed that a positive screen may notify their linked therapist. */
  therapistNotifyConsent?: boolean;
}

export function emptyPlan(): CompanionPlan {
  return {
    triggers: [],
    warningSigns: [],
    copingStrategies: [],
    distractions: [],
    tiers: {},
    reasonsForLiving: [],
    safeEnvironmentSteps: [],
  };
}

/** The person's emergency tier: their own steps, or an empty list when the plan has none yet. */
export function emergencySteps(context: CompanionContext): string[] {
  return context.plan.tiers.emergency ?? [];
}

/** The first contact with a phone number: the one the protocol offers to call. */
export function primaryContact(context: CompanionContext): SupportContact | undefined {
  return context.contacts.find((c) => c.phone) ?? context.contacts[0];
}
