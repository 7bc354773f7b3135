// The conversational half of routing, reached only when no safety rule applied: memory requests,
// the 15-minute check-back, the flow under way, and otherwise the classifier's intent.
import { isAtLeast } from '@kinbridge/core/risk';
import { listJoin, paragraphs } from '../compose/variation';
import { extractMemories } from '../memory/extract';
import { checkBackQuestion, continueCheckBack } from '../flows/check-back';
import { exerciseNamedIn } from '../flows/exercise-pick';
import { continueGrounding, startGrounding } from '../flows/grounding';
import { continueListening, startListening } from '../flows/listening';
import { continuePlanReview, startPlanReview } from '../flows/plan-review';
import { continueProblemSolving, startProblemSolving } from '../flows/problem-solving';
import { continueReflection, startReflection } from '../flows/reflection';
import { continueSkill, startSkill } from '../flows/skills';
import { continueThoughtRecord, startThoughtRecord } from '../flows/thought-record';
import { readRating, type FlowResult, type OfferId, type TurnInput } from '../flows/types';
import { recallHelped } from '../memory/recall';
import { smalltalkReply } from '../safety/careful-replies';
import { fixedDecision, fromFlow, type Decision } from './decision';
import { forgetDecision, preferenceDecision, showMemoryDecision } from './route-memory';
import type { ConversationState } from './state';

/** Intents strong enough to leave a flow under way ("can we do breathing instead?"). */
const SWITCH_INTENTS = new Set(['anxious_help', 'breathing', 'skill_request', 'plan_review', 'problem', 'bye']);
const LISTENING_INTENTS = new Set(['vent', 'affirm', 'deny', 'smalltalk', 'greet', 'negative_thought']);

const MODEL_FLOWS = new Set(['listening', 'thought_record', 'problem_solving', 'reflection', 'check_back', 'greeting', 'closing', 'plan_review']);

export function routeFlows(input: TurnInput, state: ConversationState): Decision {
  const decision = route(withPlainSigns(input), state);
  // A language model may reword supportive turns, never safety turns or exercise instructions.
  return { ...decision, fixed: decision.fixed || !MODEL_FLOWS.has(decision.flow) };
}

function route(input: TurnInput, state: ConversationState): Decision {
  const { topics, classification: c } = input;
  if (topics.includes('memory_forget') || (c.intent === 'memory_forget' && c.intentConfidence > 0.6)) return forgetDecision(input, state);
  if (topics.includes('memory_show') || (c.intent === 'memory_show' && c.intentConfidence > 0.6)) return showMemoryDecision(input, state);
  if (topics.includes('preference')) return preferenceDecision(input, state);
  if (topics.includes('identity') || (c.intent === 'identity' && c.intentConfidence > 0.6)) {
    // The engine puts the full "I'm an AI, not a person, not a therapist" answer in front.
    return fixedDecision('honesty', input.compose.pick('honesty.follow', ["What's on your mind?", 'How can I help right now?', 'What would you like to talk about?']), { next: state.flow });
  }

  // "Calling Sam and box breathing helped": remember it (the engine stores it) and say so,
  // rather than starting the exercise it names. Ends an episode with a journal note.
  if ((!state.flow || state.flow.id === 'listening') && /\b(?:helped|worked|helps)\b/i.test(input.text) && !/\b(?:didn'?t|did not|doesn'?t|never|not)\b/i.test(input.text)) {
    const things = extractMemories(input.text, input.now).filter((m) => m.kind === 'helped').map((m) => m.text);
    if (things.length > 0) {
      const inEpisode = state.episodePeak !== 'none';
      return fromFlow(
        {
          flow: 'reflection',
          next: null,
          reply: paragraphs(
            input.compose.pick('reflect.noted', [`Thank you for telling me. I'll remember that ${listJoin(things)} helped.`, `Good to know: ${listJoin(things)} helped. I'll keep that for next time.`]),
            inEpisode ? "I've added it to your episode journal too. How are you feeling now?" : 'Is there anything on your mind today?',
          ),
          ...(inEpisode ? { journal: { helped: things } } : {}),
        },
        inEpisode ? { endEpisode: true } : {},
      );
    }
  }

  const due = state.checkBack && input.now >= state.checkBack.dueAt;
  if (due && state.checkBack) {
    const answered = readRating(input.text) !== undefined || /\b(?:better|worse|same|calmer|okay|not great|bad)\b/i.test(input.text);
    if (answered && input.text.split(/\s+/).length <= 25) {
      return fromFlow(continueCheckBack({ id: 'check_back', ...pick(state.checkBack) }, input), { clearCheckBack: true });
    }
    if (!state.flow && (c.intent === 'greet' || input.text.split(/\s+/).length <= 4)) {
      return fromFlow(
        { flow: 'check_back', reply: checkBackQuestion(state.checkBack.strategy, input.compose), next: { id: 'check_back', ...pick(state.checkBack) } },
        { clearCheckBack: true },
      );
    }
  }

  const flow = state.flow;
  // Only a clear request switches flows ("can we do breathing instead?"): an answer that
  // mentions breathing, or a bare "4" answering "rate it 0-10", continues the flow.
  const request = /\b(?:can we|could we|let'?s|let us|i want to|i'?d like to|i need|help me|instead|rather|switch|please)\b/i.test(input.text);
  const openAnswer = flow && (flow.id === 'reflection' || flow.id === 'thought_record' || flow.id === 'problem_solving');
  const switching =
    flow && flow.id !== 'listening' && SWITCH_INTENTS.has(c.intent) && c.intentConfidence > 0.6 && request &&
    (!openAnswer || /\b(?:instead|stop|rather)\b/i.test(input.text));
  if (flow && !switching) {
    switch (flow.id) {
      case 'listening': {
        const result = continueListening(flow, input);
        if ('accepted' in result) return takeOffer(result.accepted, input);
        // A clear request ("help me calm down") is taken up rather than reflected back.
        if (c.intentConfidence >= 0.45 && !LISTENING_INTENTS.has(c.intent)) return byIntent(input, state);
        return fromFlow(result);
      }
      case 'grounding':
        return fromFlow(continueGrounding(flow, input));
      case 'thought_record':
        return fromFlow(continueThoughtRecord(flow, input));
      case 'skills':
        return fromFlow(continueSkill(flow, input));
      case 'problem_solving':
        return fromFlow(continueProblemSolving(flow, input));
      case 'plan_review':
        return fromFlow(continuePlanReview(flow, input));
      case 'reflection':
        return fromFlow(continueReflection(input), { endEpisode: true });
      case 'check_back':
        return fromFlow(continueCheckBack(flow, input), { clearCheckBack: true });
    }
  }
  return byIntent(input, state);
}

function pick(cb: NonNullable<ConversationState['checkBack']>): { strategy?: string; before?: number } {
  return { ...(cb.strategy ? { strategy: cb.strategy } : {}), ...(cb.before !== undefined ? { before: cb.before } : {}) };
}

function takeOffer(offer: OfferId, input: TurnInput): Decision {
  switch (offer) {
    case 'grounding':
      return fromFlow(startGrounding(input, 'grounding-5-4-3-2-1'));
    case 'breathing':
      return fromFlow(startGrounding(input, 'box-breathing'));
    case 'thought_record':
      return fromFlow(startThoughtRecord(input));
    case 'skills':
      return fromFlow(startSkill(input, 'stop'));
    case 'problem_solving':
      return fromFlow(startProblemSolving(input));
    case 'plan_review':
      return fromFlow(startPlanReview(input));
    case 'reflection':
      return fromFlow(startReflection(input));
    case 'recall': {
      const recall = recallHelped(input.memory, input.now, input.context.utcOffsetMinutes ?? 0);
      const exercise = recall?.things.map(exerciseNamedIn).find(Boolean);
      if (exercise) return fromFlow(startGrounding(input, exercise));
      const what = recall ? recall.things.join(' and ') : 'what helped before';
      return fromFlow({
        flow: 'plan_review',
        next: null,
        reply: paragraphs(`Okay, let's go with ${what}. Take your time; I'll be here.`, "I'll check back in about 15 minutes to see how it went."),
        checkBack: { strategy: what },
      });
    }
  }
}

// Plain signs that things have eased or the person is leaving, whatever the classifier says.
const EASED = /\b(?:feel(?:ing)? (?:a (?:bit|little|lot) |much |so much |way )?better|(?:much |a bit )?calmer now|i'?m (?:okay|ok|alright) now|it(?:'s| has) passed)\b/i;
const LEAVING = /\b(?:going to (?:bed|sleep)|off to (?:bed|sleep)|good ?night|bye|talk (?:later|tomorrow|soon)|logging off|gotta go)\b/i;

function withPlainSigns(input: TurnInput): TurnInput {
  const raw = input.classification;
  if (EASED.test(input.text)) return { ...input, classification: { ...raw, intent: 'better', intentConfidence: Math.max(raw.intentConfidence, 0.9), knownWords: Math.max(raw.knownWords, 3) } };
  if (LEAVING.test(input.text)) return { ...input, classification: { ...raw, intent: 'bye', intentConfidence: Math.max(raw.intentConfidence, 0.9), knownWords: Math.max(raw.knownWords, 3) } };
  return input;
}

function byIntent(input: TurnInput, state: ConversationState): Decision {
  const c = input.classification;
  // One known word ("text") is thin evidence for starting an exercise; greetings and
  // goodbyes are short by nature.
  const short = c.knownWords < 2 && !['greet', 'bye', 'better', 'affirm', 'deny'].includes(c.intent);
  const sure = c.intentConfidence >= (short ? 0.7 : 0.3);
  const inEpisode = state.episodePeak !== 'none';
  if (input.risk.categories.includes('self_harm') && isAtLeast(input.risk.level, 'moderate')) return fromFlow(startSkill(input, 'stop'));
  if (!sure) return listening(input, state);
  switch (c.intent) {
    case 'greet': {
      const recall = recallHelped(input.memory, input.now, input.context.utcOffsetMinutes ?? 0);
      const hello = input.name ? `Hi ${input.name}.` : 'Hi.';
      return fromFlow({
        flow: 'greeting',
        next: recall ? { id: 'listening', turns: 0, offered: 'recall' } : null,
        reply: paragraphs(
          `${hello} ${input.compose.pick('greet.ask', ["How are you doing right now?", "How are things with you at the moment?", "What's on your mind tonight?"])}`,
          recall ? `${recall.sentence}, if you want to try that again.` : undefined,
        ),
      });
    }
    case 'anxious_help':
      return fromFlow(startGrounding(input));
    case 'breathing':
      return fromFlow(startGrounding(input));
    case 'negative_thought':
      if (/\bthought record\b|\bchallenge\b|\breframe\b/i.test(input.text)) return fromFlow(startThoughtRecord(input));
      return fromFlow(withOffer(startListening(input), 'thought_record', 'Would you like to look at that thought together, step by step?'));
    case 'skill_request':
      return fromFlow(startSkill(input));
    case 'problem':
      return fromFlow(startProblemSolving(input));
    case 'plan_review':
      return fromFlow(startPlanReview(input));
    case 'better':
      if (inEpisode || state.flow || state.checkBack) return fromFlow(startReflection(input));
      return fromFlow({
        flow: 'listening',
        next: { id: 'listening', turns: 1 },
        reply: input.compose.pick('better.glad', ["I'm really glad to hear that. What's been helping?", "That's good to hear. Is there anything you'd like to talk about?"]),
      });
    case 'bye':
      if (inEpisode) return fromFlow(startReflection(input));
      return fromFlow({
        flow: 'closing',
        next: null,
        reply: input.compose.pick('closing', [
          'Take care of yourself. Your plan and SOS are always in the app if things get hard.',
          "Thanks for talking with me. I'm here whenever you need, and so is your plan.",
        ]),
      });
    case 'smalltalk':
      return fixedDecision('listening', smalltalkReply(input.compose));
    default:
      return listening(input, state);
  }
}

function listening(input: TurnInput, state: ConversationState): Decision {
  const flow = state.flow?.id === 'listening' ? state.flow : { id: 'listening' as const, turns: 0 };
  const result = continueListening(flow, input);
  if ('accepted' in result) return takeOffer(result.accepted, input);
  return fromFlow(result);
}

function withOffer(result: FlowResult, offer: OfferId, question: string): FlowResult {
  const paragraphsOf = result.reply.split('\n\n');
  paragraphsOf[paragraphsOf.length - 1] = question;
  return { ...result, reply: paragraphsOf.join('\n\n'), next: { id: 'listening', turns: 1, offered: offer } };
}
