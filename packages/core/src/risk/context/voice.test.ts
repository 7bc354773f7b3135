// Whose words are they: quotes of someone else and replies supporting someone else are not the
// writer's own disclosure; the writer's own words, present tense, always are.
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../index';

describe('quoted speech', () => {
  it('reads words quoted from someone else as a report', () => {
    const result = assessRisk('My 9 year old said "I want to die" after losing his football match. Should I worry?');
    expect(result.level).toBe('low');
    expect(result.evidence.some((e) => e.rule.includes('+quoted'))).toBe(true);
  });

  it('keeps the writer’s own quoted thoughts as theirs', () => {
    expect(assessRisk('I keep telling myself "I want to die" every single night.').level).toBe('moderate');
    expect(assessRisk('"I want to die" is the only thought I have lately.').level).toBe('moderate');
  });
});

describe('supporter voice', () => {
  it('reads a supporter sharing their own past as past, not as current risk', () => {
    const reply =
      "I've been where you are. Four years ago I tried to kill myself and woke up in hospital. " +
      'It took time but you can get through this. Please call a crisis line tonight and tell someone you trust.';
    const result = assessRisk(reply);
    expect(result.level).toBe('low');
  });

  it('still flags a supporter who is at risk now', () => {
    const reply = "You're not alone, honestly I want to kill myself too most days. Please reach out to someone.";
    expect(assessRisk(reply).level).toBe('high');
  });
});
