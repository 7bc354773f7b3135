// The safety half of routing, always run before any flow: the protocol at high/imminent, the
// gentle question after a retraction, the ASQ screen at moderate with the suicide category, and
// the fixed replies for careful topics. Returns undefined when none applies.
import type { EpochMs } from '@kinbridge/core';
import { isAtLeast, maxLevel } from '@kinbridge/core/risk';
import { paragraphs } from '../compose/variation';
import type { TurnInput } from '../flows/types';
import { ASQ_QUESTIONS, answerAsq, interruptAsq, readAnswer, startAsq, type AsqRecord, type AsqState } from '../safety/asq';
import { carefulReply, type CarefulTopic } from '../safety/careful-replies';
import { clarifiedReply, isBystanderRisk, resourcesBlock, retractionReply, safetyActions, safetyFollowUp, safetyReply } from '../safety/protocol';
import { abuseIsCurrent, type Topic } from '../safety/topics';
import { fixedDecision, type Decision } from './decision';
import type { ConversationState } from './state';

/** The ASQ is not repeated within a day of the last one. */
export const ASQ_REPEAT_MS = 24 * 60 * 60 * 1000;
/** Turns after the full protocol during which a held flag gets the shorter follow-up. */
export const PROTOCOL_FOLLOW_UP_TURNS = 10;
const COPING_INTENTS = new Set(['anxious_help', 'breathing', 'skill_request', 'plan_review']);

const CAREFUL_ORDER: CarefulTopic[] = ['means_request', 'abuse', 'injection', 'secrecy', 'medication', 'diagnosis', 'delusion', 'mania', 'compulsion', 'eating'];

export function routeSafety(input: TurnInput, state: ConversationState): Decision | undefined {
  const { risk, context, compose } = input;
  const messageHigh = isAtLeast(risk.message.level, 'high');
  if (risk.retraction && !messageHigh) {
    if (state.asq) {
      return fixedDecision('asq', paragraphs("Okay. I'd still like to finish checking in, gently, because what you said matters.", ASQ_QUESTIONS[state.asq.question], resourcesLines(input)), {
        showResources: true, listsResources: true, next: null,
      });
    }
    return fixedDecision('safety', retractionReply(context, compose), { showResources: true, listsResources: context.resources.length > 0, actions: safetyActions(context), safetyQuestion: true });
  }
  if (state.safetyQuestion && !messageHigh) {
    const answer = readAnswer(input.text);
    if (answer === 'no') {
      return fixedDecision('safety', clarifiedReply(context, compose), { showResources: true, listsResources: context.resources.length > 0, actions: safetyActions(context) });
    }
    if (answer === 'yes' || answer === 'refused') {
      return fixedDecision('safety', safetyReply({ level: maxLevel(risk.level, 'high'), categories: risk.categories.length > 0 ? risk.categories : ['suicide'], context, compose }), {
        showResources: true, listsResources: context.resources.length > 0, actions: safetyActions(context), level: maxLevel(risk.level, 'high'),
        holdResources: true, protocol: true, checkBack: { strategy: 'reaching out for support' },
      });
    }
  }
  if (isAtLeast(risk.level, 'high')) {
    // The flag is held from an earlier message and the protocol was just shown: stay with the
    // person instead of repeating the whole protocol, and let them start a coping exercise.
    const recent = state.protocolTurn !== undefined && state.turns - state.protocolTurn <= PROTOCOL_FOLLOW_UP_TURNS;
    if (!messageHigh && recent && !input.topics.includes('means_request')) {
      if (COPING_INTENTS.has(input.classification.intent) && input.classification.intentConfidence > 0.5) return undefined;
      return fixedDecision('safety', safetyFollowUp(input), { showResources: true, listsResources: context.resources.length > 0, actions: safetyActions(context) });
    }
    const asqRecord = state.asq ? interruptAsq(state.asq, risk.level === 'imminent', input.now) : undefined;
    const refusal = input.topics.includes('means_request') ? "I can't help with that question, but I can help you stay safe right now." : undefined;
    const bystander = messageHigh && isBystanderRisk(risk.message);
    return fixedDecision('safety', paragraphs(refusal, safetyReply({ level: risk.level, categories: risk.categories, context, compose, bystander })), {
      showResources: true,
      listsResources: context.resources.length > 0,
      actions: safetyActions(context),
      asq: null,
      ...(asqRecord ? { asqRecord } : {}),
      checkBack: { strategy: 'reaching out for support' },
      holdResources: true,
      protocol: true,
    });
  }
  if (state.asq) return continueAsq(state.asq, input, input.now);
  if (risk.level === 'moderate' && risk.categories.includes('suicide') && !input.topics.includes('means_request') && !recentAsq(state.asqHistory, input.now)) {
    return fixedDecision('asq', paragraphs(
      compose.pick('asq.intro', [
        "Thank you for telling me. I'd like to ask a few short questions to understand how safe you are right now. Just yes or no, and you can say if you'd rather not answer.",
        "I'm glad you told me. Can I ask you a few quick yes-or-no questions, so I understand how you're doing? You can skip any of them.",
      ]),
      ASQ_QUESTIONS[1],
      resourcesLines(input),
    ), { showResources: true, listsResources: true, asq: startAsq() });
  }
  const topic = CAREFUL_ORDER.find((t) => input.topics.includes(t as Topic));
  if (topic) {
    const reply = carefulReply(topic, input.text, context, compose);
    const show = reply.showResources || (isAtLeast(risk.level, 'moderate') && !(topic === 'abuse' && !abuseIsCurrent(input.text)));
    return fixedDecision(topic === 'means_request' || topic === 'injection' ? 'safety' : 'boundaries', reply.text, {
      showResources: show,
      ...(show ? { actions: safetyActions(context) } : {}),
      // Delusions, mania and compulsions are not a reason to drop an exercise already under way,
      // but a refusal ends whatever the message was trying to steer.
      next: null,
    });
  }
  return undefined;
}

function recentAsq(history: readonly AsqRecord[], now: EpochMs): boolean {
  const last = history[history.length - 1];
  return !!last && now - Date.parse(last.at) < ASQ_REPEAT_MS;
}

function resourcesLines(input: TurnInput): string | undefined {
  return input.context.resources.length > 0 ? `You can also reach a person any time:\n${resourcesBlock(input.context.resources)}` : undefined;
}

function continueAsq(asq: AsqState, input: TurnInput, now: EpochMs): Decision {
  const { compose, context } = input;
  const step = answerAsq(asq, input.text, now);
  if (step.kind === 'ask') {
    const lead = step.repeat
      ? "Sorry, I didn't quite catch that. A yes or no is enough, or tell me if you'd rather not answer."
      : compose.pick('asq.ack', ['Thank you.', 'Thanks for answering.', 'Okay, thank you.']);
    const into5 = step.question === 5 && !step.repeat ? 'Thank you for being honest with me. One more question:' : lead;
    return fixedDecision('asq', paragraphs(into5, ASQ_QUESTIONS[step.question], resourcesLines(input)), {
      showResources: true, listsResources: true, asq: step.state,
    });
  }
  const record = step.record;
  const base = { showResources: true, listsResources: true, asq: null, asqRecord: record } as const;
  switch (record.result) {
    case 'acute_positive':
      return fixedDecision('asq', paragraphs(
        "Thank you for telling me. Because these thoughts are with you right now, please don't stay alone with them.",
        safetyReply({ level: 'imminent', categories: ['suicide'], context, compose }),
      ), { ...base, level: 'imminent', actions: safetyActions(context), holdResources: true, checkBack: { strategy: 'reaching out for support' } });
    case 'non_acute_positive': {
      const notify = context.therapistNotifyConsent
        ? 'Because you agreed to it, your therapist will get a note that a safety check-in is needed soon. It will not include the words of our chat.'
        : 'Please tell your therapist or doctor about this soon, ideally within the next day or so, so they can check in with you about your safety.';
      return fixedDecision('asq', paragraphs(
        'Thank you for answering. That took courage.',
        'What you shared is important, and someone from your care team should talk with you about your safety soon.',
        notify,
        `If the thoughts get stronger or you feel unsafe, reach out straight away:\n${resourcesBlock(context.resources)}`,
        "Would you like to look at your plan together now?",
      ), { ...base, actions: safetyActions(context), next: { id: 'listening', turns: 1, offered: 'plan_review' } });
    }
    case 'negative':
      return fixedDecision('asq', paragraphs(
        "Thank you for answering those. I'm glad you're not having thoughts of suicide, and what you're feeling still matters.",
        `If that ever changes, you can reach someone any time:\n${resourcesBlock(context.resources)}`,
        'Would you like to keep talking, or try something from your plan?',
      ), { ...base, next: { id: 'listening', turns: 1, offered: 'plan_review' } });
  }
}
