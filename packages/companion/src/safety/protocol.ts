// The safety protocol: what the companion says when the risk detector reaches `high` or
// `imminent`. It is fixed text filled with the person's own data, never generated: warm and
// short; the region's crisis lines; the person's own emergency tier; their support contact and
// what that person agreed to; an offer to open SOS; and a promise to stay. At `imminent` the
// emergency number comes first. After a retraction ("forget it, I'm fine") it asks one gentle
// clarifying question and keeps the lines visible (REFERENCE.md: a single retraction does not
// close the flag).
import { compareRiskLevels, isAtLeast, type RiskAssessment, type RiskCategory, type RiskLevel } from '@kinbridge/core/risk';
import { paragraphs, type Composer } from '../compose/variation';
import { emergencySteps, primaryContact, type CompanionContext, type CrisisResource } from '../context';
import type { QuickAction } from '../flows/types';
import { telHref } from '@kinbridge/core/resources';

/** "988 Suicide & Crisis Lifeline: call 988 or text 988". */
export function resourceLine(r: CrisisResource): string {
  const ways = [r.phone && `call ${r.phone}`, r.text && `text ${r.text}`, !r.phone && !r.text && r.url ? r.url : undefined].filter(Boolean);
  return ways.length > 0 ? `${r.name}: ${ways.join(' or ')}` : r.name;
}

export function resourcesBlock(resources: readonly CrisisResource[], max = 2): string {
  return resources.slice(0, max).map((r) => `- ${resourceLine(r)}`).join('\n');
}

export function safetyActions(context: CompanionContext): QuickAction[] {
  const actions: QuickAction[] = [{ kind: 'open_sos', href: '/sos' }];
  const contact = primaryContact(context);
  if (contact?.phone) actions.push({ kind: 'call_support', name: contact.name, href: telHref(contact.phone) });
  actions.push({ kind: 'start_breathing', exerciseId: 'paced-breathing' });
  return actions;
}

function contactLine(context: CompanionContext, compose: Composer): string | undefined {
  const contact = primaryContact(context);
  if (!contact) return undefined;
  const agreed = contact.agreement ? ` They said: "${contact.agreement}".` : '';
  return compose.pick('safety.contact', [
    `${contact.name} is on your plan as someone you can reach.${agreed} Could you contact ${contact.name} now?`,
    `Your plan names ${contact.name}.${agreed} Would you be willing to reach out to them right now?`,
  ]);
}

function stepsLine(context: CompanionContext): string | undefined {
  const steps = emergencySteps(context).slice(0, 4);
  if (steps.length === 0) return undefined;
  return `Your plan's emergency steps:\n${steps.map((s, i) => `${i + 1}. ${s}`).join('\n')}`;
}

function opening(level: RiskLevel, categories: readonly RiskCategory[], compose: Composer, context: CompanionContext): string {
  const em = context.emergencyNumber;
  if (categories.includes('medical_emergency') || (level === 'imminent' && categories.length === 0)) {
    return `This sounds like an emergency. Please call ${em} now, or ask someone near you to call. Stay where help can reach you.`;
  }
  if (categories.includes('being_harmed') && !categories.includes('suicide') && !categories.includes('self_harm')) {
    return compose.pick('safety.harmed', [
      `I'm so sorry this is happening. You don't deserve to be hurt, and it is not your fault. If you are in danger right now, call ${em}.`,
      `Thank you for telling me. What is happening to you is not okay, and it is not your fault. If you are in danger right now, please call ${em}.`,
    ]);
  }
  if (categories.includes('harm_to_others') && !categories.includes('suicide')) {
    return `It sounds like things are very intense right now. Please put some distance between yourself and anyone you might hurt, and get support now. If someone is in danger, call ${em}.`;
  }
  if (level === 'imminent') {
    return compose.pick('safety.imminent', [
      `I'm really glad you told me, and I'm worried about your safety right now. Please call ${em} or a crisis line now, and don't stay alone with this.`,
      `Thank you for telling me. Your life matters, and right now you need a person with you. Please call ${em} or a crisis line now.`,
    ]);
  }
  return compose.pick('safety.high', [
    "I'm really glad you told me. What you're feeling matters, and you deserve support from a person right now.",
    "Thank you for telling me. That sounds incredibly painful, and you don't have to get through it alone.",
    "I hear how much pain you're in, and I'm glad you reached out. You deserve real support right now.",
  ]);
}

export interface SafetyReplyOptions {
  level: RiskLevel;
  categories: readonly RiskCategory[];
  context: CompanionContext;
  compose: Composer;
  /** The danger is to someone else the person is worried about (a friend about to act). */
  bystander?: boolean;
}

/**
 * True when what raised this message to `high`+ is entirely about another person ("my friend
 * says she is going to jump"). The detector marks such evidence with a third-party rule name.
 * Then the person is a helper, not the one at risk: the reply tells them how to get help for
 * the other person instead of asking about their own safety.
 */
export function isBystanderRisk(message: RiskAssessment): boolean {
  const deciding = message.evidence.filter((e) => compareRiskLevels(e.level, message.level) >= 0 && isAtLeast(e.level, 'high'));
  return deciding.length > 0 && deciding.every((e) => e.rule.includes('third-party'));
}

function bystanderReply(o: SafetyReplyOptions): string {
  const { context } = o;
  const lines = context.resources.length > 0 ? resourcesBlock(context.resources) : undefined;
  return paragraphs(
    `It sounds like someone you care about may be in danger. If they might act soon, or you cannot reach them, call ${context.emergencyNumber} now and tell them where the person is.`,
    'If you can do it safely, stay with them or keep talking with them, and move anything they could use to hurt themselves out of reach. You do not have to handle this alone.',
    lines && `Crisis lines also help people who are worried about someone else:\n${lines}`,
    "Helping someone through this is hard. When you're ready, your own plan and SOS are here for you too. I'm an AI, not a person or a therapist.",
  );
}

/** The full protocol reply at `high` or `imminent`. */
export function safetyReply(o: SafetyReplyOptions): string {
  if (o.bystander) return bystanderReply(o);
  const { context, compose } = o;
  const lines = context.resources.length > 0 ? resourcesBlock(context.resources) : undefined;
  return paragraphs(
    opening(o.level, o.categories, compose, context),
    lines && `You can reach someone now, any time of day:\n${lines}`,
    o.level === 'imminent' ? undefined : `If you are in immediate danger, call ${context.emergencyNumber}.`,
    stepsLine(context),
    contactLine(context, compose),
    compose.pick('safety.sos', [
      'Would you like to open SOS? It walks you through your plan one step at a time.',
      'You can also open SOS now; it will take you through your plan step by step.',
    ]),
    compose.pick('safety.stay', [
      "I'm an AI, not a person or a therapist, but I'm here and I'll stay with you while you reach out.",
      "I'm an AI, not a person or a therapist, so please reach a person too. I'm not going anywhere while you do.",
    ]),
  );
}

/** After "never mind, I'm fine": one gentle clarifying question, with the lines still visible. */
export function retractionReply(context: CompanionContext, compose: Composer): string {
  const lines = context.resources.length > 0 ? resourcesBlock(context.resources, 1) : undefined;
  return paragraphs(
    compose.pick('safety.retract', [
      "Okay. I'm glad you're telling me how you are, and I'm not going anywhere. Can I gently ask: are you having any thoughts of ending your life right now?",
      "Thank you for letting me know. I still want to check, gently, because what you said earlier matters: are you having thoughts of hurting yourself right now?",
      "I hear you. Before we move on, one honest question, with no judgement: are you thinking about hurting yourself at the moment?",
    ]),
    lines && `If anything changes, these are here any time:\n${lines}`,
  );
}

/** A line with the crisis lines, for turns at `moderate` that are not the full protocol. */
export function resourcesFooter(context: CompanionContext, compose: Composer): string | undefined {
  if (context.resources.length === 0) return undefined;
  return `${compose.pick('safety.footer', ['If things feel like too much, you can reach someone any time:', 'You can talk to a person any time:'])}\n${resourcesBlock(context.resources)}`;
}

const REACHED = /\b(?:called|rang|texted|messaged|talked to|talking to|spoke to|speaking to|reached|contacted|with)\b[^.?!]{0,30}\b(?:988|line|lifeline|someone|somebody|friend|mum|mom|dad|sister|brother|partner|therapist|doctor|crisis|them|her|him|111|999|911|samaritans)\b/i;

/** While a flag is held after the protocol: stay with the person, briefly, lines still visible. */
export function safetyFollowUp(input: { text: string; context: CompanionContext; compose: Composer }): string {
  const { context, compose, text } = input;
  const contact = primaryContact(context);
  const line = context.resources.length > 0 ? `If you need them:\n${resourcesBlock(context.resources, 2)}` : undefined;
  if (REACHED.test(text)) {
    return paragraphs(
      compose.pick('safety.reached', ["I'm really glad you reached out. That took strength.", "That's a brave thing to have done. I'm glad you're not alone with this."]),
      'How are you feeling right now?',
      line,
    );
  }
  if (/^(?:no|nah|nope|i can'?t|i don'?t want|i won'?t)\b/i.test(text.trim())) {
    return paragraphs(
      "That's okay. Calling can feel like a lot. Texting is an option too, and so is opening SOS and going one small step at a time.",
      contact ? `Or you could send ${contact.name} a short message, even just "can you call me?".` : undefined,
      "I'm staying right here. What feels possible right now?",
      line,
    );
  }
  return paragraphs(
    compose.pick('safety.followup', [
      "I'm still here with you. Have you been able to reach someone, or would you like to open SOS together?",
      `Thank you for staying with me. What would help most right now: a crisis line${contact ? `, reaching out to ${contact.name}` : ''}, or a breathing exercise while you wait?`,
      "I'm here. How are you feeling in this moment? You don't have to go through it alone.",
    ]),
    line,
  );
}

/** The answer "no" to the clarifying question after a retraction. */
export function clarifiedReply(context: CompanionContext, compose: Composer): string {
  const lines = context.resources.length > 0 ? resourcesBlock(context.resources, 1) : undefined;
  return paragraphs(
    compose.pick('safety.clarified', [
      "Thank you for answering. I'm glad. I'll keep the lines here, just in case.",
      "Okay, thank you for telling me honestly. I'm glad you're safe right now.",
    ]),
    lines,
    "What's been going on for you today?",
  );
}
