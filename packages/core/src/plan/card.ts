// What goes on the crisis card: warning signs, the top coping steps, two people to call, and
// the crisis lines and emergency number for the person's region. Pure selection, shared by the
// server's PDF/PNG and anything the web app draws itself. Limits keep a wallet card legible.
import { crisisResourcesFor } from '../resources/directory';
import type { ContactMethod, CrisisLine, EmergencyNumber } from '../resources/types';
import { WARNING_SIGN_GROUPS } from './schema';
import type { CrisisPlan } from './schema';
import { resolveStrategy } from './strategies';

export type CrisisCardFormat = 'wallet' | 'page' | 'lockscreen';

export interface CardContact {
  name: string;
  phone: string | null;
  /** When they can be reached / what they agreed to, shortened. */
  note: string | null;
}

export interface CardCrisisLine {
  name: string;
  /** Ready-to-print ways to reach it: "Call 988", "Text HOME to 741741". */
  ways: string[];
  hours: string;
}

export interface CrisisCardContent {
  format: CrisisCardFormat;
  warningSigns: string[];
  copingSteps: string[];
  contacts: CardContact[];
  /** Professionals (page format only; empty on the small formats). */
  professionals: CardContact[];
  /** Reasons for living (page format only). */
  reasons: string[];
  crisisLines: CardCrisisLine[];
  emergency: EmergencyNumber;
  /** Oldest "last verified" date among the printed lines (YYYY-MM-DD), to print in small type. */
  linesLastVerified: string | null;
  /** The region the lines are for, or null when it has no table (the worldwide directory is shown). */
  region: string | null;
}

const LIMITS: Record<CrisisCardFormat, { signs: number; coping: number; contacts: number; lines: number; professionals: number; reasons: number }> = {
  wallet: { signs: 4, coping: 4, contacts: 2, lines: 3, professionals: 0, reasons: 0 },
  lockscreen: { signs: 3, coping: 3, contacts: 2, lines: 2, professionals: 0, reasons: 0 },
  page: { signs: 12, coping: 8, contacts: 6, lines: 10, professionals: 4, reasons: 6 },
};

export function describeContactMethod(method: ContactMethod): string {
  switch (method.kind) {
    case 'call':
      return `Call ${method.display}`;
    case 'text':
      return method.keyword ? `Text ${method.keyword} to ${method.display}` : `Text ${method.display}`;
    case 'chat':
      return `Chat at ${method.url.replace(/^https?:\/\//, '')}`;
    case 'web':
      return method.url.replace(/^https?:\/\//, '');
  }
}

function cardLine(line: CrisisLine): CardCrisisLine {
  return { name: line.name, ways: line.contacts.map(describeContactMethod), hours: line.hours };
}

function unique(xs: string[]): string[] {
  return [...new Set(xs.map((x) => x.trim()).filter((x) => x !== ''))];
}

export function crisisCardContent(plan: CrisisPlan, region: string, format: CrisisCardFormat = 'wallet'): CrisisCardContent {
  const limit = LIMITS[format];
  const directory = crisisResourcesFor(region);
  const lines = directory.lines.slice(0, limit.lines);

  // Coping steps: the person's own, then the mild tier's exercises to fill any gap.
  const ownCoping = plan.copingStrategies.map((c) => c.text);
  const tierSteps = plan.tiers.mild
    .map((ref) => resolveStrategy(plan, ref))
    .filter((r) => r !== null && r.kind === 'exercise')
    .map((r) => r!.label);

  const people: CardContact[] = plan.supportContacts.map((c) => ({
    name: c.name,
    phone: c.phone ?? null,
    note: c.agreement.whenReachable ?? c.agreement.willDo ?? null,
  }));
  const professionals: CardContact[] = plan.professionals.map((p) => ({
    name: p.name,
    phone: p.afterHoursPhone ?? p.phone ?? null,
    note: p.afterHoursPhone ? 'after hours' : null,
  }));
  // Two contacts with a phone number first; a therapist fills in when there are fewer people.
  const reachable = [...people.filter((p) => p.phone), ...professionals.filter((p) => p.phone), ...people.filter((p) => !p.phone)];

  return {
    format,
    warningSigns: unique(WARNING_SIGN_GROUPS.flatMap((g) => plan.warningSigns[g].map((s) => s.text))).slice(0, limit.signs),
    copingSteps: unique([...ownCoping, ...tierSteps]).slice(0, limit.coping),
    contacts: (format === 'page' ? people : reachable).slice(0, limit.contacts),
    professionals: professionals.slice(0, limit.professionals),
    reasons: unique(plan.reasonsForLiving.map((r) => r.text)).slice(0, limit.reasons),
    crisisLines: lines.map(cardLine),
    emergency: directory.emergency,
    linesLastVerified: lines.map((l) => l.lastVerified).sort()[0] ?? null,
    region: directory.region,
  };
}
