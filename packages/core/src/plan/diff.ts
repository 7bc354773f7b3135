// diffPlans(a, b): what changed between two plan versions, as sentences for the history view
// ("Added warning sign 'can't sleep' (physical)"). Entries are matched by id, so an edited
// entry reads as "Changed", not as a removal plus an addition; the same id in another
// warning-sign group reads as "Moved". Fields this app does not know are not compared.
import { TIERS, WARNING_SIGN_GROUPS } from './schema';
import type { CrisisPlan, Tier } from './schema';
import { strategyLabel } from './strategies';
import { strategyKey } from './tiers';

export type PlanSection =
  | 'triggers'
  | 'warningSigns'
  | 'copingStrategies'
  | 'distractions'
  | 'supportContacts'
  | 'professionals'
  | 'safeEnvironment'
  | 'reasonsForLiving'
  | 'comfortBox'
  | 'tiers';

export interface PlanChange {
  section: PlanSection;
  change: 'added' | 'removed' | 'changed' | 'moved' | 'reordered';
  /** The entry's id (for tier steps: the step key, e.g. "exercise:box-breathing"). */
  itemId?: string;
  tier?: Tier;
  /** Plain text. Contains the person's own words: render as text, never as HTML. */
  message: string;
}

const MAX_QUOTE = 60;

/** 'text' in quotes, on one line, shortened with an ellipsis. */
export function quote(text: string | undefined): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return `'${chars.length > MAX_QUOTE ? `${chars.slice(0, MAX_QUOTE - 1).join('')}…` : flat}'`;
}

interface Entry {
  id: string;
  label: string;
  group?: string;
  fields: Record<string, string | undefined>;
}

interface Collection {
  section: PlanSection;
  singular: string;
  plural: string;
  /** Secondary fields to compare, with how to name them in a sentence. */
  fieldNames: Record<string, string>;
  entries(plan: CrisisPlan): Entry[];
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

function textList(section: PlanSection, singular: string, plural: string, pick: (p: CrisisPlan) => { id: string; text: string }[]): Collection {
  return { section, singular, plural, fieldNames: {}, entries: (p) => pick(p).map((e) => ({ id: e.id, label: e.text, fields: {} })) };
}

const COLLECTIONS: Collection[] = [
  textList('triggers', 'trigger', 'triggers', (p) => p.triggers),
  {
    section: 'warningSigns',
    singular: 'warning sign',
    plural: 'warning signs',
    fieldNames: {},
    entries: (p) => WARNING_SIGN_GROUPS.flatMap((g) => p.warningSigns[g].map((e) => ({ id: e.id, label: e.text, group: g, fields: {} }))),
  },
  {
    section: 'copingStrategies',
    singular: 'coping strategy',
    plural: 'coping strategies',
    fieldNames: { likelihood: 'how likely I am to use it', obstacles: 'what could get in the way' },
    entries: (p) => p.copingStrategies.map((e) => ({ id: e.id, label: e.text, fields: { likelihood: e.likelihood, obstacles: e.obstacles } })),
  },
  {
    section: 'distractions',
    singular: 'person or place to distract me',
    plural: 'people and places to distract me',
    fieldNames: { kind: 'type', phone: 'phone number' },
    entries: (p) => p.distractions.map((e) => ({ id: e.id, label: e.text, fields: { kind: e.kind, phone: e.phone } })),
  },
  {
    section: 'supportContacts',
    singular: 'person to ask for help',
    plural: 'people to ask for help',
    fieldNames: { relationship: 'relationship', phone: 'phone number', willDo: 'what they agreed to do', whenReachable: 'when they can be reached' },
    entries: (p) =>
      p.supportContacts.map((e) => ({
        id: e.id,
        label: e.name,
        fields: { relationship: e.relationship, phone: e.phone, willDo: str(e.agreement.willDo), whenReachable: str(e.agreement.whenReachable) },
      })),
  },
  {
    section: 'professionals',
    singular: 'professional',
    plural: 'professionals',
    fieldNames: { kind: 'type', phone: 'phone number', afterHoursPhone: 'after-hours number', address: 'address', notes: 'notes' },
    entries: (p) =>
      p.professionals.map((e) => ({
        id: e.id,
        label: e.name,
        fields: { kind: e.kind, phone: e.phone, afterHoursPhone: e.afterHoursPhone, address: e.address, notes: e.notes },
      })),
  },
  textList('safeEnvironment', 'safe-environment step', 'safe-environment steps', (p) => p.safeEnvironment),
  textList('reasonsForLiving', 'reason for living', 'reasons for living', (p) => p.reasonsForLiving),
  textList('comfortBox', 'comfort-box item', 'comfort-box items', (p) => p.comfortBox),
];

/** True when the ids both lists share appear in a different relative order. */
function reordered(before: readonly string[], after: readonly string[]): boolean {
  const inAfter = new Set(after);
  const inBefore = new Set(before);
  const a = before.filter((id) => inAfter.has(id));
  const b = after.filter((id) => inBefore.has(id));
  return a.some((id, i) => b[i] !== id);
}

function diffCollection(c: Collection, a: CrisisPlan, b: CrisisPlan): PlanChange[] {
  const before = c.entries(a);
  const after = c.entries(b);
  const beforeById = new Map(before.map((e) => [e.id, e]));
  const afterById = new Map(after.map((e) => [e.id, e]));
  const out: PlanChange[] = [];
  const groupNote = (e: Entry) => (e.group ? ` (${e.group})` : '');

  for (const e of before) {
    if (!afterById.has(e.id)) out.push({ section: c.section, change: 'removed', itemId: e.id, message: `Removed ${c.singular} ${quote(e.label)}${groupNote(e)}` });
  }
  for (const e of after) {
    const old = beforeById.get(e.id);
    if (!old) {
      out.push({ section: c.section, change: 'added', itemId: e.id, message: `Added ${c.singular} ${quote(e.label)}${groupNote(e)}` });
      continue;
    }
    if (old.label !== e.label) {
      out.push({ section: c.section, change: 'changed', itemId: e.id, message: `Changed ${c.singular} ${quote(old.label)} to ${quote(e.label)}` });
    }
    if (old.group !== e.group) {
      out.push({ section: c.section, change: 'moved', itemId: e.id, message: `Moved ${c.singular} ${quote(e.label)} from ${old.group} to ${e.group}` });
    }
    for (const [field, name] of Object.entries(c.fieldNames)) {
      const from = old.fields[field];
      const to = e.fields[field];
      if ((from ?? '') === (to ?? '')) continue;
      const whose = `${c.singular} ${quote(e.label)}`;
      const message = !from
        ? `Added ${name} for ${whose}: ${quote(to)}`
        : !to
          ? `Removed ${name} for ${whose}`
          : `Changed ${name} for ${whose} from ${quote(from)} to ${quote(to)}`;
      out.push({ section: c.section, change: 'changed', itemId: e.id, message });
    }
  }
  const sameGroupOrder = (list: Entry[]) => list.map((e) => `${e.group ?? ''}/${e.id}`);
  if (reordered(sameGroupOrder(before), sameGroupOrder(after))) {
    out.push({ section: c.section, change: 'reordered', message: `Reordered ${c.plural}` });
  }
  return out;
}

function diffTier(tier: Tier, a: CrisisPlan, b: CrisisPlan): PlanChange[] {
  const before = a.tiers[tier];
  const after = b.tiers[tier];
  const beforeKeys = before.map(strategyKey);
  const afterKeys = after.map(strategyKey);
  const out: PlanChange[] = [];
  before.forEach((ref, i) => {
    if (!afterKeys.includes(beforeKeys[i]!)) {
      out.push({ section: 'tiers', change: 'removed', tier, itemId: beforeKeys[i], message: `Removed ${quote(strategyLabel(a, ref))} from the ${tier} tier` });
    }
  });
  after.forEach((ref, i) => {
    if (!beforeKeys.includes(afterKeys[i]!)) {
      out.push({ section: 'tiers', change: 'added', tier, itemId: afterKeys[i], message: `Added ${quote(strategyLabel(b, ref))} to the ${tier} tier` });
    }
  });
  if (reordered(beforeKeys, afterKeys)) out.push({ section: 'tiers', change: 'reordered', tier, message: `Reordered the ${tier} tier` });
  return out;
}

/** Changes from `a` (older) to `b` (newer), in the order the editor shows the sections. */
export function diffPlans(a: CrisisPlan, b: CrisisPlan): PlanChange[] {
  return [...COLLECTIONS.flatMap((c) => diffCollection(c, a, b)), ...TIERS.flatMap((t) => diffTier(t, a, b))];
}
