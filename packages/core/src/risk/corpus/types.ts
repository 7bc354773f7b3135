// The project's own labelled corpus for the risk detector: written for Kinbridge by its
// engineers, in their own words, labelled on the clinical ladder in ../types.ts. It is the
// detector's development set (unit tests run every case); external data sets are only ever
// used for measurement, never as a source of cases or words.
import type { RiskCategory, RiskLevel } from '../types';

export type CaseGroup =
  | 'suicide' | 'self-harm' | 'harm-to-others' | 'being-harmed' | 'medical' | 'coded' | 'facilitation'
  | 'conversation' | 'multilingual' | 'distress'
  // hard negatives
  | 'idiom' | 'negation' | 'third-party' | 'past' | 'professional' | 'everyday';

export interface CorpusCase {
  text: string;
  /** Earlier user turns, oldest first. */
  context?: string[];
  level: RiskLevel;
  /** Expected categories (exact set) when given. */
  categories?: RiskCategory[];
  group: CaseGroup;
  /** Why a case exists, for regressions. */
  note?: string;
}

type Short = [text: string, level: RiskLevel, categories?: RiskCategory[], context?: string[]];

/** Compact case lists: one group, one tuple per case. */
export function cases(group: CaseGroup, list: Short[]): CorpusCase[] {
  return list.map(([text, level, categories, context]) => ({
    text, level, group, ...(categories ? { categories } : {}), ...(context ? { context } : {}),
  }));
}

export const HARD_NEGATIVE_GROUPS: ReadonlySet<CaseGroup> = new Set<CaseGroup>([
  'idiom', 'negation', 'third-party', 'past', 'professional', 'everyday',
]);
