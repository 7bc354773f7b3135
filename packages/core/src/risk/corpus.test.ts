// Runs the project's own labelled corpus. Each case asserts what the product would do with the
// message: its level (exact) and, where given, its categories (exact set).
import { describe, expect, it } from 'vitest';
import { CORPUS, HARD_NEGATIVE_GROUPS, type CorpusCase } from './corpus';
import { assessRisk, RISK_CATEGORIES, RISK_LEVELS } from './index';
import { normalise } from './normalise';
import { RULES } from './rules';

const byGroup = new Map<string, CorpusCase[]>();
for (const c of CORPUS) byGroup.set(c.group, [...(byGroup.get(c.group) ?? []), c]);

describe('risk corpus', () => {
  it('is large and balanced enough to mean something', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(600);
    const hardNegatives = CORPUS.filter((c) => HARD_NEGATIVE_GROUPS.has(c.group));
    expect(hardNegatives.length).toBeGreaterThanOrEqual(200);
    for (const level of RISK_LEVELS) expect(CORPUS.some((c) => c.level === level), level).toBe(true);
    for (const category of RISK_CATEGORIES) {
      expect(CORPUS.some((c) => c.categories?.includes(category)), category).toBe(true);
    }
    for (const group of ['idiom', 'negation', 'third-party', 'past', 'professional', 'everyday']) {
      expect(byGroup.get(group)?.length ?? 0, group).toBeGreaterThanOrEqual(25);
    }
  });

  it('has no duplicate case (same text, context and label)', () => {
    const seen = new Set<string>();
    const dupes: string[] = [];
    for (const c of CORPUS) {
      const key = JSON.stringify([c.text, c.context ?? [], c.level]);
      if (seen.has(key) && c.note === undefined) dupes.push(c.text);
      seen.add(key);
    }
    expect(dupes).toEqual([]);
  });

  // A rule no case exercises is untested: a typo in it, or a normaliser change that makes it
  // unreachable, would go unnoticed.
  it('exercises every rule with at least one case', () => {
    const texts = CORPUS.flatMap((c) => [c.text, ...(c.context ?? [])]).map((t) => normalise(t).text);
    const unexercised = RULES.filter((rule) => !texts.some((t) => {
      rule.re.lastIndex = 0;
      return rule.re.test(t);
    })).map((rule) => rule.id);
    expect(unexercised).toEqual([]);
  });

  for (const [group, list] of byGroup) {
    describe(group, () => {
      it.each(list.map((c) => [c.text, c] as const))('%s', (_text, c) => {
        const result = assessRisk(c.text, c.context ?? []);
        expect(result.level).toBe(c.level);
        if (c.categories) expect([...result.categories].sort()).toEqual([...c.categories].sort());
        if (HARD_NEGATIVE_GROUPS.has(c.group) && c.level === 'none') expect(result.categories).toEqual([]);
      });
    });
  }
});
