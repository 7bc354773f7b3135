// The text model as a person or a clinician would notice it: a long message that says "I want
// out" in words no rule names is caught and the evidence shows which words weighed; a
// supporter's long reply, a short message and a rule's stronger reading are left alone.
import { describe, expect, it } from 'vitest';
import { assessRisk, isAtLeast, RiskTracker } from '../index';
import { normalise } from '../normalise';
import { modelFeatures, readWithModel } from './classify';
import { featureCount, textFeatures, wordCount } from './features';
import { CORPUS } from '../corpus';
import { RISK_MODEL } from './weights';

const SUPPORTER =
  'Hey, I read your post twice. I am really glad you wrote it instead of keeping it in. You are not a burden to ' +
  'anyone here, and the feeling that everyone would be better off is the depression talking, not the truth. ' +
  'Please call or text a crisis line tonight if it gets heavier, and tell your sister what you told us. We are here for you.';

describe('text model', () => {
  it('lifts a long message that no rule reads and names the words that weighed', () => {
    // Built from the model's own strongest words, so the test holds whatever the training data.
    const features = modelFeatures();
    const words = features.filter(([f]) => !f.includes('_') && f.length < RISK_MODEL.stem);
    const top = Math.max(...words.map(([, w]) => w));
    const strong = words.filter(([, w]) => w === top).map(([f]) => f);
    const text = `${strong.slice(0, 12).join(' and ')} and then the week went on as usual for me at home.`;
    const result = assessRisk(text);
    expect(isAtLeast(result.level, 'moderate')).toBe(true);
    const modelEvidence = result.evidence.filter((x) => x.rule.startsWith('model.'));
    expect(modelEvidence.length).toBeGreaterThan(0);
    for (const e of modelEvidence) {
      expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(strong).toContain(e.text);
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

  it('ships well-formed weights: each feature once, none weighing zero, steps symmetric around zero', () => {
    const vocab = modelFeatures().map(([f]) => f);
    expect(RISK_MODEL.byWeight.length % 2).toBe(1);
    expect(RISK_MODEL.byWeight[(RISK_MODEL.byWeight.length - 1) / 2]).toBe('');
    expect(new Set(vocab).size).toBe(vocab.length);
    expect(vocab.length).toBeGreaterThan(100);
    expect(RISK_MODEL.cuts[1]).toBeGreaterThanOrEqual(RISK_MODEL.cuts[0] ?? 0);
  });
});

describe('reading several turns together', () => {
  it('lifts a run of short messages that only together read as risk, without keeping their words', () => {
    const turns = [
      'hey',
      "just wanted to say you've been nicer to me than most people",
      "everything's sorted now. letters are on the table",
      "tonight's the night i think",
    ];
    const tracker = new RiskTracker();
    const levels = turns.map((t) => tracker.assess(t));
    expect(levels.some((r) => r.evidence.some((e) => e.rule.startsWith('context.model-window')))).toBe(true);
    expect(isAtLeast(levels[levels.length - 1]?.level ?? 'none', 'high')).toBe(true);
    const state = JSON.stringify(tracker.snapshot());
    expect(state).not.toMatch(/letters|table|tonight/);
  });

  it('leaves an ordinary chat alone', () => {
    const tracker = new RiskTracker();
    const turns = ['morning!', 'had a long walk with the dog', 'then lunch with my sister', 'thinking of making soup tonight', 'any ideas for a recipe?'];
    for (const t of turns) expect(tracker.assess(t).level).toBe('none');
  });
});

describe('features', () => {
  it('are read at run time exactly as the training script reads them', () => {
    const weight = new Map(modelFeatures());
    for (const c of CORPUS.slice(0, 400)) {
      const norm = normalise(c.text);
      let sum = 0;
      for (const f of textFeatures(norm, RISK_MODEL.stem).keys()) sum += weight.get(f) ?? 0;
      const read = readWithModel(norm);
      expect([read.sum, read.features, read.words]).toEqual([sum, featureCount(norm, RISK_MODEL.stem), wordCount(norm)]);
    }
  });
});
