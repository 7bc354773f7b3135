// What the text model reads from a message: its canonical words and each pair of adjacent
// words within a clause ("no_point", "better_off"). Reading the normalised tokens means the
// model sees "kms", "k*ll myself" and "kill myself" alike, exactly as the rules do.
import type { Normalised } from '../normalise';

/** A feature and the token range of its first occurrence (for evidence). */
export interface FeatureHit {
  t0: number;
  t1: number;
}

const BOUNDARY = new Set(['.', '?', ',']);

/**
 * Unique features of a message, each with where it first occurs. Words are cut to their first
 * `stem` characters: a crude stemmer ("hopeless", "hopelessness" → "hopele") that lets a small
 * corpus generalise and keeps the stored vocabulary short. Tokens marked in `skip` are not read.
 */
export function textFeatures(norm: Normalised, stem: number, skip?: Uint8Array): Map<string, FeatureHit> {
  const found = new Map<string, FeatureHit>();
  const tokens = norm.tokens;
  let previous = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]?.w ?? '';
    if (BOUNDARY.has(token) || skip?.[i] === 1) {
      previous = '';
      continue;
    }
    const w = token.slice(0, stem);
    if (!found.has(w)) found.set(w, { t0: i, t1: i });
    if (previous !== '') {
      const pair = `${previous}_${w}`;
      if (!found.has(pair)) found.set(pair, { t0: i - 1, t1: i });
    }
    previous = w;
  }
  return found;
}

/** Words in a message (boundaries excluded): short messages are left to the rules. */
export function wordCount(norm: Normalised): number {
  let n = 0;
  for (const token of norm.tokens) if (!BOUNDARY.has(token.w)) n++;
  return n;
}

/**
 * How many features a text counts for the length normalisation: its distinct word stems plus
 * its adjacent pairs (repeats included). Counting pairs without de-duplicating them keeps the
 * per-message path free of string building; training uses the same count.
 */
export function featureCount(norm: Normalised, stem: number, skip?: Uint8Array): number {
  const stems = new Set<string>();
  let pairs = 0;
  let previous = false;
  const tokens = norm.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]?.w ?? '';
    if (BOUNDARY.has(token) || skip?.[i] === 1) {
      previous = false;
      continue;
    }
    stems.add(token.length > stem ? token.slice(0, stem) : token);
    if (previous) pairs++;
    previous = true;
  }
  return stems.size + pairs;
}
