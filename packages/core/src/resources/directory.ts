// Lookups over the crisis-line table, plus tel:/sms: links that work on phones.
import { CRISIS_LINES, EMERGENCY_NUMBERS, FIND_A_HELPLINE } from './lines';
import { SUPPORTED_REGIONS } from './types';
import type { ContactMethod, CrisisDirectory, CrisisLine, EmergencyNumber, SupportedRegion } from './types';

// People and older data say "UK"; ISO 3166 says GB.
const ALIASES: Readonly<Record<string, SupportedRegion>> = { UK: 'GB' };

/** Uppercase, trimmed, with aliases resolved ("uk" → "GB"). Not validated. */
export function normaliseRegionCode(input: string): string {
  const code = input.trim().toUpperCase();
  return ALIASES[code] ?? code;
}

/** The supported region for a code, or null when we have no table for it. */
export function supportedRegion(input: string): SupportedRegion | null {
  const code = normaliseRegionCode(input);
  return (SUPPORTED_REGIONS as readonly string[]).includes(code) ? (code as SupportedRegion) : null;
}

/** Emergency number for a region; unknown regions get a hint instead of a guess. */
export function emergencyNumberFor(region: string): EmergencyNumber {
  const supported = supportedRegion(region);
  if (!supported) {
    return { region: null, number: null, alternates: [], label: 'your local emergency number' };
  }
  const [number, ...alternates] = EMERGENCY_NUMBERS[supported];
  if (!number) throw new Error(`no emergency number for ${supported}`);
  return { region: supported, number, alternates, label: [number, ...alternates].join(' or ') };
}

/**
 * Crisis lines for a region, 24/7 lines first (stable otherwise). An unsupported region gets
 * the worldwide directory, and still an emergency hint, so SOS never shows an empty screen.
 */
export function crisisResourcesFor(region: string): CrisisDirectory {
  const supported = supportedRegion(region);
  const lines: readonly CrisisLine[] = supported ? CRISIS_LINES[supported] : [];
  const ordered = [...lines.filter((l) => l.is24x7), ...lines.filter((l) => !l.is24x7), FIND_A_HELPLINE];
  return { region: supported, requested: normaliseRegionCode(region), emergency: emergencyNumberFor(region), lines: ordered };
}

/** `tel:` link; keeps digits and a leading +, drops spaces and dashes. */
export function telHref(number: string): string {
  const trimmed = number.trim();
  const digits = trimmed.replace(/[^0-9]/g, '');
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}

/**
 * `sms:` link with an optional pre-filled body. The `?&body=` form is deliberate: Android reads
 * `?body=`, older iOS reads `&body=`, and both accept the combination.
 */
export function smsHref(number: string, body?: string): string {
  const base = telHref(number).replace(/^tel:/, 'sms:');
  return body ? `${base}?&body=${encodeURIComponent(body)}` : base;
}

/** The link for one way of reaching a line: tel:, sms: (with its keyword pre-filled) or https:. */
export function contactHref(method: ContactMethod): string {
  switch (method.kind) {
    case 'call':
      return telHref(method.number);
    case 'text':
      return smsHref(method.number, method.keyword);
    case 'chat':
    case 'web':
      return method.url;
  }
}
