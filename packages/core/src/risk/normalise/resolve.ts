// Turns one written word into its canonical form(s). The detector's rules are written against
// canonical words only, so everything people do to spelling is undone here, once per distinct
// word: lower-casing and accents (so Spanish, French and German match without accents),
// elongation ("diiiie"), leetspeak and censoring ("k1ll", "k*ll", "s**cide"), texting shortcuts
// and coded words (see slang.ts), and one-letter typos in a few long risk words ("suicde").
// Results are memoised: a conversation reuses most of its words, so the steady-state cost per
// word is one map lookup.
import { KEY_WORDS, LEET, SLANG, TYPO_EXCEPTIONS, TYPO_KEYS, WILDCARDS } from './slang';

const KEY_SET: ReadonlySet<string> = new Set(KEY_WORDS);
const KEYS_BY_LENGTH = new Map<number, string[]>();
for (const word of KEY_WORDS) {
  const list = KEYS_BY_LENGTH.get(word.length) ?? [];
  list.push(word);
  KEYS_BY_LENGTH.set(word.length, list);
}

// Symmetric-delete index for distance-1 typos: a word and a typo of it share a one-deletion
// variant (or one is a deletion of the other), so lookups need no edit-distance loop.
const TYPO_INDEX = new Map<string, string>();
for (const key of TYPO_KEYS) TYPO_INDEX.set(key, key);
for (const key of TYPO_KEYS) {
  for (let i = 0; i < key.length; i++) {
    const variant = key.slice(0, i) + key.slice(i + 1);
    if (!TYPO_INDEX.has(variant)) TYPO_INDEX.set(variant, key);
  }
}

// Accent folding table for Latin letters, built once from Unicode decomposition.
const FOLD = new Map<string, string>([
  ['ß', 'ss'], ['æ', 'ae'], ['œ', 'oe'], ['ø', 'o'], ['ł', 'l'], ['đ', 'd'], ['ð', 'd'], ['þ', 'th'], ['ı', 'i'],
]);
for (let cp = 0xc0; cp <= 0x24f; cp++) {
  const ch = String.fromCharCode(cp).toLowerCase();
  if (FOLD.has(ch)) continue;
  const base = ch.normalize('NFD').charAt(0);
  if (base !== ch && base >= 'a' && base <= 'z') FOLD.set(ch, base);
}

const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;

export function foldWord(raw: string): string {
  let word = raw.toLowerCase();
  if (word.indexOf('\u2019') >= 0 || word.indexOf('\u2018') >= 0 || word.indexOf('\u02bc') >= 0 || word.indexOf('`') >= 0 || word.indexOf('\u00b4') >= 0) {
    word = word.replace(APOSTROPHES, "'");
  }
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) return word;
  let out = '';
  for (const ch of word) out += FOLD.get(ch) ?? ch;
  return out;
}

function collapseRuns(word: string, keep: number): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word.charAt(i);
    run = i > 0 && word.charAt(i - 1) === ch ? run + 1 : 1;
    if (run <= keep) out += ch;
  }
  return out;
}

function hasLongRun(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    if (word.charAt(i) === word.charAt(i - 1) && word.charAt(i) === word.charAt(i - 2)) return true;
  }
  return false;
}

function known(word: string): boolean {
  return KEY_SET.has(word) || SLANG.has(word);
}

/** "diiiie" → "die", "killlll" → "kill", "sooo" → "so"; other words keep doubled letters. */
function deElongate(word: string): string {
  if (!hasLongRun(word)) return word;
  const two = collapseRuns(word, 2);
  if (known(two)) return two;
  const one = collapseRuns(word, 1);
  if (known(one)) return one;
  return two;
}

function typo(word: string): string | undefined {
  if (word.length < 5 || word.length > 11 || TYPO_EXCEPTIONS.has(word)) return undefined;
  const direct = TYPO_INDEX.get(word);
  if (direct) return direct;
  for (let i = 0; i < word.length; i++) {
    const hit = TYPO_INDEX.get(word.slice(0, i) + word.slice(i + 1));
    if (hit) return hit;
  }
  return undefined;
}

function expand(word: string): readonly string[] {
  const slang = SLANG.get(word);
  if (slang) return slang;
  if (KEY_SET.has(word)) return [word];
  const fixed = typo(word);
  return fixed ? [fixed] : [word];
}

/**
 * A word made only of letters and apostrophes (the common case).
 */
export function resolvePlain(folded: string): readonly string[] {
  return expand(deElongate(folded));
}

/**
 * A word with digits or symbols mixed into letters: leetspeak ("k1ll", "$uicide") or
 * censoring ("k*ll"). Returns undefined when it does not resolve to a risk word, in which case
 * the caller keeps the word as written ("3am", "mp3").
 */
export function resolveObfuscated(folded: string): readonly string[] | undefined {
  let leet = '';
  let wild = 0;
  let letters = 0;
  for (const ch of folded) {
    if ((ch >= 'a' && ch <= 'z') || ch === "'") {
      leet += ch;
      if (ch !== "'") letters++;
    } else if (WILDCARDS.has(ch)) {
      wild++;
      leet += '\0';
    } else {
      const mapped = LEET.get(ch);
      if (mapped === undefined) return undefined;
      leet += mapped;
    }
  }
  if (wild === 0) {
    const word = deElongate(leet);
    if (known(word)) return expand(word);
    const fixed = typo(word);
    return fixed ? [fixed] : undefined;
  }
  if (letters < 2) return undefined;
  // Censored: the visible letters (and leet letters) must fit a risk word of the same length.
  const candidates = KEYS_BY_LENGTH.get(leet.length);
  if (!candidates) return undefined;
  for (const candidate of candidates) {
    let fits = true;
    for (let i = 0; i < candidate.length && fits; i++) {
      const seen = leet.charAt(i);
      if (seen !== '\0' && seen !== candidate.charAt(i)) fits = false;
    }
    if (fits) return expand(candidate);
  }
  return undefined;
}

/** Splits a run of joined letters into risk words when it is made only of them ("killmyself"). */
export function segmentKeyWords(joined: string): string[] | undefined {
  if (KEY_SET.has(joined)) return [joined];
  const slang = SLANG.get(joined);
  if (slang) return [...slang];
  // Small dynamic programme: best[i] = words covering joined[0, i).
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= joined.length; end++) {
    for (let start = Math.max(0, end - 8); start < end; start++) {
      const prefix = best[start];
      const piece = joined.slice(start, end);
      if (prefix && (KEY_SET.has(piece) || piece === 'i' || piece === 'to' || piece === 'my')) {
        best[end] = [...prefix, piece];
        break;
      }
    }
  }
  const words = best[joined.length];
  return words && words.length > 0 ? words : undefined;
}
