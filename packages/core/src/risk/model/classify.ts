// The text model: a small linear model over word stems and stem pairs, trained only on the
// project's own corpus (scripts/train-risk-model.ts writes weights.ts). The rules catch what
// they were written for; this model catches the same meaning said in words no rule names —
// "everything's sorted, letters are on the table, tonight's the night" — which is how people
// often write when they are most at risk. One score, two cuts: `moderate` and `high`. It never
// lowers a rule's reading, and its evidence names the words that weighed most.
import type { Normalised } from '../normalise';
import type { FeatureHit } from './features';
import { RISK_MODEL } from './weights';

/** What the model keeps of a text: enough to combine it with other turns, and no words. */
export interface ModelSums {
  /** Sum of the quantised weights of the text's features. */
  sum: number;
  /** Number of distinct features in the text (known to the model or not). */
  features: number;
  words: number;
}

export interface ModelReading extends ModelSums {
  /** Level index the model reads (0 = below moderate, 2 = moderate, 3 = high). */
  level: 0 | 2 | 3;
  /** Features that pushed the reading up most, strongest first. */
  top: { feature: string; hit: FeatureHit; weight: number }[];
}

interface Table {
  /** Stem → weight. */
  words: Map<string, number>;
  /** First stem → second stem → weight, so pairs are looked up without building strings. */
  pairs: Map<string, Map<string, number>>;
}
let table: Table | undefined;

/** Every feature with its quantised weight, unpacked from the compact generated form. */
export function modelFeatures(): [feature: string, weight: number][] {
  const groups = RISK_MODEL.byWeight;
  const half = (groups.length - 1) / 2;
  return groups.flatMap((group, k) => (group ? group.split(' ').map((f): [string, number] => [f, k - half]) : []));
}

/** Feature → quantised weight, unpacked once. */
function weights(): Table {
  if (table) return table;
  const words = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  for (const [feature, weight] of modelFeatures()) {
    const cut = feature.indexOf('_');
    if (cut < 0) words.set(feature, weight);
    else {
      const first = feature.slice(0, cut);
      const inner = pairs.get(first) ?? new Map<string, number>();
      inner.set(feature.slice(cut + 1), weight);
      pairs.set(first, inner);
    }
  }
  table = { words, pairs };
  return table;
}

// Canonical token → its stem, memoised (bounded) for tokens longer than a stem: conversations
// reuse their words, and a stem that is the same string object each time is hashed once. A
// short token is its own stem and needs no look-up.
const STEMS = new Map<string, string>();
function stemOf(token: string): string {
  if (token.length <= RISK_MODEL.stem) return token;
  let stem = STEMS.get(token);
  if (stem === undefined) {
    stem = token.slice(0, RISK_MODEL.stem);
    if (STEMS.size >= 50_000) STEMS.clear();
    STEMS.set(token, stem);
  }
  return stem;
}

let enabled = true;
let windowEnabled = true;
/** Evaluation only: score without the model (or without its multi-turn reading) to report what it adds. */
export function setModelEnabled(on: boolean, window = on): void {
  enabled = on;
  windowEnabled = window;
}

/** Whether the model reads at all (off only in evaluation ablations and benchmarks). */
export function modelEnabled(): boolean {
  return enabled;
}

/** Whether the tracker may read several turns together (see tracker.ts). */
export function modelWindowEnabled(): boolean {
  return windowEnabled;
}

/**
 * The level summed readings reach (one text, or several turns together). Dividing by the
 * square root of the feature count, as in training, keeps long texts from scoring higher for
 * their length alone. The cuts were set on posts; a text under minWords words has too few
 * words to weigh for that, so it must score SHORT_FACTOR times the moderate cut and reads at
 * most moderate ("gonna do it eventually. just dont know when"): the rules have the rest.
 */
export function modelLevel(sums: ModelSums): 0 | 2 | 3 {
  if (!enabled) return 0;
  const score = modelScore(sums);
  const [moderate = Infinity, high = Infinity] = RISK_MODEL.cuts;
  if (sums.words < RISK_MODEL.minWords) return score >= SHORT_FACTOR * moderate ? 2 : 0;
  return score >= high ? 3 : score >= moderate ? 2 : 0;
}

// Chosen on the development data (session 8): at 2, writer O's short messages at risk read
// moderate or above 92 times in 200 instead of 79, its look-alikes 14 in 120 instead of 12,
// and no corpus case changed; at 1.5 six corpus cases changed and at 1 twenty-five.
const SHORT_FACTOR = 2;

/** The model's score for summed readings, on the scale of RISK_MODEL.cuts. */
export function modelScore(sums: ModelSums): number {
  return (RISK_MODEL.scale * sums.sum) / Math.sqrt(Math.max(sums.features, RISK_MODEL.minFeatures));
}

/** A reading strong enough that, added to other turns, it could reach the moderate cut. */
export function couldTip(sums: ModelSums): boolean {
  return modelScore(sums) >= (RISK_MODEL.cuts[0] ?? Infinity) / 2;
}

/**
 * Read a message. `skip` marks tokens a rule has already read in context and discounted
 * ("I'd never…", "I tried in 2015 and I'm glad I'm alive", "she said 'I want to die'"): the
 * rule has the final word on those words, so the model does not read them again.
 * `withTop` also collects the words that weighed most (for evidence; only needed when the
 * reading raises a level, so the common path skips it).
 */
export function readWithModel(norm: Normalised, skip?: Uint8Array, withTop = false): ModelReading {
  const { words: wordWeights, pairs: pairWeights } = weights();
  const tokens = norm.tokens;
  // Distinct stems so far; a plain array is faster than a Set for the short messages that
  // make up most of a chat, a Set takes over for long posts.
  const list: string[] = [];
  let set: Set<string> | undefined;
  // Known pairs already counted, as [first, second] stems (a message has only a few).
  const seenPairs: string[] = [];
  let sum = 0;
  let pairs = 0;
  let words = 0;
  let previous = '';
  const top: ModelReading['top'] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]?.w ?? '';
    if (token === '.' || token === '?' || token === ',') {
      previous = '';
      continue;
    }
    words++;
    if (skip?.[i] === 1) {
      previous = '';
      continue;
    }
    const stem = stemOf(token);
    let fresh: boolean;
    if (set) fresh = !set.has(stem);
    else fresh = !list.includes(stem);
    if (fresh) {
      if (set) set.add(stem);
      else if (list.push(stem) > 24) set = new Set(list);
      const q = wordWeights.get(stem);
      if (q !== undefined) {
        sum += q;
        if (withTop && q > 0) top.push({ feature: stem, hit: { t0: i, t1: i }, weight: q });
      }
    }
    if (previous !== '') {
      pairs++;
      const q = pairWeights.get(previous)?.get(stem);
      if (q !== undefined && !knownPairSeen(seenPairs, previous, stem)) {
        seenPairs.push(previous, stem);
        sum += q;
        if (withTop && q > 0) top.push({ feature: `${previous}_${stem}`, hit: { t0: i - 1, t1: i }, weight: q });
      }
    }
    previous = stem;
  }
  const features = (set ? set.size : list.length) + pairs;
  if (withTop) top.sort((x, y) => y.weight - x.weight || x.hit.t0 - y.hit.t0);
  return { sum, features, words, level: modelLevel({ sum, features, words }), top: top.slice(0, 3) };
}

function knownPairSeen(seen: readonly string[], first: string, second: string): boolean {
  for (let k = 0; k < seen.length; k += 2) if (seen[k] === first && seen[k + 1] === second) return true;
  return false;
}
