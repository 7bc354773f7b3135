// The text model as a person or a clinician would notice it: a long message that says "I want
// out" in words no rule names is caught and the evidence shows which words weighed; a
// supporter's long reply, a short message and a rule's stronger reading are left alone.
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../index';
import { normalise } from '../normalise';
import { readWithModel } from './classify';
import { RISK_MODEL } from './weights';

const VENT =
  'another week of the same. i drag myself to the warehouse, come home, sit in the dark. my brother stopped calling ' +
  'months ago and honestly i get it, i am a drain on everyone. i keep thinking they would all manage better if i was ' +
  'out of the picture for good. nothing is going to change and i am so tired of pretending it will.';

const SUPPORTER =
  'Hey, I read your post twice. I am really glad you wrote it instead of keeping it in. You are not a burden to ' +
  'anyone here, and the feeling that everyone would be better off is the depression talking, not the truth. ' +
  'Please call or text a crisis line tonight if it gets heavier, and tell your sister what you told us. We are here for you.';

describe('text model', () => {
  it('lifts a long indirect message to moderate and names the words that weighed', () => {
    const result = assessRisk(VENT);
    expect(result.level === 'moderate' || result.level === 'high').toBe(true);
    expect(result.categories).toContain('suicide');
    for (const e of result.evidence.filter((x) => x.rule === 'model.self-risk')) {
      expect(VENT.slice(e.start, e.end)).toBe(e.text);
      expect(e.text.length).toBeGreaterThan(0);
    }
  });

  it('leaves a supporter replying to someone in crisis below moderate', () => {
    const result = assessRisk(SUPPORTER);
    expect(result.evidence.some((e) => e.rule === 'model.self-risk')).toBe(false);
  });

  it('never reads a short message on its own', () => {
    const short = normalise('i am such a burden to everyone and so tired of it all honestly');
    expect(readWithModel(short).level).toBe(0);
  });

  it('does not re-read words a rule discounted in context', () => {
    const text = 'I tried to kill myself back in 2015 and today I am so grateful to be alive and to have my kids and my garden.';
    expect(assessRisk(text).level).toBe('low');
  });

  it('never lowers what a rule found', () => {
    const text = `${'long day at work, traffic was awful and the kids were loud. '.repeat(3)}I want to kill myself tonight.`;
    expect(assessRisk(text).level).toBe('imminent');
  });

  it('ships well-formed weights: one letter per feature, each feature once', () => {
    const vocab = RISK_MODEL.vocab.split(' ');
    expect(RISK_MODEL.weights.length).toBe(vocab.length);
    expect(new Set(vocab).size).toBe(vocab.length);
    expect(vocab.length).toBeGreaterThan(100);
    expect(RISK_MODEL.cuts[1]).toBeGreaterThanOrEqual(RISK_MODEL.cuts[0] ?? 0);
  });
});
