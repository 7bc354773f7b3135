// The NIMH Ask Suicide-Screening Questions (ASQ), run when the detector reaches `moderate` with
// the suicide category (REFERENCE.md, "Screening: use the ASQ, not the C-SSRS"). Four yes/no
// questions; any yes, or a refusal, is a positive screen, which leads to the fifth (acuity)
// question. Yes to the fifth -> acute positive (emergency: crisis line, do not stay alone);
// no -> non-acute positive (a clinician should do a brief safety assessment soon; the linked
// therapist is notified only if the person consented). All four no -> negative.
//
// The ASQ is a free, public-domain federal toolkit. Because it is a validated screener, the
// questions keep its meaning and time windows exactly; only the phrasing around them is ours.
// The toolkit's "if yes, how and when?" after question 4 is deliberately not asked by an AI: a
// clinician asks it, and the companion never invites method details.
import type { EpochMs, IsoDateTime } from '@kinbridge/core';
import { toIso } from '@kinbridge/core';

export type AsqAnswer = 'yes' | 'no' | 'refused';
export type AsqResult = 'negative' | 'non_acute_positive' | 'acute_positive';
export type AsqQuestion = 1 | 2 | 3 | 4 | 5;

export interface AsqState {
  question: AsqQuestion;
  answers: Partial<Record<`q${AsqQuestion}`, AsqAnswer>>;
  /** Times the current question got an answer we could not read. */
  unclear: number;
}

export interface AsqRecord {
  result: AsqResult;
  answers: Partial<Record<`q${AsqQuestion}`, AsqAnswer>>;
  /** False when the safety protocol took over before the screen finished. */
  complete: boolean;
  at: IsoDateTime;
}

export const ASQ_QUESTIONS: Record<AsqQuestion, string> = {
  1: 'Over the past few weeks, have you wished you were dead?',
  2: 'Over the past few weeks, have you felt that you, or your family, would be better off if you were dead?',
  3: 'Over the past week, have you had thoughts about killing yourself?',
  4: 'Have you ever tried to kill yourself?',
  5: 'Are you having thoughts of killing yourself right now?',
};

const REFUSED = /\b(?:rather not|prefer not|don'?t want to (?:answer|say|talk)|do not want to (?:answer|say)|not (?:answering|telling)|skip|pass|none of your business|leave it|stop asking|can we stop|not comfortable)\b/i;
const YES = /\b(?:yes|yeah|yea|yep|yup|ya|y|sometimes|kind of|kinda|sort of|a bit|a little|maybe|i guess|i suppose|often|all the time|every day|a lot|i have|i did|true|i think so|probably|once|twice|a few times|more than once|constantly|right now|definitely|of course|obviously)\b/i;
const NO = /\b(?:no|nope|nah|never|not really|i haven'?t|i have not|i didn'?t|i did not|i'?m not|i am not|not at all|n|no way|not now|not anymore)\b/i;

/** Reads a yes/no answer. Mixed answers count as yes: a screen errs towards asking more. */
export function readAnswer(text: string): AsqAnswer | 'unclear' {
  const t = text.trim().toLowerCase();
  if (!t) return 'unclear';
  if (REFUSED.test(t)) return 'refused';
  const softened = t.replace(/\bnot (?:really|right now|now|anymore|at the moment)\b/g, ' no ');
  const yes = YES.test(softened.replace(/\bno\b/g, ''));
  const no = NO.test(softened);
  if (yes) return 'yes';
  if (no) return 'no';
  return 'unclear';
}

export function startAsq(): AsqState {
  return { question: 1, answers: {}, unclear: 0 };
}

export type AsqStep =
  | { kind: 'ask'; state: AsqState; question: AsqQuestion; repeat: boolean }
  | { kind: 'done'; record: AsqRecord };

function positive(answers: AsqState['answers']): boolean {
  return (['q1', 'q2', 'q3', 'q4'] as const).some((k) => answers[k] === 'yes' || answers[k] === 'refused');
}

/** Applies an answer to the current question and says what comes next. */
export function answerAsq(state: AsqState, text: string, now: EpochMs): AsqStep {
  const read = readAnswer(text);
  if (read === 'unclear' && state.unclear === 0) {
    return { kind: 'ask', state: { ...state, unclear: 1 }, question: state.question, repeat: true };
  }
  // A second unreadable answer is treated as not answering, which the ASQ counts as positive.
  const answer: AsqAnswer = read === 'unclear' ? 'refused' : read;
  const answers = { ...state.answers, [`q${state.question}`]: answer };
  if (state.question === 5) {
    return { kind: 'done', record: { result: answer === 'no' ? 'non_acute_positive' : 'acute_positive', answers, complete: true, at: toIso(now) } };
  }
  if (state.question === 4) {
    if (!positive(answers)) return { kind: 'done', record: { result: 'negative', answers, complete: true, at: toIso(now) } };
    return { kind: 'ask', state: { question: 5, answers, unclear: 0 }, question: 5, repeat: false };
  }
  const next = (state.question + 1) as AsqQuestion;
  return { kind: 'ask', state: { question: next, answers, unclear: 0 }, question: next, repeat: false };
}

/** The record when the protocol takes over mid-screen: what was answered, and at least positive. */
export function interruptAsq(state: AsqState, imminent: boolean, now: EpochMs): AsqRecord {
  return { result: imminent ? 'acute_positive' : 'non_acute_positive', answers: state.answers, complete: false, at: toIso(now) };
}
