// Ordering helpers for risk levels. Levels are compared by their index in RISK_LEVELS.
import { RISK_CATEGORIES, RISK_LEVELS, type RiskCategory, type RiskLevel } from './types';

const INDEX: Readonly<Record<RiskLevel, number>> = { none: 0, low: 1, moderate: 2, high: 3, imminent: 4 };

export function levelIndex(level: RiskLevel): number {
  return INDEX[level];
}

export function levelAt(index: number): RiskLevel {
  return RISK_LEVELS[Math.max(0, Math.min(4, index))] ?? 'none';
}

/** Negative when a is lower than b, 0 when equal, positive when a is higher. */
export function compareRiskLevels(a: RiskLevel, b: RiskLevel): number {
  return INDEX[a] - INDEX[b];
}

export function isAtLeast(level: RiskLevel, min: RiskLevel): boolean {
  return INDEX[level] >= INDEX[min];
}

export function maxLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return INDEX[a] >= INDEX[b] ? a : b;
}

export function minLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return INDEX[a] <= INDEX[b] ? a : b;
}

export function categoryBit(category: RiskCategory): number {
  return 1 << RISK_CATEGORIES.indexOf(category);
}

const CATEGORY_SETS: readonly (readonly RiskCategory[])[] = Array.from({ length: 1 << RISK_CATEGORIES.length }, (_, bits) =>
  RISK_CATEGORIES.filter((_, i) => (bits & (1 << i)) !== 0),
);

/** Categories for a bit set, in RISK_CATEGORIES order (a fresh array the caller may keep). */
export function categoriesFromBits(bits: number): RiskCategory[] {
  const set = CATEGORY_SETS[bits & ((1 << RISK_CATEGORIES.length) - 1)];
  return set && set.length > 0 ? set.slice() : [];
}
