// The text model: a small logistic regression over words and word pairs, trained only on the
// project's own corpus (scripts/train-risk-model.ts writes weights.ts). The rules catch what
// they were written for; this model catches the same meaning said in words no rule names,
// which is how most people actually write about wanting to die in a long message.
// It only ever raises a message to `moderate` (it cannot tell a plan from a wish), it never
// lowers a rule's reading, and its evidence names the words that weighed most.
import type { Normalised } from '../normalise';
import { textFeatures, wordCount, type FeatureHit } from './features';
import { RISK_MODEL } from './weights';

export interface ModelReading {
  /** Probability that the writer is at moderate risk or above. */
  p: number;
  /** Whether p reaches the model's decision threshold (and the message is long enough). */
  flagged: boolean;
  /** Features that pushed the reading up most, strongest first. */
  top: { feature: string; hit: FeatureHit; weight: number }[];
}

/** Shorter messages are read by the rules alone: a handful of words is too little evidence. */
export const MODEL_MIN_WORDS = RISK_MODEL.minWords;

let table: Map<string, number> | undefined;

/** Feature → quantised weight, unpacked once from the compact generated form. */
function weights(): Map<string, number> {
  if (table) return table;
  table = new Map();
  const groups = RISK_MODEL.groups;
  for (let g = 0; g < groups.length; g++) {
    const weight = g - (groups.length - 1) / 2;
    for (const feature of (groups[g] ?? '').split(' ')) if (feature) table.set(feature, weight);
  }
  return table;
}

/** Normalisation shared with training: long texts do not score higher just for length. */
export function lengthNorm(uniqueFeatures: number): number {
  return 1 / Math.sqrt(Math.max(uniqueFeatures, RISK_MODEL.minFeatures));
}

export function readWithModel(norm: Normalised): ModelReading {
  const features = textFeatures(norm);
  const w = weights();
  let sum = 0;
  const positive: { feature: string; hit: FeatureHit; weight: number }[] = [];
  for (const [feature, hit] of features) {
    const q = w.get(feature);
    if (q === undefined) continue;
    sum += q;
    if (q > 0) positive.push({ feature, hit, weight: q });
  }
  const logit = RISK_MODEL.bias + RISK_MODEL.scale * sum * lengthNorm(features.size);
  const p = 1 / (1 + Math.exp(-logit));
  positive.sort((x, y) => y.weight - x.weight || x.hit.t0 - y.hit.t0);
  return { p, flagged: p >= RISK_MODEL.threshold && wordCount(norm) >= RISK_MODEL.minWords, top: positive.slice(0, 3) };
}
