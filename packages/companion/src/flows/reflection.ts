// End-of-episode reflection: "what helped?" The answer is remembered (with today's date) so the
// companion can bring it up next time, and becomes a note for the episode journal.
import { paragraphs, listJoin } from '../compose/variation';
import { helpedFromAnswer } from '../memory/extract';
import { readRating, type FlowResult, type TurnInput } from './types';

export function startReflection(input: TurnInput): FlowResult {
  return {
    flow: 'reflection',
    next: { id: 'reflection', step: 'ask' },
    reply: input.compose.pick('reflect.ask', [
      'Before you go: looking back at the last while, what helped, even a little?',
      'It sounds like the worst has passed. What helped you get through it? I can remember it for next time.',
    ]),
  };
}

export function continueReflection(input: TurnInput): FlowResult {
  const memories = helpedFromAnswer(input.text, input.now, 'episode');
  const things = memories.map((m) => m.text);
  const after = readRating(input.text);
  return {
    flow: 'reflection',
    next: null,
    memories,
    journal: { helped: things, ...(after !== undefined ? { distressAfter: after } : {}) },
    reply: things.length > 0
      ? paragraphs(
          input.compose.pick('reflect.thanks', [`Thank you. I'll remember that ${listJoin(things)} helped today.`, `Noted: ${listJoin(things)} helped. I'll keep that for next time.`]),
          'It is also in your episode journal, so you and your therapist can look at it together. You can see or delete what I remember at any time.',
        )
      : paragraphs(
          "That's okay. Sometimes it's hard to say what helped, and getting through it is what counts.",
          'If something comes to mind later, you can tell me and I will remember it.',
        ),
  };
}
