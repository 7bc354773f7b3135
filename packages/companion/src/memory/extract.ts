// What to remember from a message. Only short phrases in the person's own words are kept, and
// only of the kinds that make the companion more useful later: what helped (and when), what did
// not, what not to suggest, how they like to be addressed, triggers and warning signs. Anything
// naming a means or method is never stored, and markup is stripped before storing.
import type { EpochMs } from '@kinbridge/core';
import { toIso } from '@kinbridge/core';
import { stripMarkup } from '../text/sanitize';
import { mentionsMeans } from '../safety/topics';
import type { MemoryKind, NewMemory } from './types';

const VAGUE = /^(?:it|that|this|what|which|who|one|you|nothing|none|everything|something|anything|not much|talking to you|this chat|the chat|what you said)$/i;

const HELPED = /(?:^|[.!?,;]\s*|\b(?:i think|honestly|yeah|so|well|today|yesterday|tonight|earlier)\s+)([^.!?;]{3,80}?)\s+(?:really\s+|actually\s+|kind of\s+|sort of\s+|definitely\s+|did\s+)?(?:helped|helps|worked|made (?:me feel|it|things) (?:a bit |a lot |much )?better|calmed me(?: down)?|was helpful|did the trick)\b/gi;
const HELPED_WAS = /\bwhat (?:helped|worked|helps)(?: (?:the )?most)?(?: me)? (?:was|is)\s+([^.!?;]{3,80})/gi;
const HELPS_WHEN = /\bit helps (?:me )?(?:when i|to)\s+([^.!?;]{3,80})/gi;
const NOT_HELPFUL = /(?:^|[.!?,;]\s*)([^.!?;]{3,80}?)\s+(?:didn'?t|did not|doesn'?t|does not|never) (?:help|work)|(?:^|[.!?,;]\s*)([^.!?;]{3,80}?)\s+made (?:it|things|me) (?:feel )?worse/gi;
const AVOID = /\b(?:don'?t|do not|dont|never|stop|please stop)\s+(?:ever\s+)?(?:suggest(?:ing)?|recommend(?:ing)?|mention(?:ing)?|bring(?:ing)? up|tell(?:ing)? me to(?: do| try)?|asking me to(?: do| try)?)\s+([^.!?;,]{2,60})/gi;
const DISLIKE = /\bi (?:hate|can'?t stand|do not like|don'?t like|dont like|really dislike)\s+((?:\w+\s+)?(?:breathing|cold water|ice|walks?|walking|meditat\w*|exercise|journaling|music|baths?|showers?|counting|grounding|muscle relaxation)(?:\s+exercises?)?)/gi;
const CALL_ME = /\b(?:please )?call me\s+([A-Z][\p{L}'-]{1,30})\b/gu;
const TRIGGER = /\b(?:my (?:big(?:gest)? |main )?trigger(?:s)? (?:is|are)|i get triggered by|i'm triggered by|i am triggered by)\s+([^.!?;]{3,80})|(?:^|[.!?,;]\s*)([^.!?;]{3,60}?)\s+(?:always\s+|really\s+)?(?:triggers me|sets me off|is a (?:big )?trigger for me)/gi;
const WARNING = /\b(?:i know (?:it'?s|things are|i'm|i am) (?:getting|going) (?:bad|downhill|worse)|a (?:warning )?sign for me is|my warning signs? (?:is|are)|it'?s a bad sign) (?:when\s+)?([^.!?;]{3,80})/gi;

function clean(fragment: string): string | null {
  const text = stripMarkup(fragment)
    .replace(/^(?:and|but|so|then|i think|honestly|yeah|well|really|actually|the fact that)\s+/i, '')
    .replace(/[\s,;:.!?-]+$/g, '')
    .trim();
  if (text.length < 2 || text.length > 80) return null;
  if (VAGUE.test(text) || mentionsMeans(text)) return null;
  return text;
}

function splitThings(text: string): string[] {
  return text
    .split(/\s*(?:,\s*(?:and\s+)?|\s+and\s+(?!then\b)|\s+plus\s+)\s*/i)
    .map((t) => t.trim())
    .filter((t) => t.length >= 2);
}

function collect(out: NewMemory[], kind: MemoryKind, fragment: string | undefined, at: string, split: boolean): void {
  if (!fragment) return;
  const parts = split ? splitThings(fragment) : [fragment];
  for (const part of parts) {
    const text = clean(part);
    if (!text) continue;
    if (out.some((m) => m.kind === kind && m.text.toLowerCase() === text.toLowerCase())) continue;
    out.push({ kind, text, at: at as NewMemory['at'], source: 'chat' });
  }
}

/** Things worth remembering in one message. Pure: the caller decides whether to store them. */
export function extractMemories(message: string, now: EpochMs): NewMemory[] {
  const at = toIso(now);
  const out: NewMemory[] = [];
  const run = (re: RegExp, kind: MemoryKind, split: boolean) => {
    for (const m of message.matchAll(re)) collect(out, kind, m[1] ?? m[2], at, split);
  };
  run(NOT_HELPFUL, 'not_helpful', true);
  const notHelpful = new Set(out.map((m) => m.text.toLowerCase()));
  run(HELPED_WAS, 'helped', true);
  run(HELPS_WHEN, 'helped', false);
  run(HELPED, 'helped', true);
  run(AVOID, 'avoid', false);
  run(DISLIKE, 'avoid', false);
  run(TRIGGER, 'trigger', false);
  run(WARNING, 'warning_sign', false);
  for (const m of message.matchAll(CALL_ME)) collect(out, 'preference', `call me ${m[1]}`, at, false);
  // "X didn't help" also matches the helped pattern's tail; the negative wins.
  return out.filter((m) => !(m.kind === 'helped' && notHelpful.has(m.text.toLowerCase())));
}

/** What the person answered to "what helped?": every thing they list is remembered as helpful. */
export function helpedFromAnswer(answer: string, now: EpochMs, source: 'chat' | 'episode' = 'episode'): NewMemory[] {
  const at = toIso(now);
  const out: NewMemory[] = [];
  const stripped = answer.replace(/^(?:i think|honestly|probably|mostly|definitely|well|um+|hmm+)[, ]+/i, '').replace(/\s+(?:helped|worked|helps)(?: the most| a lot| a bit)?[.!]*$/i, '');
  if (/^(?:nothing|not much|no idea|i don'?t know|idk|none)\b/i.test(stripped.trim())) return out;
  collect(out, 'helped', stripped, toIso(now), true);
  return out.map((m) => ({ ...m, at, source }));
}
