import { describe, expect, it } from 'vitest';
import { classify } from './classifier';
import { INTENT_CORPUS } from './corpus-intents';

// Sentences written for this test and absent from the training corpus: routing must generalise.
const UNSEEN: Array<[string, string]> = [
  ['my manager tore into me at the meeting and I feel crushed', 'vent'],
  ['please help me settle, my heart is pounding', 'anxious_help'],
  ['could we do some breathing together', 'breathing'],
  ['I am hopeless at everything, a complete failure', 'negative_thought'],
  ['my landlord wants me out by friday and I have no idea what to do', 'problem'],
  ['what does my plan say to do', 'plan_review'],
  ['sure, let us do that', 'affirm'],
  ['nah not right now', 'deny'],
  ['is this a bot or a person', 'identity'],
  ['going to bed now, bye', 'bye'],
  ['hey there, me again', 'greet'],
  ['that breathing thing actually worked', 'better'],
];

describe('intent classifier', () => {
  it('routes sentences it has never seen', () => {
    const wrong = UNSEEN.filter(([text, intent]) => classify(text).intent !== intent).map(([t, i]) => `${t} -> expected ${i}, got ${classify(t).intent}`);
    // A couple of misses are tolerable (listening is always a safe fallback); most must route.
    expect(wrong.length, wrong.join('\n')).toBeLessThanOrEqual(2);
  });

  it('is unsure about text unlike anything it was trained on', () => {
    expect(classify('zxq vvv plorb').intentConfidence).toBeLessThan(0.3);
  });

  it('names the feeling in clear emotional statements', () => {
    expect(classify('I am terrified something awful will happen tonight').emotion).toBe('anxious');
    expect(classify('I am so furious with my brother').emotion).toBe('angry');
    expect(classify('I have nobody, I am always by myself').emotion).toBe('lonely');
  });

  it('trains from a corpus with every intent it can return', () => {
    for (const texts of Object.values(INTENT_CORPUS)) expect(texts.length).toBeGreaterThanOrEqual(8);
  });
});
