// The development set (corpus/dev/dev-set.jsonl) was written by a colleague who had not seen the
// rules: long forum-style posts, short oblique chat lines, conversations, other categories and
// hard negatives. The detector was tuned on it by phrasing family (`npm run dev:risk` lists the
// misses), so these floors sit a little below the figures reached; a change that loses a
// family of phrasing, or starts flagging its hard negatives, fails here.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assessRisk, isAtLeast, RISK_LEVELS, type RiskLevel } from './index';

interface DevCase {
  text: string;
  context?: string[];
  level: RiskLevel;
  family?: string;
}

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'corpus/dev/dev-set.jsonl');
const cases: DevCase[] = fs
  .readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as DevCase)
  .filter((c) => typeof c.text === 'string' && RISK_LEVELS.includes(c.level));

const results = cases.map((c) => ({ c, got: assessRisk(c.text, c.context ?? []).level }));
const share = (list: typeof results, hit: (r: (typeof results)[number]) => boolean): number =>
  list.filter(hit).length / Math.max(1, list.length);

describe('risk dev set', () => {
  it('is the full set', () => {
    expect(cases.length).toBeGreaterThanOrEqual(450);
  });

  it('catches at-risk messages at moderate or above', () => {
    const atRisk = results.filter((r) => isAtLeast(r.c.level, 'moderate'));
    // measured 0.731 (465 cases, December 2026); 0.767 after round 4; 0.849 after round 5
    expect(share(atRisk, (r) => isAtLeast(r.got, 'moderate'))).toBeGreaterThanOrEqual(0.83);
  });

  it('catches high and imminent messages at high or above', () => {
    const severe = results.filter((r) => isAtLeast(r.c.level, 'high'));
    // measured 0.602; 0.660 after round 4; 0.703 after round 5 (text model)
    expect(share(severe, (r) => isAtLeast(r.got, 'high'))).toBeGreaterThanOrEqual(0.69);
  });

  it('rarely raises a false alarm on none and low messages', () => {
    const calm = results.filter((r) => !isAtLeast(r.c.level, 'moderate'));
    // measured 0.045
    expect(share(calm, (r) => isAtLeast(r.got, 'moderate'))).toBeLessThanOrEqual(0.06);
  });

  it('never flags the idiom, professional and media hard negatives at high or above', () => {
    const negatives = results.filter((r) => ['idiom', 'professional', 'media'].includes(r.c.family ?? '') && !isAtLeast(r.c.level, 'moderate'));
    expect(negatives.length).toBeGreaterThan(30);
    expect(negatives.filter((r) => isAtLeast(r.got, 'high')).map((r) => r.c.text)).toEqual([]);
  });
});
