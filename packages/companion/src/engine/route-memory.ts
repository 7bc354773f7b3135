// Memory requests inside a conversation: "what do you remember about me?", "forget that",
// "forget everything", and preferences ("don't suggest cold water", "call me Jo"). The person
// can always see and delete what is remembered; these are the conversational way to do it.
import { paragraphs } from '../compose/variation';
import type { TurnInput } from '../flows/types';
import { extractMemories } from '../memory/extract';
import { whenPhrase } from '../memory/recall';
import { MEMORY_KIND_LABEL, type MemoryItem, type MemoryKind } from '../memory/types';
import { fixedDecision, type Decision } from './decision';
import type { ConversationState } from './state';

const ORDER: MemoryKind[] = ['helped', 'not_helpful', 'avoid', 'preference', 'trigger', 'warning_sign', 'contact'];

export function showMemoryDecision(input: TurnInput, state: ConversationState): Decision {
  if (input.memory.length === 0) {
    return fixedDecision('memory', "I don't have anything saved about you yet. When something helps, or you tell me what not to suggest, I'll remember it, and you can always see or delete it.", { next: state.flow });
  }
  const offset = input.context.utcOffsetMinutes ?? 0;
  const groups = ORDER.map((kind) => {
    const items = input.memory.filter((m) => m.kind === kind);
    if (items.length === 0) return undefined;
    const lines = items.slice(-8).map((m) => `- ${m.text} (${whenPhrase(m.at, input.now, offset).toLowerCase()})`);
    return `${MEMORY_KIND_LABEL[kind]}:\n${lines.join('\n')}`;
  }).filter(Boolean);
  return fixedDecision('memory', paragraphs(
    "Here's what I remember about you:",
    ...groups,
    'You can delete any of it on the Memory page, or tell me, for example, "forget that calling Sam helped". Your plan is kept separately, on the Plan page.',
  ), { next: state.flow });
}

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !['forget', 'that', 'this', 'about', 'what', 'said', 'remove', 'delete', 'erase', 'please', 'from', 'your', 'memory', 'helped', 'the', 'and', 'you', 'remember', 'told'].includes(w));
}

export function forgetDecision(input: TurnInput, state: ConversationState): Decision {
  if (/\b(?:everything|all of it|all my data|all (?:your |the )?memor(?:y|ies)|wipe|clear (?:your|my|the) memory|about me)\b/i.test(input.text)) {
    return fixedDecision('memory', "Done. I've deleted everything I remembered about you. Your plan and your journal are not affected; you can manage those on their own pages.", {
      next: state.flow, forget: { all: true, ids: [] },
    });
  }
  const words = contentWords(input.text);
  const matches: MemoryItem[] = words.length > 0
    ? input.memory.filter((m) => contentWords(m.text).some((w) => words.includes(w)))
    : input.memory.filter((m) => state.lastRemembered.includes(m.id));
  if (matches.length === 0) {
    return fixedDecision('memory', "I couldn't find that in what I remember. You can ask me what I remember, or manage it on the Memory page.", { next: state.flow });
  }
  return fixedDecision('memory', `Okay, I've forgotten: ${matches.map((m) => `"${m.text}"`).join(', ')}.`, {
    next: state.flow, forget: { all: false, ids: matches.map((m) => m.id) },
  });
}

export function preferenceDecision(input: TurnInput, state: ConversationState): Decision {
  const found = extractMemories(input.text, input.now).filter((m) => m.kind === 'avoid' || m.kind === 'preference');
  const avoid = found.find((m) => m.kind === 'avoid');
  const name = found.find((m) => m.kind === 'preference' && /^call me /i.test(m.text));
  const reply = avoid
    ? input.compose.pick('pref.avoid', [`Got it. I won't suggest ${avoid.text} again.`, `Noted: no more ${avoid.text}. Thanks for telling me.`])
    : name
      ? `Got it, I'll call you ${name.text.replace(/^call me /i, '')}.`
      : "Thanks for telling me. I'll keep that in mind.";
  // The engine stores these (it extracts memories from every message), so none are added here.
  return fixedDecision('memory', paragraphs(reply, state.flow ? 'Shall we carry on?' : 'What would you like to do now?'), { next: state.flow });
}
