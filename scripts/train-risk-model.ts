// Trains the crisis detector's text model (packages/core/src/risk/model) on the project's own
// corpus only: the unit corpus (risk/corpus) and the long-form texts our writers produced
// (risk/model/data/*.jsonl). External evaluation data is never read here.
//
//   npm run train:risk            train, print cross-validated figures, write weights.ts
//   npm run train:risk -- --check print figures only
//
// Model: logistic regression over unique words and adjacent word pairs, each feature worth
// 1/sqrt(number of features in the text) so length alone does not raise a reading. Trained
// with L2-regularised AdaGrad, pruned to the strongest features, retrained on those, and
// quantised to small integers so the browser bundle stays small. The decision threshold is
// picked on out-of-fold predictions for a target false-alarm rate on our own negatives.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalise } from '../packages/core/src/risk/normalise';
import { textFeatures, wordCount } from '../packages/core/src/risk/model/features';
import { CORPUS } from '../packages/core/src/risk/corpus';
import type { RiskLevel } from '../packages/core/src/risk/types';

const here = path.dirname(fileURLToPath(import.meta.url));
const riskDir = path.join(here, '../packages/core/src/risk');
const dataDir = path.join(riskDir, 'model/data');
const weightsFile = path.join(riskDir, 'model/weights.ts');

const SETTINGS = {
  minDocFreq: 2,
  keep: 700,
  levels: 7,
  l2: 1e-4,
  epochs: 40,
  rate: 0.5,
  targetFalseAlarm: 0.04,
  minWords: 12,
  minFeatures: 16,
  folds: 5,
};

const RANK: Record<RiskLevel, number> = { none: 0, low: 1, moderate: 2, high: 3, imminent: 4 };

interface Doc {
  source: string;
  y: 0 | 1;
  features: string[];
  words: number;
}

function makeDoc(source: string, text: string, y: 0 | 1): Doc {
  const norm = normalise(text);
  return { source, y, features: [...textFeatures(norm).keys()], words: wordCount(norm) };
}

const SELF_GROUPS = new Set(['suicide', 'self-harm', 'coded', 'facilitation', 'conversation', 'multilingual', 'distress']);

function loadDocs(): Doc[] {
  const docs: Doc[] = [];
  for (const c of CORPUS) {
    if (c.context && c.context.length > 0) continue;
    const high = RANK[c.level] >= 2;
    const self = c.categories ? c.categories.some((k) => k === 'suicide' || k === 'self_harm') : SELF_GROUPS.has(c.group);
    if (high && !self) continue; // harm to others, being harmed, medical: not this model's question
    docs.push(makeDoc(`corpus:${c.group}`, c.text, high ? 1 : 0));
  }
  for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(path.join(dataDir, file), 'utf8').split('\n');
    for (const line of lines) {
      if (!line.trim()) continue;
      let row: { text?: unknown; level?: unknown; self?: unknown };
      try {
        row = JSON.parse(line) as typeof row;
      } catch {
        continue;
      }
      if (typeof row.text !== 'string' || typeof row.level !== 'string' || !(row.level in RANK)) continue;
      const high = RANK[row.level as RiskLevel] >= 2 && row.self !== false;
      docs.push(makeDoc(file, row.text.replaceAll(' || ', '. '), high ? 1 : 0));
    }
  }
  return docs;
}

/** Deterministic shuffle (mulberry32), so the same corpus always gives the same weights. */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

interface Model {
  bias: number;
  w: Map<string, number>;
}

const norm = (doc: Doc): number => 1 / Math.sqrt(Math.max(doc.features.length, SETTINGS.minFeatures));

function logit(model: Model, doc: Doc): number {
  let sum = 0;
  for (const f of doc.features) sum += model.w.get(f) ?? 0;
  return model.bias + sum * norm(doc);
}

function train(docs: readonly Doc[], vocab: ReadonlySet<string>): Model {
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  let bias = 0;
  let biasG2 = 0;
  const positives = docs.filter((d) => d.y === 1).length;
  // Balance the classes so the threshold, not the class ratio, sets the trade-off.
  const weightOf = (y: number): number => (y === 1 ? docs.length / (2 * positives) : docs.length / (2 * (docs.length - positives)));
  for (let epoch = 0; epoch < SETTINGS.epochs; epoch++) {
    for (const doc of shuffled(docs, epoch + 1)) {
      const x = norm(doc);
      let z = bias;
      for (const f of doc.features) if (vocab.has(f)) z += (w.get(f) ?? 0) * x;
      const p = 1 / (1 + Math.exp(-z));
      const err = (p - doc.y) * weightOf(doc.y);
      biasG2 += err * err;
      bias -= (SETTINGS.rate * err) / Math.sqrt(biasG2 + 1e-8);
      for (const f of doc.features) {
        if (!vocab.has(f)) continue;
        const current = w.get(f) ?? 0;
        const grad = err * x + SETTINGS.l2 * current;
        const acc = (g2.get(f) ?? 0) + grad * grad;
        g2.set(f, acc);
        w.set(f, current - (SETTINGS.rate * grad) / Math.sqrt(acc + 1e-8));
      }
    }
  }
  return { bias, w };
}

function docFrequencies(docs: readonly Doc[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of docs) for (const f of doc.features) df.set(f, (df.get(f) ?? 0) + 1);
  return df;
}

/** Train, keep the strongest features, retrain on them, quantise. */
function fit(docs: readonly Doc[]): { model: Model; scale: number; q: Map<string, number> } {
  const df = docFrequencies(docs);
  const vocab = new Set([...df].filter(([, n]) => n >= SETTINGS.minDocFreq).map(([f]) => f));
  const full = train(docs, vocab);
  const strongest = [...full.w].sort((x, y) => Math.abs(y[1]) - Math.abs(x[1])).slice(0, SETTINGS.keep).map(([f]) => f);
  const pruned = train(docs, new Set(strongest));
  const top = Math.max(...[...pruned.w.values()].map(Math.abs));
  const half = (SETTINGS.levels - 1) / 2;
  const scale = top / half;
  const q = new Map<string, number>();
  for (const [f, value] of pruned.w) {
    const level = Math.max(-half, Math.min(half, Math.round(value / scale)));
    if (level !== 0) q.set(f, level);
  }
  const quantised: Model = { bias: pruned.bias, w: new Map([...q].map(([f, l]) => [f, l * scale])) };
  return { model: quantised, scale, q };
}

/** Out-of-fold probabilities for every document. */
function crossValidate(docs: readonly Doc[]): number[] {
  const order = shuffled(docs.map((_, i) => i), 7);
  const out = new Array<number>(docs.length).fill(0);
  for (let k = 0; k < SETTINGS.folds; k++) {
    const testIdx = order.filter((_, i) => i % SETTINGS.folds === k);
    const testSet = new Set(testIdx);
    const { model } = fit(docs.filter((_, i) => !testSet.has(i)));
    for (const i of testIdx) out[i] = 1 / (1 + Math.exp(-logit(model, docs[i] as Doc)));
  }
  return out;
}

function pickThreshold(docs: readonly Doc[], p: readonly number[]): number {
  const negatives = docs.map((d, i) => ({ d, p: p[i] ?? 0 })).filter((x) => x.d.y === 0 && x.d.words >= SETTINGS.minWords).map((x) => x.p).sort((a, b) => b - a);
  const allowed = Math.floor(negatives.length * SETTINGS.targetFalseAlarm);
  return Math.max(0.5, (negatives[allowed] ?? 0.5) + 1e-6);
}

function report(docs: readonly Doc[], p: readonly number[], threshold: number): Record<string, unknown> {
  const bySource = new Map<string, { pos: number; posHit: number; neg: number; negHit: number }>();
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] as Doc;
    if (doc.words < SETTINGS.minWords) continue;
    const row = bySource.get(doc.source) ?? { pos: 0, posHit: 0, neg: 0, negHit: 0 };
    const hit = (p[i] ?? 0) >= threshold;
    if (doc.y === 1) {
      row.pos++;
      if (hit) row.posHit++;
    } else {
      row.neg++;
      if (hit) row.negHit++;
    }
    bySource.set(doc.source, row);
  }
  let pos = 0, posHit = 0, neg = 0, negHit = 0;
  const sources: Record<string, string> = {};
  for (const [source, r] of [...bySource].sort()) {
    pos += r.pos; posHit += r.posHit; neg += r.neg; negHit += r.negHit;
    sources[source] = `recall ${r.posHit}/${r.pos}, false alarms ${r.negHit}/${r.neg}`;
  }
  return {
    longDocs: pos + neg,
    outOfFoldRecall: Math.round((posHit / Math.max(1, pos)) * 1000) / 1000,
    outOfFoldFalseAlarm: Math.round((negHit / Math.max(1, neg)) * 1000) / 1000,
    sources,
  };
}

function writeWeights(bias: number, scale: number, threshold: number, q: Map<string, number>): void {
  const half = (SETTINGS.levels - 1) / 2;
  const groups: string[][] = Array.from({ length: SETTINGS.levels }, () => []);
  for (const [f, level] of [...q].sort((x, y) => (x[0] < y[0] ? -1 : 1))) groups[level + half]?.push(f);
  const round = (x: number): number => Math.round(x * 10000) / 10000;
  const body = [
    '// Generated by scripts/train-risk-model.ts from the project\'s own corpus. Do not edit by hand:',
    '// change the corpus and run `npm run train:risk`. Group i holds the features whose weight is',
    '// (i - (groups.length - 1) / 2) × scale.',
    'export const RISK_MODEL = {',
    `  bias: ${round(bias)},`,
    `  scale: ${round(scale)},`,
    `  threshold: ${round(threshold)},`,
    `  minWords: ${SETTINGS.minWords},`,
    `  minFeatures: ${SETTINGS.minFeatures},`,
    '  groups: [',
    ...groups.map((g) => `    ${JSON.stringify(g.join(' '))},`),
    '  ] as string[],',
    '};',
    '',
  ].join('\n');
  writeFileSync(weightsFile, body);
}

const check = process.argv.includes('--check');
const docs = loadDocs();
const oof = crossValidate(docs);
const threshold = pickThreshold(docs, oof);
const { model, scale, q } = fit(docs);
console.log(JSON.stringify({ docs: docs.length, positives: docs.filter((d) => d.y === 1).length, features: q.size, threshold: Math.round(threshold * 1000) / 1000, ...report(docs, oof, threshold) }, null, 2));
if (!check) writeWeights(model.bias, scale, threshold, q);
