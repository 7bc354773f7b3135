import { describe, expect, it } from 'vitest';
import type { EpochMs } from '@kinbridge/core';
import { Composer, newVariationState } from '../compose/variation';
import { AWAY_MS, REPEAT_MS, disclosureDue, disclosureText, newDisclosureState, recordMessage } from './disclosure';

const t = (ms: number) => ms as EpochMs;
const start = Date.UTC(2026, 0, 5, 22, 0);

describe('AI disclosure schedule', () => {
  it('discloses at first use, then not again within three hours', () => {
    let state = newDisclosureState();
    expect(disclosureDue(state, t(start), false)).toBe('first_use');
    state = recordMessage(state, t(start), true);
    expect(disclosureDue(state, t(start + REPEAT_MS - 60_000), false)).toBeNull();
  });

  it('discloses again after three hours of conversation', () => {
    let state = recordMessage(newDisclosureState(), t(start), true);
    for (let m = 10; m < 180; m += 10) state = recordMessage(state, t(start + m * 60_000), false);
    expect(disclosureDue(state, t(start + REPEAT_MS), false)).toBe('periodic');
  });

  it('discloses when someone returns after seven days away', () => {
    const state = recordMessage(newDisclosureState(), t(start), true);
    expect(disclosureDue(state, t(start + AWAY_MS), false)).toBe('returning');
  });

  it('discloses whenever asked, even a minute after the last time', () => {
    const state = recordMessage(newDisclosureState(), t(start), true);
    expect(disclosureDue(state, t(start + 60_000), true)).toBe('asked');
  });

  it('every wording says AI, not a person, not a therapist', () => {
    const compose = new Composer(newVariationState(3));
    for (const reason of ['first_use', 'returning', 'periodic', 'asked'] as const) {
      for (let i = 0; i < 4; i++) {
        const text = disclosureText(reason, compose);
        expect(text).toMatch(/\bAI\b/);
        expect(text).toMatch(/not a (?:person|human)|not human/i);
        expect(text).toMatch(/not a therapist/i);
      }
    }
  });
});
