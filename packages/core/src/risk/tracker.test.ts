import { describe, expect, it } from 'vitest';
import { assessRisk, RiskTracker, HOLD_DECAY_TURNS, type RiskTrackerState } from './index';
import { CORPUS } from './corpus';

describe('RiskTracker', () => {
  it('assessRisk(text, context) equals a fresh tracker fed the context then the text', () => {
    const context = ['I lost my job today', 'everything is falling apart', 'I feel like a burden'];
    const text = 'what are the tallest bridges around here?';
    const tracker = new RiskTracker();
    for (const turn of context) tracker.assess(turn);
    const tracked = tracker.assess(text);
    expect(assessRisk(text, context)).toEqual({ level: tracked.level, categories: tracked.categories, evidence: tracked.evidence });
    expect(tracked.level).toBe('high');
    expect(tracked.distressInContext).toBe(true);
  });

  it('gives the same answer through assessRisk as through a tracker, for every corpus conversation', () => {
    const conversations = CORPUS.filter((c) => (c.context?.length ?? 0) > 0);
    expect(conversations.length).toBeGreaterThan(40);
    for (const c of conversations) {
      const tracker = new RiskTracker();
      for (const turn of c.context ?? []) tracker.assess(turn);
      const { level, categories, evidence } = tracker.assess(c.text);
      expect(assessRisk(c.text, c.context), c.text).toEqual({ level, categories, evidence });
    }
  });

  it('keeps an earlier flag when the person retracts it', () => {
    const tracker = new RiskTracker();
    expect(tracker.assess('I want to kill myself').level).toBe('high');
    const retracted = tracker.assess("never mind, I'm fine");
    expect(retracted.retraction).toBe(true);
    expect(retracted.level).toBe('high');
    expect(retracted.message.level).toBe('none');
    expect(retracted.peak).toBe('high');
    expect(retracted.evidence.some((e) => e.rule === 'context.retraction-holds-flag')).toBe(true);
  });

  it('does not call "I\'m fine" a retraction when nothing was flagged', () => {
    const tracker = new RiskTracker();
    tracker.assess('how was your day?');
    const turn = tracker.assess("I'm fine");
    expect(turn.retraction).toBe(false);
    expect(turn.level).toBe('none');
  });

  it('decays a held flag one step per calm stretch, and a later retraction re-asserts the peak', () => {
    const tracker = new RiskTracker();
    tracker.assess('I feel suicidal');
    const levels: string[] = [];
    for (let i = 0; i < HOLD_DECAY_TURNS * 3; i++) levels.push(tracker.assess('we talked about the weather').level);
    expect(levels[0]).toBe('high');
    expect(levels[HOLD_DECAY_TURNS - 1]).toBe('moderate');
    expect(levels[HOLD_DECAY_TURNS * 3 - 1]).toBe('none');
    const back = tracker.assess('forget what I said earlier');
    expect(back.retraction).toBe(true);
    expect(back.level).toBe('high');
  });

  it('escalates when several warning signs build up across turns', () => {
    const tracker = new RiskTracker();
    expect(tracker.assess('I feel so hopeless').level).toBe('moderate');
    tracker.assess('anyway');
    expect(tracker.assess("I'm a burden to my family").level).toBe('moderate');
    const third = tracker.assess('sometimes I wish I was never born');
    expect(third.message.level).toBe('high');
    expect(third.evidence.some((e) => e.rule === 'context.cumulative')).toBe(true);
  });

  it('reads means at hand after ideation as imminent, even many turns later', () => {
    const tracker = new RiskTracker();
    tracker.assess("I've been thinking about killing myself");
    for (let i = 0; i < 30; i++) tracker.assess('ok');
    expect(tracker.assess('the pills are lined up on my desk').level).toBe('imminent');
  });

  it('snapshots to small JSON with no text, and a restored tracker continues identically', () => {
    const turns = ['I got dumped', 'I feel worthless', 'I want to die', 'never mind', 'where can I buy rope?'];
    const a = new RiskTracker();
    for (const t of turns.slice(0, 3)) a.assess(t);
    const snap = a.snapshot();
    const json = JSON.stringify(snap);
    expect(json.length).toBeLessThan(300);
    for (const t of turns) for (const word of t.split(' ')) if (word.length > 3) expect(json).not.toContain(word);
    const b = new RiskTracker(JSON.parse(json) as RiskTrackerState);
    for (const t of turns.slice(3)) expect(b.assess(t)).toEqual(a.assess(t));
  });

  it('ignores a corrupted snapshot instead of throwing', () => {
    const bad = { v: 1, turns: -5, peak: 99 } as unknown as RiskTrackerState;
    const tracker = new RiskTracker(bad);
    expect(tracker.snapshot().peak).toBe(0);
    expect(tracker.assess('hello').level).toBe('none');
  });

  it('keeps its state the same size over a 500-turn conversation', () => {
    const tracker = new RiskTracker();
    const sizes: number[] = [];
    for (let i = 0; i < 500; i++) {
      tracker.assess(i % 50 === 0 ? 'I feel hopeless' : `turn ${i} about my day at work`);
      if (i % 100 === 0) sizes.push(Object.keys(tracker.snapshot()).length);
    }
    expect(new Set(sizes).size).toBe(1);
    expect(tracker.snapshot().turns).toBe(500);
  });
});
