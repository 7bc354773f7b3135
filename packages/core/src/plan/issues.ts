// Turns Zod issues about a plan into sentences a person can act on, e.g.
// "Physical warning sign 3 is longer than 500 characters. Please shorten it."
import type { z } from 'zod';
import { crisisPlanSchema } from './schema';
import type { CrisisPlan } from './schema';

export interface PlanIssue {
  /** Where in the document, e.g. ['supportContacts', 1, 'name']. */
  path: (string | number)[];
  /** A full sentence naming the section and what to do. */
  message: string;
}

export type ParsePlanResult = { ok: true; plan: CrisisPlan } | { ok: false; issues: PlanIssue[] };

const LISTS: Record<string, { singular: string; list: string }> = {
  triggers: { singular: 'Trigger', list: 'The triggers list' },
  copingStrategies: { singular: 'Coping strategy', list: 'The coping strategies list' },
  distractions: { singular: 'Person or place to distract', list: 'The people and places list' },
  supportContacts: { singular: 'Person to ask for help', list: 'The people to ask for help list' },
  professionals: { singular: 'Professional', list: 'The professionals list' },
  safeEnvironment: { singular: 'Safe-environment step', list: 'The safe-environment list' },
  reasonsForLiving: { singular: 'Reason for living', list: 'The reasons for living list' },
  comfortBox: { singular: 'Comfort-box item', list: 'The comfort box' },
  'warningSigns.physical': { singular: 'Physical warning sign', list: 'The physical warning signs list' },
  'warningSigns.emotional': { singular: 'Emotional warning sign', list: 'The emotional warning signs list' },
  'warningSigns.cognitive': { singular: 'Thinking warning sign', list: 'The thinking warning signs list' },
  'warningSigns.behavioural': { singular: 'Behaviour warning sign', list: 'The behaviour warning signs list' },
  'tiers.mild': { singular: 'Step in the mild tier', list: 'The mild tier' },
  'tiers.moderate': { singular: 'Step in the moderate tier', list: 'The moderate tier' },
  'tiers.severe': { singular: 'Step in the severe tier', list: 'The severe tier' },
  'tiers.emergency': { singular: 'Step in the emergency tier', list: 'The emergency tier' },
};

// The entry's main text needs no field name: "Trigger 3 is longer…" reads better.
const FIELDS: Record<string, string> = {
  text: '',
  name: 'name',
  phone: 'phone',
  afterHoursPhone: 'after-hours phone',
  relationship: 'relationship',
  obstacles: 'what could get in the way',
  willDo: 'what they agreed to do',
  whenReachable: 'when they can be reached',
  address: 'address',
  notes: 'notes',
  kind: 'type',
  id: 'id',
};

function join(where: string, message: string): string {
  const sentence = /[.!?]$/.test(message) ? message : `${message}.`;
  return /^[a-z]/.test(sentence) ? `${where} ${sentence}` : `${where}: ${sentence}`;
}

export function describePlanIssue(path: readonly PropertyKey[], message: string): string {
  const parts = path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  if (parts.length === 0) return join('The plan', message).replace(/^The plan: /, '');
  const twoKey = parts.length >= 2 && typeof parts[1] === 'string' ? `${String(parts[0])}.${parts[1]}` : undefined;
  const key = twoKey && LISTS[twoKey] ? twoKey : String(parts[0]);
  const rest = key === twoKey ? parts.slice(2) : parts.slice(1);
  const labels = LISTS[key];
  if (!labels) return join(parts.join('.'), message);
  if (rest.length === 0) return join(labels.list, message);
  const [index, ...fields] = rest;
  const position = typeof index === 'number' ? `${labels.singular} ${index + 1}` : labels.singular;
  const field = fields.filter((f) => typeof f === 'string').at(-1);
  const fieldName = field === undefined ? '' : (FIELDS[field] ?? field);
  return join(fieldName ? `${position} (${fieldName})` : position, message);
}

export function planIssuesFrom(error: z.ZodError): PlanIssue[] {
  return error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: describePlanIssue(i.path, i.message),
  }));
}

/** Validate a current-version plan (no upgrading: use restore() for stored documents). */
export function parsePlan(input: unknown): ParsePlanResult {
  const r = crisisPlanSchema.safeParse(input);
  return r.success ? { ok: true, plan: r.data } : { ok: false, issues: planIssuesFrom(r.error) };
}
