// SUDS, the Subjective Units of Distress Scale (Wolpe), 0–10, and how a rating picks a tier.
//
// Mapping (our choice, documented here and shown in the UI):
//   0–3  mild       upset is present but you are still yourself
//   4–6  moderate   clearly upset, still functioning (the reference's ~5 anchor)
//   7–8  severe     panicky, losing focus (the reference's ~8 anchor)
//   9–10 emergency  close to the worst imaginable
// The proposal is only a starting point: the person can always move up or down.
import { TIERS } from '../plan/tier-names';
import type { Tier } from '../plan/tier-names';

export type Suds = number & { readonly __brand: 'Suds' };

export const SUDS_MIN = 0;
export const SUDS_MAX = 10;

export function isSuds(value: unknown): value is Suds {
  return typeof value === 'number' && Number.isInteger(value) && value >= SUDS_MIN && value <= SUDS_MAX;
}

export function toSuds(value: unknown): Suds | null {
  return isSuds(value) ? value : null;
}

/** Inclusive SUDS range for each tier. */
export const TIER_SUDS_RANGES: Readonly<Record<Tier, { min: number; max: number }>> = {
  mild: { min: 0, max: 3 },
  moderate: { min: 4, max: 6 },
  severe: { min: 7, max: 8 },
  emergency: { min: 9, max: 10 },
};

export function sudsToTier(suds: Suds): Tier {
  if (suds <= TIER_SUDS_RANGES.mild.max) return 'mild';
  if (suds <= TIER_SUDS_RANGES.moderate.max) return 'moderate';
  if (suds <= TIER_SUDS_RANGES.severe.max) return 'severe';
  return 'emergency';
}

/** Anchors to show beside the scale, after Wolpe's descriptions, in our words. */
export const SUDS_ANCHORS: readonly { value: number; label: string }[] = [
  { value: 0, label: 'Calm, completely at ease' },
  { value: 5, label: 'Upset, but I can still get things done' },
  { value: 8, label: 'Panicky, hard to think straight' },
  { value: 10, label: 'The worst I can imagine' },
];

export function tierIndex(tier: Tier): number {
  return TIERS.indexOf(tier);
}

export function tierAbove(tier: Tier): Tier | null {
  return TIERS[tierIndex(tier) + 1] ?? null;
}

export function tierBelow(tier: Tier): Tier | null {
  const i = tierIndex(tier);
  return i > 0 ? (TIERS[i - 1] ?? null) : null;
}
