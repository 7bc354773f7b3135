// How remembered things come back into a conversation: "Last Tuesday, calling Sam and box
// breathing helped". Dates are turned into words relative to `now` in the person's own time
// zone (an offset in minutes, since core never reads the clock or the host's zone).
import type { EpochMs } from '@kinbridge/core';
import { listJoin } from '../compose/variation';
import type { MemoryItem } from './types';

const DAY = 24 * 60 * 60 * 1000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function localDay(ms: number, offsetMinutes: number): number {
  return Math.floor((ms + offsetMinutes * 60_000) / DAY);
}

/** "Earlier today", "Yesterday", "Last Tuesday", "On 3 March", "On 3 March 2025". */
export function whenPhrase(at: string, now: EpochMs, offsetMinutes = 0): string {
  const then = Date.parse(at);
  if (Number.isNaN(then)) return 'Before';
  const days = localDay(now, offsetMinutes) - localDay(then, offsetMinutes);
  if (days <= 0) return 'Earlier today';
  if (days === 1) return 'Yesterday';
  const local = new Date(then + offsetMinutes * 60_000);
  if (days < 7) return `Last ${WEEKDAYS[local.getUTCDay()]}`;
  const sameYear = local.getUTCFullYear() === new Date(now + offsetMinutes * 60_000).getUTCFullYear();
  return `On ${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]}${sameYear ? '' : ` ${local.getUTCFullYear()}`}`;
}

const STOP = new Set(['the', 'a', 'an', 'my', 'to', 'of', 'and', 'or', 'with', 'on', 'in', 'any', 'more', 'me', 'do', 'doing', 'stuff', 'things', 'thing', 'about', 'that', 'exercises', 'exercise']);

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3 && !STOP.has(w));
}

/** True when a suggestion touches something the person asked not to be suggested. */
export function isAvoided(suggestion: string, memory: readonly MemoryItem[]): boolean {
  const words = new Set(contentWords(suggestion).map(stem));
  return memory.some((m) => {
    if (m.kind !== 'avoid' && m.kind !== 'not_helpful') return false;
    const needed = contentWords(m.text).map(stem);
    return needed.length > 0 && needed.every((w) => words.has(w));
  });
}

function stem(word: string): string {
  return word.replace(/(?:ing|ed|es|s)$/, '');
}

export interface HelpedRecall {
  /** "Last Tuesday, calling Sam and box breathing helped" (no final punctuation). */
  sentence: string;
  things: string[];
}

/** The most recent day on which things helped, as a sentence, skipping anything now avoided. */
export function recallHelped(memory: readonly MemoryItem[], now: EpochMs, offsetMinutes = 0): HelpedRecall | null {
  const helped = memory
    .filter((m) => m.kind === 'helped' && !isAvoided(m.text, memory))
    .filter((m) => Date.parse(m.at) <= now)
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const latest = helped[0];
  if (!latest) return null;
  const day = localDay(Date.parse(latest.at), offsetMinutes);
  // In the order they were told (the store lists oldest first), at most three.
  const sameDay = memory.filter((m) => helped.includes(m) && localDay(Date.parse(m.at), offsetMinutes) === day);
  const things = [...new Map(sameDay.map((m) => [m.text.toLowerCase(), m.text])).values()].slice(-3);
  return { sentence: `${whenPhrase(latest.at, now, offsetMinutes)}, ${listJoin(things)} helped`, things };
}

/** The name the person asked to be called, if they did. */
export function preferredName(memory: readonly MemoryItem[]): string | undefined {
  const pref = [...memory].reverse().find((m) => m.kind === 'preference' && /^call me /i.test(m.text));
  return pref?.text.replace(/^call me /i, '');
}
