// The text model: a small linear model over word stems and stem pairs, trained only on the
// project's own corpus (scripts/train-risk-model.ts writes weights.ts). The rules catch what
// they were written for; this model catches the same meaning said in words no rule names —
// "everything's sorted, letters are on the table, tonight's the night" — which is how people
// often write when they are most at risk. One score, two cuts: `moderate` and `high`. It never
// lowers a rule's reading, and its evidence names the words that weighed most.
import type { Normalised } from '../normalise';
import { textFeatures, wordCount, type FeatureHit } from './features';
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

let table: Map<string, number> | undefined;

/** Feature → quantised weight, unpacked once from the compact generated form. */
function weights(): Map<string, number> {
  if (table) return table;
  table = new Map();
  const vocab = RISK_MODEL.vocab.split(' ');
  const zero = 97 + (RISK_MODEL.levels - 1) / 2;
  for (let i = 0; i < vocab.length; i++) {
    const feature = vocab[i];
    if (feature) table.set(feature, RISK_MODEL.weights.charCodeAt(i) - zero);
  }
  return table;
}

let enabled = true;
let windowEnabled = true;
/** Evaluation only: score without the model (or without its multi-turn reading) to report what it adds. */
export function setModelEnabled(on: boolean, window = on): void {
  enabled = on;
  windowEnabled = window;
}

/** Whether the tracker may read several turns together (see tracker.ts). */
export function modelWindowEnabled(): boolean {
  return windowEnabled;
}

/**
 * The level summed readings reach (one text, or several turns together). Dividing by the
 * square root of the feature count, as in training, keeps long texts from scoring higher for
 * their length alone; texts under minWords words are left to the rules.
 */
export function modelLevel(sums: ModelSums): 0 | 2 | 3 {
  if (!enabled || sums.words < RISK_MODEL.minWords) return 0;
  const score = (RISK_MODEL.scale * sums.sum) / Math.sqrt(Math.max(sums.features, RISK_MODEL.minFeatures));
  const [moderate = Infinity, high = Infinity] = RISK_MODEL.cuts;
  return score >= high ? 3 : score >= moderate ? 2 : 0;
}

/**
 * Read a message. `skip` marks tokens a rule has already read in context and discounted
 * ("I'd never…", "I tried in 2015 and I'm glad I'm alive", "she said 'I want to die'"): the
 * rule has the final word on those words, so the model does not read them again.
 */
export function readWithModel(norm: Normalised, skip?: Uint8Array): ModelReading {
  const features = textFeatures(norm, RISK_MODEL.stem, skip);
  const w = weights();
  let sum = 0;
  const top: ModelReading['top'] = [];
  for (const [feature, hit] of features) {
    const q = w.get(feature);
    if (q === undefined) continue;
    sum += q;
    if (q > 0) top.push({ feature, hit, weight: q });
  }
  const sums = { sum, features: features.size, words: wordCount(norm) };
  top.sort((x, y) => y.weight - x.weight || x.hit.t0 - y.hit.t0);
  return { ...sums, level: modelLevel(sums), top: top.slice(0, 3) };
}
