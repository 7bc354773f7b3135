// Schema version 1 and its upgrade to version 2.
//
// Version 1 (the first offline plans) stored every list as bare strings, called the people to
// ask for help `helpers` with a one-line free-text agreement, kept distraction people and
// places in two lists, and had no tiers. Version 2 gives every entry an id (tiers point at
// entries by id), splits the agreement into "will do" and "when reachable", merges the
// distraction lists, and adds tiers built from the plan by defaultTiers().
//
// The upgrade is lenient on purpose: a plan written offline months ago must still open. Blank
// entries are dropped, unknown top-level fields are carried over unchanged.
import { z } from 'zod';
import { defaultTiers } from './tiers';
import { PLAN_SCHEMA_VERSION } from './schema';

const strings = z.array(z.unknown()).catch([]).transform((xs) => xs.filter((x): x is string => typeof x === 'string' && x.trim() !== ''));
const personV1 = z.looseObject({ name: z.string().catch(''), phone: z.string().optional().catch(undefined) });

export const planV1Schema = z.looseObject({
  schemaVersion: z.literal(1).optional(),
  triggers: strings.optional(),
  warningSigns: z
    .looseObject({ physical: strings.optional(), emotional: strings.optional(), cognitive: strings.optional(), behavioural: strings.optional() })
    .optional()
    .catch(undefined),
  copingStrategies: strings.optional(),
  distractions: z.looseObject({ people: z.array(personV1).catch([]).optional(), places: strings.optional() }).optional().catch(undefined),
  helpers: z.array(personV1.extend({ agreement: z.string().optional().catch(undefined) })).catch([]).optional(),
  professionals: z
    .array(personV1.extend({ afterHours: z.string().optional().catch(undefined), kind: z.enum(['therapist', 'urgent_care', 'other']).catch('other').optional() }))
    .catch([])
    .optional(),
  safeEnvironment: strings.optional(),
  reasonsForLiving: strings.optional(),
  comfortBox: strings.optional(),
});

export type PlanV1 = z.input<typeof planV1Schema>;

const V1_KEYS = new Set(Object.keys(planV1Schema.shape));

function items(prefix: string, xs: readonly string[] | undefined) {
  return (xs ?? []).map((text, i) => ({ id: `${prefix}-${i + 1}`, text }));
}

/** v1 → v2. Returns a document for the v2 schema to validate (not yet validated). */
export function upgradeV1(input: Record<string, unknown>): Record<string, unknown> {
  const v1 = planV1Schema.parse(input);
  const unknown = Object.fromEntries(Object.entries(input).filter(([k]) => !V1_KEYS.has(k)));
  const phone = (p: string | undefined) => (p && p.trim() !== '' ? p : undefined);

  const sections = {
    copingStrategies: items('coping', v1.copingStrategies),
    distractions: [
      ...(v1.distractions?.people ?? [])
        .filter((p) => p.name.trim() !== '')
        .map((p, i) => ({ id: `distraction-person-${i + 1}`, kind: 'person' as const, text: p.name, phone: phone(p.phone) })),
      ...(v1.distractions?.places ?? []).map((text, i) => ({ id: `distraction-place-${i + 1}`, kind: 'place' as const, text })),
    ],
    supportContacts: (v1.helpers ?? [])
      .filter((h) => h.name.trim() !== '')
      .map((h, i) => ({
        id: `contact-${i + 1}`,
        name: h.name,
        phone: phone(h.phone),
        agreement: h.agreement && h.agreement.trim() !== '' ? { willDo: h.agreement } : {},
      })),
    professionals: (v1.professionals ?? [])
      .filter((p) => p.name.trim() !== '')
      .map((p, i) => ({
        id: `professional-${i + 1}`,
        kind: p.kind ?? 'other',
        name: p.name,
        phone: phone(p.phone),
        afterHoursPhone: phone(p.afterHours),
      })),
    comfortBox: items('comfort', v1.comfortBox),
  };
  const dropUndefined = <T extends object>(o: T): T => JSON.parse(JSON.stringify(o)) as T;

  return {
    ...unknown,
    schemaVersion: PLAN_SCHEMA_VERSION,
    triggers: items('trigger', v1.triggers),
    warningSigns: {
      physical: items('sign-physical', v1.warningSigns?.physical),
      emotional: items('sign-emotional', v1.warningSigns?.emotional),
      cognitive: items('sign-cognitive', v1.warningSigns?.cognitive),
      behavioural: items('sign-behavioural', v1.warningSigns?.behavioural),
    },
    ...dropUndefined(sections),
    safeEnvironment: items('safe', v1.safeEnvironment),
    reasonsForLiving: items('reason', v1.reasonsForLiving),
    tiers: defaultTiers(sections),
  };
}
