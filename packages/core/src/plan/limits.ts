// Limits on a crisis plan. They exist so one document cannot grow without bound (a pasted book,
// a runaway sync loop) and so the crisis card and SOS stay readable. Each limit has a message
// that says which section and what to do, because the person sees it.
import { z } from 'zod';

export const PLAN_LIMITS = {
  /** Entries in any one list (each warning-sign group counts as its own list). */
  maxEntriesPerList: 50,
  /** Strategies in one tier. */
  maxStrategiesPerTier: 30,
  /** Characters (Unicode code points, so one emoji is one) in a text entry. */
  maxTextLength: 500,
  /** Names, relationships, places. */
  maxShortTextLength: 100,
  maxPhoneLength: 32,
  /** All text in the plan together, in code points. */
  maxTotalTextLength: 40_000,
  /** The whole document as JSON, including fields a newer app added. */
  maxSerializedLength: 200_000,
} as const;

/** Characters as a person counts them: code points, so an emoji is 1, not 2. */
export function textLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

// Tabs and newlines are fine in plain text; other control characters are never typed by a
// person and can corrupt exports, so they are refused.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * A plain-text field. Stored verbatim — "<b>" stays "<b>" — and always shown as text, never
 * as HTML. Must not be blank when `required`.
 */
export function plainText(maxLength: number, required = true) {
  return z
    .string()
    .refine((s) => textLength(s) <= maxLength, { error: `is longer than ${maxLength} characters. Please shorten it.` })
    .refine((s) => !CONTROL_CHARS.test(s), { error: 'contains invisible control characters. Please retype it.' })
    .refine((s) => !required || s.trim().length > 0, { error: 'is empty.' });
}

/** Optional phone number: digits, spaces and the usual punctuation. */
export const phoneNumber = z
  .string()
  .max(PLAN_LIMITS.maxPhoneLength, { error: `is longer than ${PLAN_LIMITS.maxPhoneLength} characters.` })
  .regex(/^[0-9+()\-.\s/#*,;]*$/, { error: 'may contain only digits, spaces and + ( ) - . / # *.' });

export const ITEM_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Ids are made by the client (UUIDs in the app, readable ones in the starter plan). */
export const itemId = z.string().regex(ITEM_ID_PATTERN, { error: 'is not a valid id (letters, digits, - and _, up to 64).' });

export function listOf<T extends z.ZodType>(item: T, max: number = PLAN_LIMITS.maxEntriesPerList) {
  return z.array(item).max(max, { error: `has more than ${max} entries. Please keep the ${max} that matter most.` });
}

/** Sum of code points of every string anywhere in a value. */
export function totalTextLength(value: unknown): number {
  if (typeof value === 'string') return textLength(value);
  if (Array.isArray(value)) return value.reduce<number>((n, v) => n + totalTextLength(v), 0);
  if (value && typeof value === 'object') {
    let n = 0;
    for (const v of Object.values(value)) n += totalTextLength(v);
    return n;
  }
  return 0;
}
