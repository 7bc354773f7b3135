// The 15-minute check-back. After a strategy, the companion offers to come back in 15 minutes
// (the SOS "15-minute rule": if a strategy has not lowered distress after 15 minutes, move to the
// next one). When the time has passed, it asks how things are, and either moves to reflection
// ("what helped?") or to the next step of the person's plan.
import { paragraphs } from '../compose/variation';
import { primaryContact } from '../context';
import { strategiesFor } from './plan-review';
import { readRating, type ActiveFlow, type FlowResult, type TurnInput } from './types';

export const CHECK_BACK_MS = 15 * 60 * 1000;

type CheckBackState = Extract<ActiveFlow, { id: 'check_back' }>;

/** The question the companion asks when the check-back is due. */
export function checkBackQuestion(strategy: string | undefined, compose: TurnInput['compose']): string {
  const what = strategy ? ` since you tried ${strategy.charAt(0).toLowerCase()}${strategy.slice(1)}` : '';
  return compose.pick('checkback.ask', [
    `It's been about 15 minutes${what}. How are you doing now, from 0 (calm) to 10 (the worst)?`,
    `Checking back in, as promised: it's been 15 minutes${what}. Where is your distress now, 0 to 10?`,
  ]);
}

export function continueCheckBack(state: CheckBackState, input: TurnInput): FlowResult {
  const now = readRating(input.text);
  const better = now !== undefined && state.before !== undefined
    ? now < state.before
    : /\b(?:better|calmer|good|okay|ok|fine|lighter|helped|eased|settled)\b/i.test(input.text) && !/\bnot\b|\bno\b/i.test(input.text);
  if (better) {
    return {
      flow: 'check_back',
      next: { id: 'reflection', step: 'ask' },
      reply: paragraphs(
        input.compose.pick('checkback.better', ["I'm really glad it's eased.", "That's good to hear. Things have shifted."]),
        'What helped, even a little? I can remember it for next time.',
      ),
    };
  }
  const next = strategiesFor(input, 'moderate').find((s) => s !== state.strategy);
  const contact = primaryContact(input.context);
  return {
    flow: 'check_back',
    next: null,
    reply: paragraphs(
      "Thanks for telling me. When something hasn't helped after 15 minutes, the idea is to move to the next step rather than push harder.",
      next ? `Next on your plan: ${next}. Could you try that?` : undefined,
      contact ? `You could also reach out to ${contact.name}${contact.agreement ? ` (they said: "${contact.agreement}")` : ''}.` : undefined,
      'And if it gets worse, you can open SOS at any time.',
    ),
    actions: [{ kind: 'open_sos', href: '/sos' }],
    ...(next ? { checkBack: { strategy: next, ...(now !== undefined ? { before: now } : {}) } } : {}),
  };
}
