// Guided grounding with the exercises from core (the same data the SOS screen plays). Breathing
// and muscle relaxation are given as one set of instructions plus a button that opens the
// animated player; step-by-step exercises such as 5-4-3-2-1 are walked through one step per
// message. It ends by asking how the person feels and offering the 15-minute check-back.
import { toIso } from '@kinbridge/core';
import { exerciseById, type Exercise } from '@kinbridge/core/exercises';
import { paragraphs } from '../compose/variation';
import { pickExercise } from './exercise-pick';
import { isDeny, readRating, withName, type ActiveFlow, type FlowResult, type TurnInput } from './types';

type GroundingState = Extract<ActiveFlow, { id: 'grounding' }>;

const SECONDS_WORD: Record<number, string> = { 4: 'four', 6: 'six', 7: 'seven', 8: 'eight' };

function breathingScript(exercise: Exercise): string {
  if (exercise.kind !== 'breathing') return '';
  const phases = exercise.phases
    .map((p) => `${p.cue.toLowerCase()} for ${SECONDS_WORD[p.seconds] ?? p.seconds}`)
    .join(', ');
  return `${phases.charAt(0).toUpperCase()}${phases.slice(1)}. Repeat that ${exercise.cycles} times.`;
}

export function planMildStrategies(input: TurnInput): string[] {
  return [...(input.context.plan.tiers.mild ?? []), ...input.context.plan.copingStrategies];
}

export function startGrounding(input: TurnInput, exerciseOverride?: string): FlowResult {
  const exercise =
    (exerciseOverride ? exerciseById(exerciseOverride) : undefined) ??
    pickExercise({
      text: input.text,
      emotion: input.classification.emotion,
      memory: input.memory,
      planStrategies: planMildStrategies(input),
      breathing: input.classification.intent === 'breathing',
    });
  const before = readRating(input.text);
  const lead = input.compose.pick('grounding.lead', [
    "Let's slow things down together.",
    "Okay, let's bring you back into the present for a few minutes.",
    "Let's try something to help your body settle.",
  ]);
  if (exercise.kind === 'guided') {
    const first = exercise.steps[0];
    const prep = exercise.preparation[0];
    return {
      flow: 'grounding',
      reply: paragraphs(withName(input, lead), `We'll do ${exercise.title}. ${prep ?? ''}`, first ? first.text : '', 'Tell me when you have them, or type "skip" to move on.'),
      next: { id: 'grounding', exerciseId: exercise.id, step: 1, ...(before !== undefined ? { before } : {}) },
    };
  }
  const caution = exercise.cautions[0]?.text;
  const body =
    exercise.kind === 'breathing'
      ? breathingScript(exercise)
      : `Tense each muscle group for about ${exercise.tenseSeconds} seconds, never to the point of pain, then let it go and notice the difference for about ${exercise.releaseSeconds} seconds. Start with your hands and work through your body.`;
  return {
    flow: 'grounding',
    reply: paragraphs(
      withName(input, lead),
      `Let's do ${exercise.title}. ${exercise.preparation[0] ?? ''}`,
      body,
      caution,
      input.compose.pick('grounding.after', [
        'You can open the guided version with the button below. When you finish, tell me how you feel, from 0 (calm) to 10 (the worst).',
        'The button below opens a guided timer if that is easier. Afterwards, how strong is the distress, 0 to 10?',
      ]),
    ),
    next: { id: 'grounding', exerciseId: exercise.id, step: Number.MAX_SAFE_INTEGER, ...(before !== undefined ? { before } : {}) },
    actions: [{ kind: 'start_breathing', exerciseId: exercise.id }],
  };
}

export function continueGrounding(state: GroundingState, input: TurnInput): FlowResult {
  const exercise = exerciseById(state.exerciseId);
  if (!exercise || (isDeny(input) && /\b(?:stop|enough|quit)\b/i.test(input.text))) return finish(state, input, true);
  if (exercise.kind === 'guided' && state.step < exercise.steps.length) {
    const step = exercise.steps[state.step];
    const ack = input.compose.pick('grounding.ack', ['Good.', 'Thank you.', "That's it.", 'Nice noticing.', 'Okay.']);
    return {
      flow: 'grounding',
      reply: paragraphs(`${ack} ${step?.text ?? ''}`),
      next: { ...state, step: state.step + 1 },
    };
  }
  if (exercise.kind === 'guided' && state.step === exercise.steps.length) {
    return {
      flow: 'grounding',
      reply: input.compose.pick('grounding.rate', [
        'You did the whole thing. How are you feeling now, from 0 (calm) to 10 (the worst)?',
        'That was every step. Where is your distress now, on a scale of 0 to 10?',
      ]),
      next: { ...state, step: state.step + 1 },
    };
  }
  return finish(state, input, false);
}

function finish(state: GroundingState, input: TurnInput, stopped: boolean): FlowResult {
  const exercise = exerciseById(state.exerciseId);
  const title = exercise?.title ?? 'the exercise';
  const after = readRating(input.text);
  const better = after !== undefined && state.before !== undefined ? after < state.before : /\b(?:better|calmer|okay|ok|good|lighter|helped|easier)\b/i.test(input.text) && !/\bnot\b/i.test(input.text);
  const worse = after !== undefined && state.before !== undefined && after > state.before;
  const memories = better && !stopped ? [{ kind: 'helped' as const, text: title, at: toIso(input.now), source: 'chat' as const }] : [];
  const reply = stopped
    ? "That's fine, we can stop there. Would you rather just talk, or look at what's on your plan?"
    : better
      ? paragraphs(
          input.compose.pick('grounding.better', [`I'm glad ${title} took the edge off.`, `That's a real shift. ${title} seems to help you.`]),
          "I'll remember that it helped today. If you like, I can check back in 15 minutes to see how you're doing.",
        )
      : worse
        ? paragraphs(
            "Thank you for being honest. It's okay that it didn't help this time.",
            'When something has not helped, your plan suggests moving to the next step. Would you like to see what is on your plan for this, or try reaching out to someone?',
          )
        : paragraphs(
            input.compose.pick('grounding.done', ['Thank you for doing that with me.', 'Well done for sticking with it.']),
            "Sometimes the change is small at first. I can check back in 15 minutes, and we can try something else if it hasn't eased. How does that sound?",
          );
  return {
    flow: 'grounding',
    reply,
    next: null,
    memories,
    ...(stopped ? {} : { checkBack: { strategy: title, ...(after !== undefined ? { before: after } : state.before !== undefined ? { before: state.before } : {}) } }),
  };
}
