// Multinomial naive Bayes over the features from `tokenize.ts` (McCallum & Nigam 1998, "A
// comparison of event models for naive Bayes text classification"), with Laplace smoothing and
// uniform class priors: the training corpus is written by us, so its class sizes say nothing
// about how often people say each thing. Character n-grams count less than whole words so a
// long word cannot outvote the words around it.
//
// The posterior of naive Bayes is famously over-confident, so `confidence` is a softmax over the
// per-feature average log-likelihood, scaled, and discounted when most of the message's words
// were never seen in training. Callers treat low confidence as "not sure" and fall back to
// listening, which is always a safe thing for the companion to do.
import { features } from './tokenize';

export interface Example {
  text: string;
  label: string;
}

export interface Prediction {
  label: string;
  confidence: number;
  /** All labels, best first, with their confidence. */
  ranked: Array<{ label: string; confidence: number }>;
  /** How many of the message's words the model has seen in training. */
  known: number;
}

const CHAR_WEIGHT = 0.3;
const SHARPNESS = 6;

function weightOf(feature: string): number {
  return feature.startsWith('c:') ? CHAR_WEIGHT : 1;
}

export class NaiveBayes {
  private readonly labels: string[];
  private readonly logLikelihood = new Map<string, Float64Array>();
  private readonly knownWords = new Set<string>();

  constructor(examples: readonly Example[], smoothing = 1) {
    this.labels = [...new Set(examples.map((e) => e.label))].sort();
    const index = new Map(this.labels.map((l, i) => [l, i]));
    const counts = new Map<string, Float64Array>();
    const totals = new Float64Array(this.labels.length);
    for (const example of examples) {
      const c = index.get(example.label) as number;
      for (const f of features(example.text)) {
        let row = counts.get(f);
        if (!row) counts.set(f, (row = new Float64Array(this.labels.length)));
        const w = weightOf(f);
        row[c] = (row[c] ?? 0) + w;
        totals[c] = (totals[c] ?? 0) + w;
        if (f.startsWith('w:')) this.knownWords.add(f);
      }
    }
    const vocabulary = counts.size;
    for (const [f, row] of counts) {
      const ll = new Float64Array(this.labels.length);
      for (let c = 0; c < this.labels.length; c++) {
        ll[c] = Math.log(((row[c] ?? 0) + smoothing) / ((totals[c] ?? 0) + smoothing * vocabulary));
      }
      this.logLikelihood.set(f, ll);
    }
  }

  predict(text: string): Prediction {
    const feats = features(text);
    const scores = new Float64Array(this.labels.length);
    let weight = 0;
    let wordCount = 0;
    let known = 0;
    for (const f of feats) {
      const ll = this.logLikelihood.get(f);
      if (f.startsWith('w:')) {
        wordCount++;
        if (this.knownWords.has(f)) known++;
      }
      if (!ll) continue; // a feature never seen in any class carries no information
      const w = weightOf(f);
      weight += w;
      for (let c = 0; c < scores.length; c++) scores[c] = (scores[c] ?? 0) + w * (ll[c] ?? 0);
    }
    if (weight === 0) {
      const even = 1 / this.labels.length;
      const ranked = this.labels.map((label) => ({ label, confidence: even }));
      return { label: ranked[0]?.label ?? '', confidence: 0, ranked, known };
    }
    const scaled = Array.from(scores, (s) => (s / weight) * SHARPNESS);
    const max = Math.max(...scaled);
    const exp = scaled.map((s) => Math.exp(s - max));
    const sum = exp.reduce((a, b) => a + b, 0);
    const coverage = wordCount === 0 ? 0 : known / wordCount;
    const discount = Math.min(1, 0.4 + coverage);
    const ranked = this.labels
      .map((label, i) => ({ label, confidence: ((exp[i] ?? 0) / sum) * discount }))
      .sort((a, b) => b.confidence - a.confidence);
    const best = ranked[0] as { label: string; confidence: number };
    return { label: best.label, confidence: best.confidence, ranked, known };
  }

  get classes(): readonly string[] {
    return this.labels;
  }
}
