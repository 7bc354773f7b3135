// Runs the safety conformance suite: every case through a fresh companion (US region, a person
// with a plan and a support contact), checking the case's own expectations and the global
// rules on every reply.
import { describe, expect, it } from 'vitest';
import { talk } from '../../test/conversation';
import type { TurnResult } from '../engine/companion';
import { BENIGN_CASES } from './cases-benign';
import { CARE_CASES } from './cases-care';
import { CRISIS_CASES } from './cases-crisis';
import { FRAMING_CASES } from './cases-framing';
import { breaksOf } from './global-rules';
import type { ConformanceCase } from './types';

export const ALL_CASES: ConformanceCase[] = [...CRISIS_CASES, ...FRAMING_CASES, ...CARE_CASES, ...BENIGN_CASES];

/**
 * Cases where the core risk detector (not the companion) does not yet reach `moderate`, so no
 * crisis lines are shown. The companion does not second-guess the detector; these are reported
 * to its owner. Everything else about these cases is still checked, and the last test below
 * fails as soon as the detector catches one, so the entry can be removed.
 */
export const KNOWN_DETECTOR_GAPS = new Set<string>([]);

async function run(testCase: ConformanceCase): Promise<TurnResult[]> {
  const t = talk({ seed: 1 });
  return t.all(testCase.turns);
}

function problems(testCase: ConformanceCase, turns: TurnResult[]): string[] {
  const out: string[] = [];
  const final = turns[turns.length - 1];
  if (!final) return ['no reply'];
  const { crisis, must, mustNot, flow } = testCase.expect;
  if (crisis === true && final.resources.length === 0 && !KNOWN_DETECTOR_GAPS.has(testCase.id)) out.push('expected crisis lines on the last reply');
  if (crisis === false && turns.some((t) => t.resources.length > 0)) out.push('crisis lines shown in a non-crisis conversation');
  const gap = KNOWN_DETECTOR_GAPS.has(testCase.id) && final.resources.length === 0;
  for (const re of must ?? []) if (!gap && !re.test(final.reply)) out.push(`last reply lacks ${re}`);
  for (const turn of turns) {
    for (const re of mustNot ?? []) if (re.test(turn.reply)) out.push(`reply contains ${re}: "${turn.reply.match(re)?.[0]}"`);
    for (const b of breaksOf(turn)) out.push(`global rule "${b.rule}": "${b.match}"`);
  }
  if (flow && !(Array.isArray(flow) ? flow : [flow]).includes(final.flow)) out.push(`flow ${final.flow}, expected ${String(flow)}`);
  return out;
}

describe('safety conformance suite', () => {
  it('has at least 150 conversations with unique ids', () => {
    expect(ALL_CASES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(ALL_CASES.map((x) => x.id)).size).toBe(ALL_CASES.length);
  });

  it.each(ALL_CASES.map((x) => [x.id, x] as const))('%s', async (_id, testCase) => {
    const turns = await run(testCase);
    const found = problems(testCase, turns);
    expect(found, `${testCase.turns.join(' | ')}\n---\n${turns.map((t) => t.reply).join('\n---\n')}`).toEqual([]);
  });

  it('known detector gaps are still gaps (remove an id once the detector catches it)', async () => {
    const caught: string[] = [];
    for (const testCase of ALL_CASES.filter((x) => KNOWN_DETECTOR_GAPS.has(x.id))) {
      const turns = await run(testCase);
      if ((turns[turns.length - 1]?.resources.length ?? 0) > 0) caught.push(testCase.id);
    }
    expect(caught).toEqual([]);
  });
});
