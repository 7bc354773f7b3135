// Trains the crisis detector's text model (packages/core/src/risk/model) on the project's own
// corpus only: the unit corpus (risk/corpus) and the texts our writers produced for it
// (risk/model/data/*.jsonl). External evaluation data and the held-out and validation sets
// are never read here.
//
//   npm run train:risk                 train, print cross-validated figures, write weights.ts
//   npm run train:risk -- --check      figures only
//   npm run train:risk -- --keep=400   override a setting (any key of SETTINGS)
//
// Model: one weight per feature (word stems and adjacent pairs), each feature in a text worth
// 1/sqrt(number of features in it) so length alone does not raise a reading, and two cuts on
// the resulting score: one for "moderate or above", one for "high or above" (two logistic
// tasks sharing the weights, each with its own bias). Trained with L2-regularised AdaGrad,
// pruned to the strongest features, retrained on those, and quantised to small integers so the
// browser bundle stays small. Each cut is picked on out-of-fold scores for a target rate of
// false alarms the model adds on top of the rules, on our own texts.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalise } from '../packages/core/src/risk/normalise';
import { featureCount, textFeatures, wordCount } from '../packages/core/src/risk/model/features';
import { CORPUS } from '../packages/core/src/risk/corpus';
import { RiskTracker } from '../packages/core/src/risk';
import { setModelEnabled } from '../packages/core/src/risk/model/classify';
import type { RiskLevel } from '../packages/core/src/risk/types';

const here = path.dirname(fileURLToPath(import.meta.url));
const riskDir = path.join(here, '../packages/core/src/risk');
const dataDir = path.join(riskDir, 'model/data');
const weightsFile = path.join(riskDir, 'model/weights.ts');

const SETTINGS = {
  minDocFreq: 4,
  keep: 350,
  levels: 7,
  l2: 1e-4,
  epochs: 30,
  rate: 0.5,
  /** False alarms the model may add, as a share of our own negatives (moderate cut). */
  targetFalseAlarm: 0.02,
  /** Texts below high that the model may lift to high, as a share of them (high cut). */
  targetHighFalseAlarm: 0.02,
  minWords: 20,
  minFeatures: 30,
  stem: 6,
  folds: 5,
  bags: 4,
};

const RANK: Record<RiskLevel, number> = { none: 0, low: 1, moderate: 2, high: 3, imminent: 4 };

interface Doc {
  source: string;
  /** Feature count for the length normalisation (see featureCount). */
  count: number;
  /** 0 = below moderate, 1 = moderate, 2 = high or above (the writer's own risk). */
  y: 0 | 1 | 2;
  features: string[];
  words: number;
  /** Level index the rules alone reach (turns read as a conversation where there are turns). */
  rules: number;
}

function rulesLevel(turns: readonly string[]): number {
  const tracker = new RiskTracker();
  let peak = 0;
  for (const turn of turns) peak = Math.max(peak, RANK[tracker.assess(turn).peak]);
  return peak;
}

function makeDoc(source: string, turns: readonly string[], y: 0 | 1 | 2): Doc {
  const norm = normalise(turns.join(' . '));
  return { source, y, features: [...textFeatures(norm, SETTINGS.stem).keys()], count: featureCount(norm, SETTINGS.stem), words: wordCount(norm), rules: rulesLevel(turns) };
}

const SELF_GROUPS = new Set(['suicide', 'self-harm', 'coded', 'facilitation', 'conversation', 'multilingual', 'distress']);
const label = (level: number, self: boolean): 0 | 1 | 2 => (!self || level < 2 ? 0 : level === 2 ? 1 : 2);

function loadDocs(): Doc[] {
  const docs: Doc[] = [];
  for (const c of CORPUS) {
    if (c.context && c.context.length > 0) continue;
    const self = c.categories ? c.categories.some((k) => k === 'suicide' || k === 'self_harm') : SELF_GROUPS.has(c.group);
    if (RANK[c.level] >= 2 && !self) continue; // harm to others, being harmed, medical: not this model's question
    docs.push(makeDoc(`corpus:${c.group}`, [c.text], label(RANK[c.level], self)));
  }
  for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(path.join(dataDir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      let row: { text?: unknown; level?: unknown; self?: unknown };
      try {
        row = JSON.parse(line) as typeof row;
      } catch {
        continue;
      }
      if (typeof row.text !== 'string' || typeof row.level !== 'string' || !(row.level in RANK)) continue;
      docs.push(makeDoc(file, row.text.split(' || '), label(RANK[row.level as RiskLevel], row.self !== false)));
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
  bias: [number, number];
  w: Map<string, number>;
}

const lengthNorm = (doc: Doc): number => 1 / Math.sqrt(Math.max(doc.count, SETTINGS.minFeatures));

function scoreOf(model: Model, doc: Doc): number {
  let sum = 0;
  for (const f of doc.features) sum += model.w.get(f) ?? 0;
  return sum * lengthNorm(doc);
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

function train(docs: readonly Doc[], vocab: ReadonlySet<string>, seed = 0): Model {
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  const bias: [number, number] = [0, 0];
  const biasG2 = [0, 0];
  // Balance each task's classes so the cuts, not the class ratios, set the trade-offs.
  const balance = [1, 2].map((k) => {
    const pos = docs.filter((d) => d.y >= k).length;
    return { pos: docs.length / (2 * Math.max(1, pos)), neg: docs.length / (2 * Math.max(1, docs.length - pos)) };
  });
  for (let epoch = 0; epoch < SETTINGS.epochs; epoch++) {
    for (const doc of shuffled(docs, seed * 1000 + epoch + 1)) {
      const x = lengthNorm(doc);
      let s = 0;
      for (const f of doc.features) if (vocab.has(f)) s += (w.get(f) ?? 0) * x;
      let errSum = 0;
      for (let k = 0; k < 2; k++) {
        const target = doc.y >= k + 1 ? 1 : 0;
        const b = balance[k] as { pos: number; neg: number };
        const err = (sigmoid(s + (bias[k] ?? 0)) - target) * (target === 1 ? b.pos : b.neg);
        biasG2[k] = (biasG2[k] ?? 0) + err * err;
        bias[k] = (bias[k] ?? 0) - (SETTINGS.rate * err) / Math.sqrt((biasG2[k] ?? 0) + 1e-8);
        errSum += err;
      }
      for (const f of doc.features) {
        if (!vocab.has(f)) continue;
        const current = w.get(f) ?? 0;
        const grad = errSum * x + SETTINGS.l2 * current;
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

/**
 * The average of several runs that see the texts in different orders: one run's weights
 * depend on the order noticeably (which features survive pruning, where the cuts fall), and
 * averaging makes the model a property of the corpus rather than of one shuffle.
 */
function bagged(docs: readonly Doc[], vocab: ReadonlySet<string>): Model {
  const runs = Array.from({ length: SETTINGS.bags }, (_, seed) => train(docs, vocab, seed));
  const w = new Map<string, number>();
  for (const run of runs) for (const [f, v] of run.w) w.set(f, (w.get(f) ?? 0) + v / runs.length);
  const bias: [number, number] = [0, 0];
  for (const run of runs) for (const k of [0, 1] as const) bias[k] += run.bias[k] / runs.length;
  return { bias, w };
}

/** Train, keep the strongest features, retrain on them, quantise. */
function fit(docs: readonly Doc[]): { model: Model; scale: number; q: Map<string, number> } {
  const df = docFrequencies(docs);
  const vocab = new Set([...df].filter(([, n]) => n >= SETTINGS.minDocFreq).map(([f]) => f));
  const full = bagged(docs, vocab);
  // Rank by weight times how often the feature occurs: a large weight on a feature seen in two
  // texts is mostly noise, one seen in two hundred generalises.
  const importance = (f: string, w: number): number => Math.abs(w) * Math.sqrt(df.get(f) ?? 0);
  const strongest = [...full.w].sort((x, y) => importance(y[0], y[1]) - importance(x[0], x[1])).slice(0, SETTINGS.keep).map(([f]) => f);
  const pruned = bagged(docs, new Set(strongest));
  const top = Math.max(...[...pruned.w.values()].map(Math.abs));
  const half = (SETTINGS.levels - 1) / 2;
  const scale = top / half;
  const q = new Map<string, number>();
  for (const [f, value] of pruned.w) {
    const level = Math.max(-half, Math.min(half, Math.round(value / scale)));
    if (level !== 0) q.set(f, level);
  }
  return { model: { bias: pruned.bias, w: new Map([...q].map(([f, l]) => [f, l * scale])) }, scale, q };
}

/** Out-of-fold scores for every document. */
function crossValidate(docs: readonly Doc[]): number[] {
  const order = shuffled(docs.map((_, i) => i), 7);
  const out = new Array<number>(docs.length).fill(0);
  for (let k = 0; k < SETTINGS.folds; k++) {
    const testIdx = order.filter((_, i) => i % SETTINGS.folds === k);
    const testSet = new Set(testIdx);
    const { model } = fit(docs.filter((_, i) => !testSet.has(i)));
    for (const i of testIdx) out[i] = scoreOf(model, docs[i] as Doc);
  }
  return out;
}

/**
 * The lowest cut at which the model adds at most `share` × (texts below `level`) false alarms
 * over what the rules already flag at that level.
 */
function pickCut(docs: readonly Doc[], scores: readonly number[], level: 1 | 2, share: number): number {
  const rulesLevel = level === 1 ? 2 : 3;
  const below = docs.map((d, i) => ({ d, s: scores[i] ?? 0 })).filter((x) => x.d.y < level && x.d.words >= SETTINGS.minWords);
  const added = below.filter((x) => x.d.rules < rulesLevel).map((x) => x.s).sort((a, b) => b - a);
  const allowed = Math.floor(below.length * share);
  return (added[allowed] ?? 0) + 1e-6;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

function report(docs: readonly Doc[], scores: readonly number[], cuts: [number, number]): Record<string, unknown> {
  const rows = new Map<string, number[]>();
  const totals = new Array<number>(10).fill(0);
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] as Doc;
    if (doc.words < SETTINGS.minWords) continue;
    const s = scores[i] ?? 0;
    const model = s >= cuts[1] ? 3 : s >= cuts[0] ? 2 : 0;
    const both = Math.max(model, doc.rules);
    const r = rows.get(doc.source) ?? new Array<number>(10).fill(0);
    // [moderate+ n, rules hit, both hit, high+ n, rules hit, both hit, negatives n, rules FA, both FA, high-FA both]
    const add = (k: number): void => {
      r[k] = (r[k] ?? 0) + 1;
      totals[k] = (totals[k] ?? 0) + 1;
    };
    if (doc.y >= 1) {
      add(0);
      if (doc.rules >= 2) add(1);
      if (both >= 2) add(2);
    }
    if (doc.y === 2) {
      add(3);
      if (doc.rules >= 3) add(4);
      if (both >= 3) add(5);
    }
    if (doc.y === 0) {
      add(6);
      if (doc.rules >= 2) add(7);
      if (both >= 2) add(8);
      if (both >= 3) add(9);
    }
    rows.set(doc.source, r);
  }
  const t = (k: number): number => totals[k] ?? 0;
  const bySource: Record<string, string> = {};
  for (const [source, r] of [...rows].sort()) {
    bySource[source] = `mod+ ${r[1]}→${r[2]}/${r[0]}  high+ ${r[4]}→${r[5]}/${r[3]}  false alarms ${r[7]}→${r[8]}/${r[6]}`;
  }
  return {
    longDocs: t(0) + t(6),
    moderatePlusRecall: { rules: round3(t(1) / t(0)), withModel: round3(t(2) / t(0)) },
    highPlusRecall: { rules: round3(t(4) / t(3)), withModel: round3(t(5) / t(3)) },
    falseAlarmModeratePlus: { rules: round3(t(7) / t(6)), withModel: round3(t(8) / t(6)), highPlusWithModel: round3(t(9) / t(6)) },
    bySource,
  };
}

function writeWeights(scale: number, cuts: [number, number], q: Map<string, number>): void {
  const half = (SETTINGS.levels - 1) / 2;
  // Features grouped by weight step, alphabetical within a group: smaller in the gzipped
  // bundle than one weight letter per feature.
  const groups: string[][] = Array.from({ length: SETTINGS.levels }, () => []);
  for (const [feature, level] of [...q].sort((x, y) => (x[0] < y[0] ? -1 : 1))) groups[level + half]?.push(feature);
  const r = (x: number): number => Math.round(x * 10000) / 10000;
  const body = [
    "// Generated by scripts/train-risk-model.ts from the project's own corpus. Do not edit by hand:",
    '// change the corpus and run `npm run train:risk`. `byWeight[k]` holds the features (word stems',
    "// and stem pairs joined by '_') whose weight is k - (length - 1) / 2 `scale` steps. A text",
    '// scores scale × (sum of its features\' weights) / sqrt(max(its feature count, minFeatures));',
    '// `cuts` are the scores for moderate and high.',
    'export const RISK_MODEL = {',
    `  scale: ${r(scale)},`,
    `  cuts: [${r(cuts[0])}, ${r(cuts[1])}],`,
    `  minWords: ${SETTINGS.minWords},`,
    `  minFeatures: ${SETTINGS.minFeatures},`,
    `  stem: ${SETTINGS.stem},`,
    `  byWeight: [`,
    ...groups.map((g) => `    ${JSON.stringify(g.join(' '))},`),
    '  ],',
    '};',
    '',
  ].join('\n');
  writeFileSync(weightsFile, body);
}

const check = process.argv.includes('--check');
for (const arg of process.argv.slice(2)) {
  const [key, value] = arg.replace(/^--/, '').split('=');
  if (key && value !== undefined && key in SETTINGS) (SETTINGS as Record<string, number>)[key] = Number(value);
}
setModelEnabled(false);
const docs = loadDocs();
const oof = crossValidate(docs);
const cuts: [number, number] = [pickCut(docs, oof, 1, SETTINGS.targetFalseAlarm), pickCut(docs, oof, 2, SETTINGS.targetHighFalseAlarm)];
cuts[1] = Math.max(cuts[1], cuts[0]);
const { scale, q } = fit(docs);
/** What the model would add on texts shorter than minWords (which it does not read alone). */
function shortReport(): Record<string, unknown> {
  let pos = 0, posRules = 0, posBoth = 0, neg = 0, negRules = 0, negBoth = 0;
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i] as Doc;
    if (d.words >= SETTINGS.minWords) continue;
    const m = (oof[i] ?? 0) >= cuts[0];
    if (d.y >= 1) { pos++; if (d.rules >= 2) posRules++; if (d.rules >= 2 || m) posBoth++; }
    else { neg++; if (d.rules >= 2) negRules++; if (d.rules >= 2 || m) negBoth++; }
  }
  return { shortDocs: pos + neg, recall: [round3(posRules / pos), round3(posBoth / pos)], falseAlarm: [round3(negRules / neg), round3(negBoth / neg)] };
}
if (process.argv.includes('--short')) console.log(JSON.stringify(shortReport()));
console.log(JSON.stringify({
  docs: docs.length,
  moderatePlus: docs.filter((d) => d.y >= 1).length,
  highPlus: docs.filter((d) => d.y === 2).length,
  features: q.size,
  settings: SETTINGS,
  cuts: cuts.map(round3),
  ...report(docs, oof, cuts),
}, null, 2));
if (!check) writeWeights(scale, cuts, q);
