// Behaviour of the public assessRisk function beyond the corpus: evidence, ordering helpers,
// robustness on odd input.
import { describe, expect, it } from 'vitest';
import { assessRisk, compareRiskLevels, isAtLeast, RISK_LEVELS } from './index';

describe('assessRisk', () => {
  it('points evidence at the words the person wrote, with the rule that fired', () => {
    const text = 'Honestly I wanna k*ll myself tonight.';
    const result = assessRisk(text);
    expect(result.level).toBe('imminent');
    const main = result.evidence.find((e) => e.rule.startsWith('suicide.thoughts'));
    expect(main).toBeDefined();
    expect(main && text.slice(main.start, main.end)).toBe(main?.text);
    expect(main?.text).toContain('k*ll myself');
    expect(main?.rule).toContain('+time');
    expect(main?.category).toBe('suicide');
  });

  it('marks a negated statement as such', () => {
    const result = assessRisk("I'd never kill myself");
    expect(result.level).toBe('low');
    expect(result.evidence[0]?.rule).toMatch(/\+negated$/);
    expect(result.categories).toEqual([]);
  });

  it('handles empty, huge and strange input without throwing', () => {
    expect(assessRisk('').level).toBe('none');
    expect(assessRisk('   \n\t ').level).toBe('none');
    expect(assessRisk('🙂'.repeat(1000)).level).toBe('none');
    expect(assessRisk('a'.repeat(100_000)).level).toBe('none');
    const long = `${'work was long and boring. '.repeat(400)}I want to kill myself`;
    expect(assessRisk(long).level).toBe('high');
  });

  it('is deterministic', () => {
    const text = 'I feel hopeless. How tall is the bridge downtown?';
    expect(assessRisk(text)).toEqual(assessRisk(text));
  });
});

describe('level helpers', () => {
  it('order levels along the ladder', () => {
    expect(RISK_LEVELS).toEqual(['none', 'low', 'moderate', 'high', 'imminent']);
    expect(compareRiskLevels('high', 'moderate')).toBeGreaterThan(0);
    expect(compareRiskLevels('low', 'imminent')).toBeLessThan(0);
    expect(compareRiskLevels('none', 'none')).toBe(0);
    expect(isAtLeast('high', 'moderate')).toBe(true);
    expect(isAtLeast('low', 'moderate')).toBe(false);
  });
});
