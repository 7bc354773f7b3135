// The crisis plan document (schema version 2): the Stanley-Brown safety plan plus Kinbridge's
// four SOS tiers. One schema, used by the web editor, the server's request parsing and
// restore(). Objects are "loose": fields a newer app added survive an older app's edit.
import { z } from 'zod';
import { PLAN_LIMITS, itemId, listOf, phoneNumber, plainText, totalTextLength } from './limits';
import { TIERS } from './tier-names';
import type { Tier } from './tier-names';

export const PLAN_SCHEMA_VERSION = 2 as const;

export { TIERS };
export type { Tier };

const text = () => plainText(PLAN_LIMITS.maxTextLength);
const shortText = () => plainText(PLAN_LIMITS.maxShortTextLength);
const optionalText = () => plainText(PLAN_LIMITS.maxTextLength, false).optional();
const optionalShortText = () => plainText(PLAN_LIMITS.maxShortTextLength, false).optional();

/** A plain entry: a trigger, a warning sign, a reason for living, a comfort-box item. */
export const textItemSchema = z.looseObject({ id: itemId, text: text() });

/** Step 2. Stanley-Brown asks how likely you are to use it and what could get in the way. */
export const copingItemSchema = z.looseObject({
  id: itemId,
  text: text(),
  likelihood: z.enum(['low', 'medium', 'high']).optional(),
  obstacles: optionalText(),
});

/** Step 3: people and places that distract (company, not disclosure). */
export const distractionItemSchema = z.looseObject({
  id: itemId,
  kind: z.enum(['person', 'place']),
  text: shortText(),
  phone: phoneNumber.optional(),
});

/** What a support person agreed to, in the person's words ("text me, I call back within 10 min"). */
export const supportAgreementSchema = z.looseObject({
  willDo: optionalText(),
  whenReachable: optionalText(),
});

/** Step 4: people to ask for help, who may be told about the crisis. */
export const supportContactSchema = z.looseObject({
  id: itemId,
  name: shortText(),
  relationship: optionalShortText(),
  phone: phoneNumber.optional(),
  agreement: supportAgreementSchema,
});

export const PROFESSIONAL_KINDS = ['therapist', 'psychiatrist', 'doctor', 'urgent_care', 'crisis_team', 'other'] as const;

/** Step 5: professionals and services, incl. the therapist's after-hours number. */
export const professionalSchema = z.looseObject({
  id: itemId,
  kind: z.enum(PROFESSIONAL_KINDS),
  name: shortText(),
  phone: phoneNumber.optional(),
  afterHoursPhone: phoneNumber.optional(),
  address: optionalText(),
  notes: optionalText(),
});

export const warningSignsSchema = z.looseObject({
  physical: listOf(textItemSchema),
  emotional: listOf(textItemSchema),
  cognitive: listOf(textItemSchema),
  behavioural: listOf(textItemSchema),
});
export const WARNING_SIGN_GROUPS = ['physical', 'emotional', 'cognitive', 'behavioural'] as const;
export type WarningSignGroup = (typeof WARNING_SIGN_GROUPS)[number];

/**
 * One step of a tier. It points at an entry of the plan (by id), an exercise of the library,
 * or a fixed part of SOS (crisis lines, emergency number, safe-environment steps, comfort box,
 * reasons for living).
 */
export const strategyRefSchema = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('exercise'), exerciseId: z.string().min(1).max(64) }),
  z.looseObject({ kind: z.literal('coping'), itemId }),
  z.looseObject({ kind: z.literal('distraction'), itemId }),
  z.looseObject({ kind: z.literal('contact'), contactId: itemId }),
  z.looseObject({ kind: z.literal('professional'), professionalId: itemId }),
  z.looseObject({ kind: z.literal('crisis_line') }),
  z.looseObject({ kind: z.literal('emergency_number') }),
  z.looseObject({ kind: z.literal('safe_environment') }),
  z.looseObject({ kind: z.literal('comfort_box') }),
  z.looseObject({ kind: z.literal('reasons') }),
]);
export const STRATEGY_KINDS = [
  'exercise', 'coping', 'distraction', 'contact', 'professional', 'crisis_line', 'emergency_number', 'safe_environment', 'comfort_box', 'reasons',
] as const;

const tierList = () => listOf(strategyRefSchema, PLAN_LIMITS.maxStrategiesPerTier);

export const tiersSchema = z.looseObject({
  mild: tierList(),
  moderate: tierList(),
  severe: tierList(),
  emergency: tierList(),
});

const planShape = z.looseObject({
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  triggers: listOf(textItemSchema),
  warningSigns: warningSignsSchema,
  copingStrategies: listOf(copingItemSchema),
  distractions: listOf(distractionItemSchema),
  supportContacts: listOf(supportContactSchema),
  professionals: listOf(professionalSchema),
  safeEnvironment: listOf(textItemSchema),
  reasonsForLiving: listOf(textItemSchema),
  comfortBox: listOf(textItemSchema),
  tiers: tiersSchema,
});

export type TextItem = z.infer<typeof textItemSchema>;
export type CopingItem = z.infer<typeof copingItemSchema>;
export type DistractionItem = z.infer<typeof distractionItemSchema>;
export type SupportAgreement = z.infer<typeof supportAgreementSchema>;
export type SupportContact = z.infer<typeof supportContactSchema>;
export type Professional = z.infer<typeof professionalSchema>;
export type ProfessionalKind = (typeof PROFESSIONAL_KINDS)[number];
export type StrategyRef = z.infer<typeof strategyRefSchema>;
export type StrategyKind = StrategyRef['kind'];
export type Tiers = z.infer<typeof tiersSchema>;
export type CrisisPlan = z.infer<typeof planShape>;

/** Every id in the plan, with the list it lives in. Ids must be unique across the plan. */
export function planEntryIds(plan: CrisisPlan): Map<string, string> {
  const ids = new Map<string, string>();
  const add = (list: readonly { id: string }[], where: string) => list.forEach((e) => ids.set(e.id, where));
  add(plan.triggers, 'triggers');
  for (const g of WARNING_SIGN_GROUPS) add(plan.warningSigns[g], `warningSigns.${g}`);
  add(plan.copingStrategies, 'copingStrategies');
  add(plan.distractions, 'distractions');
  add(plan.supportContacts, 'supportContacts');
  add(plan.professionals, 'professionals');
  add(plan.safeEnvironment, 'safeEnvironment');
  add(plan.reasonsForLiving, 'reasonsForLiving');
  add(plan.comfortBox, 'comfortBox');
  return ids;
}

/** Whether a tier step points at something that exists in this plan (exercises always do). */
export function refResolves(plan: CrisisPlan, ref: StrategyRef): boolean {
  switch (ref.kind) {
    case 'coping':
      return plan.copingStrategies.some((c) => c.id === ref.itemId);
    case 'distraction':
      return plan.distractions.some((d) => d.id === ref.itemId);
    case 'contact':
      return plan.supportContacts.some((c) => c.id === ref.contactId);
    case 'professional':
      return plan.professionals.some((p) => p.id === ref.professionalId);
    default:
      return true;
  }
}

function allIds(plan: CrisisPlan): string[] {
  const out: string[] = [];
  const add = (list: readonly { id: string }[]) => list.forEach((e) => out.push(e.id));
  add(plan.triggers);
  for (const g of WARNING_SIGN_GROUPS) add(plan.warningSigns[g]);
  add(plan.copingStrategies);
  add(plan.distractions);
  add(plan.supportContacts);
  add(plan.professionals);
  add(plan.safeEnvironment);
  add(plan.reasonsForLiving);
  add(plan.comfortBox);
  return out;
}

/**
 * The current plan schema with whole-document rules: unique ids, tier steps that point at
 * existing entries, and the total size limits.
 */
export const crisisPlanSchema = planShape.superRefine((plan, ctx) => {
  const seen = new Set<string>();
  for (const id of allIds(plan)) {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [], message: `Two entries share the id "${id}". Each entry needs its own id.` });
    seen.add(id);
  }
  for (const tier of TIERS) {
    plan.tiers[tier].forEach((ref, i) => {
      if (!refResolves(plan, ref)) {
        ctx.addIssue({ code: 'custom', path: ['tiers', tier, i], message: 'points at an entry that is no longer in the plan.' });
      }
    });
  }
  const total = totalTextLength(plan);
  if (total > PLAN_LIMITS.maxTotalTextLength) {
    ctx.addIssue({
      code: 'custom',
      path: [],
      message: `The plan has ${total} characters of text; the limit is ${PLAN_LIMITS.maxTotalTextLength}. Please shorten some entries.`,
    });
  }
  if (JSON.stringify(plan).length > PLAN_LIMITS.maxSerializedLength) {
    ctx.addIssue({ code: 'custom', path: [], message: 'The plan is too large to save. Please remove some entries.' });
  }
});
