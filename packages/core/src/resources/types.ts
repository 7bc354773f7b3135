// Crisis lines as data. Every line carries the date it was last checked against the service's
// own site, so an operator can see what is stale before a release.

/** Regions with their own crisis-line table (ISO 3166-1 alpha-2; the UK is GB). */
export const SUPPORTED_REGIONS = ['US', 'GB', 'CA', 'AU', 'IE', 'NZ', 'IN', 'DE'] as const;
export type SupportedRegion = (typeof SUPPORTED_REGIONS)[number];

export const DEFAULT_REGION: SupportedRegion = 'US';

export type ContactMethod =
  /** `number` is what to dial ("988", "+18664887386"); `display` is how to print it. */
  | { kind: 'call'; number: string; display: string; note?: string }
  /** Text `keyword` (if any) to `number`. */
  | { kind: 'text'; number: string; display: string; keyword?: string; note?: string }
  | { kind: 'chat'; url: string; note?: string }
  | { kind: 'web'; url: string; note?: string };

export interface CrisisLine {
  id: string;
  /** The region this line serves, or null for the worldwide fallback directory. */
  region: SupportedRegion | null;
  name: string;
  /** One plain sentence on who it is for. */
  description: string;
  contacts: readonly ContactMethod[];
  /** Opening hours as shown to people, e.g. "24/7". */
  hours: string;
  is24x7: boolean;
  /** ISO date (YYYY-MM-DD) the entry was last checked against the service's own site. */
  lastVerified: string;
}

export interface EmergencyNumber {
  region: SupportedRegion | null;
  /** The number to dial, or null when we do not know the region. */
  number: string | null;
  /** Other numbers that also reach emergency services (Ireland: 999 as well as 112). */
  alternates: readonly string[];
  /** What to show: "911", or a hint when the number is unknown. */
  label: string;
}

/** Everything SOS needs for one region. Lines are ordered 24/7 first. */
export interface CrisisDirectory {
  /** The region the table is for, or null when the requested one is unsupported. */
  region: SupportedRegion | null;
  /** What was asked for, normalised (e.g. 'FR'), so the UI can say "no table for FR yet". */
  requested: string;
  emergency: EmergencyNumber;
  lines: readonly CrisisLine[];
}

/** Body of GET/PUT /api/settings (PUT sends just `{ region }`). */
export interface RegionSettings {
  /** ISO 3166-1 alpha-2, upper case ("UK" is stored as "GB"). */
  region: string;
  /** False when the region has no crisis-line table yet (the worldwide directory is used). */
  regionSupported: boolean;
  supportedRegions: string[];
}
