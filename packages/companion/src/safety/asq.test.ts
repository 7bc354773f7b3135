import { describe, expect, it } from 'vitest';
import type { EpochMs } from '@kinbridge/core';
import { answerAsq, readAnswer, startAsq, type AsqState, type AsqStep } from './asq';

const now = Date.UTC(2026, 2, 1) as EpochMs;

function run(answers: string[]): AsqStep {
  let state: AsqState = startAsq();
  let step: AsqStep | undefined;
  for (const a of answers) {
    step = answerAsq(state, a, now);
    if (step.kind === 'done') return step;
    state = step.state;
  }
  if (!step) throw new Error('no answers');
  return step;
}

describe('ASQ screening', () => {
  it('all four "no" is a negative screen and skips the acuity question', () => {
    const step = run(['no', 'nope', 'never', 'no']);
    expect(step.kind === 'done' && step.record.result).toBe('negative');
  });

  it('any yes leads to the acuity question; "no" there is non-acute positive', () => {
    const asked = run(['no', 'yes', 'no', 'no']);
    expect(asked.kind === 'ask' && asked.question).toBe(5);
    const done = run(['no', 'yes', 'no', 'no', 'not right now']);
    expect(done.kind === 'done' && done.record.result).toBe('non_acute_positive');
  });

  it('yes to the acuity question is acute positive', () => {
    const done = run(['yes', 'yes', 'sometimes', 'no', 'yes']);
    expect(done.kind === 'done' && done.record.result).toBe('acute_positive');
  });

  it('a refusal counts as positive', () => {
    const asked = run(["I'd rather not say", 'no', 'no', 'no']);
    expect(asked.kind === 'ask' && asked.question).toBe(5);
  });

  it('asks again once when the answer is unclear, then treats silence as not answering', () => {
    const again = run(['purple']);
    expect(again.kind === 'ask' && again.repeat).toBe(true);
    const asked = run(['purple', 'hmm', 'no', 'no', 'no']);
    expect(asked.kind === 'ask' && asked.question).toBe(5);
  });

  it('reads everyday answers', () => {
    expect(readAnswer('kind of, yeah')).toBe('yes');
    expect(readAnswer('not really')).toBe('no');
    expect(readAnswer('no... well, sometimes')).toBe('yes');
    expect(readAnswer('skip')).toBe('refused');
  });
});
