// Reflective listening and validation, the default flow. Each reply names the feeling, uses the
// person's own words where that is safe, validates, and asks one open question. After a couple of
// turns it offers something active that suits the feeling (grounding for anxiety, a thought
// record for shame, STOP for anger, their plan or a person for sadness and loneliness), or brings
// back what helped before: "Last Tuesday, calling Sam and box breathing helped. Want to try that?"
// It never pushes: "no" keeps it listening.
import { paragraphs } from '../compose/variation';
import { recallHelped } from '../memory/recall';
import { EMOTION_REFLECTIONS } from '../nlu/corpus-emotions';
import { isAffirm, isDeny, withName, type ActiveFlow, type FlowResult, type OfferId, type TurnInput } from './types';

type ListeningState = Extract<ActiveFlow, { id: 'listening' }>;

const QUESTIONS = [
  'What feels like the hardest part right now?',
  'How long has it been feeling like this?',
  'What is going through your mind about it?',
  'How is it showing up in your body right now?',
  'What would feel even a little supportive right now?',
  'Do you want to tell me more about what happened?',
];

const VALIDATIONS = [
  'It makes sense that you feel this way.',
  'Anyone in your position could feel the same.',
  "You're not wrong to feel this.",
  "I'm glad you're putting it into words.",
  'Thank you for telling me.',
];

function reflect(input: TurnInput): string {
  const c = input.compose;
  // "Calm" is not reflected back to someone who is sharing something hard.
  const emotion = input.classification.emotionConfidence > 0.3 && input.classification.emotion !== 'okay' ? input.classification.emotion : undefined;
  const named = emotion ? c.pick(`listen.emotion.${emotion}`, EMOTION_REFLECTIONS[emotion] ?? []) : undefined;
  const echo = input.echo;
  if (echo) {
    const template = c.pick('listen.echo', [
      `When you say "${echo.quote}", I can hear how much that's weighing on you.`,
      `It sounds like ${echo.second}.`,
      `"${echo.quote}": that's a lot to be carrying.`,
      `So ${echo.second}. ${named ?? ''}`.trim(),
    ]);
    return named && !template.includes(named) ? `${template} ${named}` : template;
  }
  return named ?? c.pick('listen.plain', ["I'm listening.", "I'm here with you.", 'I hear you.']);
}

function offerFor(input: TurnInput): { offer: OfferId; text: string } {
  const recall = recallHelped(input.memory, input.now, input.context.utcOffsetMinutes ?? 0);
  if (recall) return { offer: 'recall', text: `${recall.sentence}. Want to try that again?` };
  switch (input.classification.emotion) {
    case 'anxious':
      return { offer: 'grounding', text: 'Would it help to try a short grounding exercise together?' };
    case 'ashamed':
      return { offer: 'thought_record', text: 'Would you like to look at that thought together, step by step?' };
    case 'angry':
      return { offer: 'skills', text: 'Would a quick skill for strong urges, like STOP, help right now?' };
    case 'overwhelmed':
      return { offer: 'problem_solving', text: 'Would it help to break it down into smaller pieces together?' };
    case 'numb':
      return { offer: 'grounding', text: 'Would you like to try something to help you feel a bit more here, like a grounding exercise?' };
    default:
      return input.context.plan.copingStrategies.length > 0 || Object.values(input.context.plan.tiers).some((t) => (t?.length ?? 0) > 0)
        ? { offer: 'plan_review', text: "Would it help to look at what's on your plan for moments like this?" }
        : { offer: 'grounding', text: 'Would it help to try a short grounding exercise, or would you rather keep talking?' };
  }
}

export function startListening(input: TurnInput): FlowResult {
  return listen({ id: 'listening', turns: 0 }, input);
}

/** Returns the offer to take up when the person accepted the last offer, else a listening reply. */
export function continueListening(state: ListeningState, input: TurnInput): FlowResult | { accepted: OfferId } {
  if (state.offered && isAffirm(input) && input.text.split(/\s+/).length <= 8) return { accepted: state.offered };
  if (state.offered && isDeny(input) && input.text.split(/\s+/).length <= 8) {
    return {
      flow: 'listening',
      reply: input.compose.pick('listen.declined', [
        "That's okay. We can just talk. What's on your mind?",
        "No problem. I'm here to listen as long as you like.",
      ]),
      next: { id: 'listening', turns: state.turns + 1 },
    };
  }
  return listen(state, input);
}

function listen(state: ListeningState, input: TurnInput): FlowResult {
  const turns = state.turns + 1;
  const c = input.compose;
  const strongFeeling = ['anxious', 'overwhelmed'].includes(input.classification.emotion) && input.classification.emotionConfidence > 0.45;
  const shouldOffer = !state.offered && (turns >= 2 || strongFeeling);
  const offer = shouldOffer ? offerFor(input) : undefined;
  const reply = paragraphs(
    withName(input, reflect(input)),
    c.pick('listen.validate', VALIDATIONS),
    offer ? offer.text : c.pick('listen.question', QUESTIONS),
  );
  // An offer not yet answered stays open for the next message.
  const offered = offer?.offer ?? state.offered;
  return { flow: 'listening', reply, next: { id: 'listening', turns, ...(offered ? { offered } : {}) } };
}
