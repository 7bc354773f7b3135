// Normalisation: original message → a canonical token string the rules run on, plus a map
// from every token back to its span in the original text (so evidence points at what the
// person actually wrote). The canonical string has one space between tokens and a space at
// each end (" i want to die . "), so rules can anchor on spaces instead of \b, and sentence
// punctuation survives as its own token: "." ends a sentence, "?" ends a question, ","
// separates clauses. One pass over the characters; word resolution is memoised in resolve.ts.
import { BIGRAMS, EMOJI, SLANG } from './slang';
import { foldWord, resolveObfuscated, resolvePlain, segmentKeyWords } from './resolve';
import { wordSet } from '../words';

export interface Token {
  /** Canonical word or boundary (".", "?", ","). */
  w: string;
  /** Span in the original text. */
  s: number;
  e: number;
}

export interface Normalised {
  /** " tok tok tok " */
  text: string;
  tokens: Token[];
  /** Offset in `text` where each token starts. */
  starts: number[];
}

const enum Kind {
  Word,
  Boundary,
  Words,
}

interface Piece {
  kind: Kind;
  raw: string;
  s: number;
  e: number;
  words?: readonly string[];
}

const IN_WORD_SYMBOLS = new Set(['*', '#', '@', '$', '!', '|', '+', '_', '%', '€', '/', "'", '\u2019', '\u2018', '\u02bc']);
const TRIM_LEADING = new Set(['#', "'", '\u2019', '\u2018', '*', '_', '!', '|', '+', '%', '/']);
const TRIM_TRAILING = new Set(['!', "'", '\u2019', '\u2018', '*', '_', '#', '%', '+', '|', '@', '/']);

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isLetter(c) || isDigit(c)) return true;
  const ch = text.charAt(i);
  if (IN_WORD_SYMBOLS.has(ch)) return true;
  // "2.5", "1,000", "k.i.l.l": a dot or comma between two letters/digits stays inside the word.
  if ((ch === '.' || ch === ',') && i > 0 && i + 1 < text.length) {
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 1);
    if (isDigit(before) && isDigit(after)) return true;
    if (ch === '.' && isLetter(before) && isLetter(after) && (i < 2 || !isLetter(text.charCodeAt(i - 2)))) return true;
  }
  return false;
}

function scan(text: string): Piece[] {
  const pieces: Piece[] = [];
  const pushBoundary = (mark: string, s: number, e: number) => {
    const last = pieces[pieces.length - 1];
    if (last && last.kind === Kind.Boundary) {
      // Keep the strongest mark of a run ("?!" → "?", ".," → ".").
      if (mark === '?' || (mark === '.' && last.raw === ',')) last.raw = mark;
      last.e = e;
      return;
    }
    pieces.push({ kind: Kind.Boundary, raw: mark, s, e });
  };
  let i = 0;
  while (i < text.length) {
    if (isWordChar(text, i)) {
      let j = i;
      while (j < text.length && isWordChar(text, j)) j++;
      let s = i;
      let e = j;
      while (s < e && TRIM_LEADING.has(text.charAt(s))) s++;
      let exclaim = false;
      while (e > s && TRIM_TRAILING.has(text.charAt(e - 1))) {
        if (text.charAt(e - 1) === '!') exclaim = true;
        e--;
      }
      let alnum = false;
      for (let k = s; k < e && !alnum; k++) alnum = isLetter(text.charCodeAt(k)) || isDigit(text.charCodeAt(k));
      if (alnum) pieces.push({ kind: Kind.Word, raw: text.slice(s, e), s, e });
      if (exclaim || (!alnum && text.slice(i, j).includes('!'))) pushBoundary('.', e, j);
      i = j;
      continue;
    }
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const ch = text.charAt(i);
    if (ch === '.' || ch === '!' || ch === ';' || ch === ':' || ch === '\n' || ch === '\u2026') pushBoundary('.', i, i + 1);
    else if (ch === '?' || ch === '\u00bf') pushBoundary('?', i, i + 1);
    else if (ch === ',' || ch === '\u2014' || ch === '\u2013' || ch === '(' || ch === ')') pushBoundary(',', i, i + 1);
    else if (cp >= 0x2190) {
      const words = EMOJI.get(cp);
      if (words) pieces.push({ kind: Kind.Words, raw: '', s: i, e: i + width, words });
    }
    i += width;
  }
  return pieces;
}

const TO_BEFORE = wordSet('want wanted going need have got trying like wish ready about deserve');

const CACHE = new Map<string, readonly string[]>();
const CACHE_LIMIT = 50_000;
const DOTTED = /^[a-z](?:\.[a-z])+$/;

function canonical(raw: string): readonly string[] {
  // Numbers are nearly always new; keep them out of the cache.
  const c0 = raw.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57 && /^[0-9][0-9.,]*$/.test(raw)) return [raw.replace(/,/g, '')];
  const hit = CACHE.get(raw);
  if (hit) return hit;
  const folded = foldWord(raw);
  let words: readonly string[];
  let plain = true;
  let digitsOnly = true;
  for (let k = 0; k < folded.length; k++) {
    const c = folded.charCodeAt(k);
    const letter = (c >= 97 && c <= 122) || c === 39;
    if (!letter) plain = false;
    if (!isDigit(c) && c !== 46 && c !== 44) digitsOnly = false;
  }
  const slang = plain ? undefined : SLANG.get(folded);
  if (plain) words = resolvePlain(folded);
  else if (slang) words = slang;
  else if (digitsOnly) words = [folded.replace(/,/g, '')];
  else if (DOTTED.test(folded)) words = segmentKeyWords(folded.replace(/\./g, '')) ?? [folded];
  else words = resolveObfuscated(folded) ?? [folded];
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(raw, words);
  return words;
}

/** "k i l l m y s e l f": single letters one character apart, joined into risk words. */
function joinSpacedLetters(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  while (i < pieces.length) {
    const first = pieces[i];
    if (first && first.kind === Kind.Word && first.raw.length === 1) {
      let j = i + 1;
      let prev = first;
      while (j < pieces.length) {
        const next = pieces[j];
        if (!next || next.kind !== Kind.Word || next.raw.length !== 1 || next.s - prev.e !== 1) break;
        prev = next;
        j++;
      }
      if (j - i >= 3) {
        const joined = pieces.slice(i, j).map((p) => foldWord(p.raw)).join('');
        const words = segmentKeyWords(joined);
        if (words && words.some((w) => w.length >= 3)) {
          out.push({ kind: Kind.Words, raw: '', s: first.s, e: prev.e, words });
          i = j;
          continue;
        }
      }
    }
    if (first) out.push(first);
    i++;
  }
  return out;
}

export function normalise(original: string): Normalised {
  const pieces = joinSpacedLetters(scan(original));
  const tokens: Token[] = [];
  for (const piece of pieces) {
    if (piece.kind === Kind.Boundary) {
      tokens.push({ w: piece.raw, s: piece.s, e: piece.e });
      continue;
    }
    const words = piece.kind === Kind.Words ? (piece.words ?? []) : canonical(piece.raw);
    for (const w of words) tokens.push({ w, s: piece.s, e: piece.e });
  }
  // "2" between a verb of wanting and a verb is "to" ("i want 2 die").
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    if (t && t.w === '2' && TO_BEFORE.has(tokens[k - 1]?.w ?? '') && /^[a-z]/.test(tokens[k + 1]?.w ?? '')) t.w = 'to';
  }
  // Two written words that stand for one canonical phrase ("sewer slide").
  for (let k = 0; k + 1 < tokens.length; k++) {
    const a = tokens[k];
    const b = tokens[k + 1];
    if (!a || !b) continue;
    const joined = BIGRAMS.get(`${a.w} ${b.w}`);
    if (!joined) continue;
    const merged = joined.map((w) => ({ w, s: a.s, e: b.e }));
    tokens.splice(k, 2, ...merged);
  }
  const starts: number[] = new Array<number>(tokens.length);
  let text = ' ';
  for (let k = 0; k < tokens.length; k++) {
    starts[k] = text.length;
    text += (tokens[k]?.w ?? '') + ' ';
  }
  return { text, tokens, starts };
}

/** Index of the token that contains offset `at` of the canonical text (binary search). */
export function tokenAt(norm: Normalised, at: number): number {
  let lo = 0;
  let hi = norm.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((norm.starts[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
