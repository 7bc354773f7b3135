// `npm run eval:risk`: measures the crisis detector on data nobody in this project wrote.
// The external files are read from ../shared/eval/external/ (relative to the repo root) at run
// time, scored exactly as ../shared/eval/README.md describes, and never copied, mined or
// printed: only aggregate figures leave this script. A held-out set written by a colleague
// (bench/heldout/risk-heldout.jsonl), if present, is scored the same way.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assessRisk, isAtLeast, RiskTracker, RISK_LEVELS, type RiskLevel } from '../packages/core/src/risk';
import { setModelEnabled } from '../packages/core/src/risk/model/classify';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const externalDir = path.resolve(repoRoot, '../shared/eval/external');
const heldoutFile = path.resolve(repoRoot, 'bench/heldout/risk-heldout.jsonl');

/** RFC 4180-style CSV: quoted fields, doubled quotes, newlines inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * A Python-list-like string of posts ("['a', \"b\"]"). Parsed defensively: string literals are
 * read with their escapes; anything that does not parse is kept as one post.
 */
export function parsePostList(raw: string): string[] {
  const s = raw.trim();
  if (!s.startsWith('[')) return s.length > 0 ? [s] : [];
  const posts: string[] = [];
  let i = 1;
  while (i < s.length) {
    const ch = s[i];
    if (ch === "'" || ch === '"') {
      let out = '';
      let j = i + 1;
      let closed = false;
      while (j < s.length) {
        const c = s[j];
        if (c === '\\' && j + 1 < s.length) {
          const n = s[j + 1];
          const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' };
          if (n !== undefined && simple[n] !== undefined) {
            out += simple[n];
            j += 2;
          } else if (n === 'x' && /^[0-9a-fA-F]{2}$/.test(s.slice(j + 2, j + 4))) {
            out += String.fromCharCode(parseInt(s.slice(j + 2, j + 4), 16));
            j += 4;
          } else if (n === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(j + 2, j + 6))) {
            out += String.fromCharCode(parseInt(s.slice(j + 2, j + 6), 16));
            j += 6;
          } else {
            out += c;
            j++;
          }
        } else if (c === ch) {
          closed = true;
          break;
        } else {
          out += c;
          j++;
        }
      }
      if (!closed) {
        posts.push(s.slice(i + 1).replace(/[\]'"]+$/, ''));
        return posts;
      }
      posts.push(out);
      i = j + 1;
    } else i++;
  }
  if (posts.length > 0) return posts;
  const inner = s.slice(1).replace(/\]\s*$/, '').trim();
  return inner.length > 0 ? [inner] : [];
}

function peakOf(turns: readonly string[]): RiskLevel {
  const tracker = new RiskTracker();
  let peak: RiskLevel = 'none';
  for (const turn of turns) peak = tracker.assess(turn).peak;
  return peak;
}

const share = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 1000) / 1000);

interface Figures { [key: string]: unknown }

function scoreGaur(file: string): Figures {
  const rows = parseCsv(fs.readFileSync(file, 'utf8'));
  const header = rows[0]?.map((h) => h.trim()) ?? [];
  const postCol = header.indexOf('Post');
  const labelCol = header.indexOf('Label');
  if (postCol < 0 || labelCol < 0) throw new Error(`unexpected columns in ${path.basename(file)}`);
  const byLabel = new Map<string, RiskLevel[]>();
  let users = 0;
  for (const row of rows.slice(1)) {
    const label = row[labelCol]?.trim();
    const post = row[postCol];
    if (!label || post === undefined) continue;
    users++;
    const list = byLabel.get(label) ?? [];
    list.push(peakOf(parsePostList(post)));
    byLabel.set(label, list);
  }
  const levels = (labels: string[]) => labels.flatMap((l) => byLabel.get(l) ?? []);
  const atRisk = levels(['Ideation', 'Behavior', 'Attempt']);
  const supportive = levels(['Supportive']);
  const behaviour = levels(['Behavior', 'Attempt']);
  const atRiskRecall = share(atRisk.filter((l) => isAtLeast(l, 'moderate')).length, atRisk.length);
  const supportiveFalseAlarm = share(supportive.filter((l) => isAtLeast(l, 'moderate')).length, supportive.length);
  const behaviourHigh = share(behaviour.filter((l) => isAtLeast(l, 'high')).length, behaviour.length);
  const distribution: Record<string, Record<string, number>> = {};
  for (const [label, list] of byLabel) {
    distribution[label] = Object.fromEntries(RISK_LEVELS.map((lv) => [lv, list.filter((l) => l === lv).length]));
  }
  return {
    users,
    atRiskUsers: atRisk.length,
    atRiskRecallModeratePlus: atRiskRecall,
    supportiveUsers: supportive.length,
    supportiveModeratePlus: supportiveFalseAlarm,
    behaviorAttemptUsers: behaviour.length,
    behaviorAttemptHighPlus: behaviourHigh,
    peakLevelByLabel: distribution,
    bars: {
      'at-risk recall at moderate+ >= 0.90': atRiskRecall >= 0.9 ? 'PASS' : 'FAIL',
      'Supportive at moderate+ <= 0.40': supportiveFalseAlarm <= 0.4 ? 'PASS' : 'FAIL',
      'Behavior/Attempt at high+ >= 0.75': behaviourHigh >= 0.75 ? 'PASS' : 'FAIL',
    },
  };
}

/** TSV with an optional quoted field (quotes stripped, doubled quotes unescaped). */
function parseTsv(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim().length > 0)
    .map((line) => line.split('\t').map((f) => (f.startsWith('"') && f.endsWith('"') && f.length >= 2 ? f.slice(1, -1).replace(/""/g, '"') : f)));
}

function scoreVera(file: string): Figures {
  const rows = parseTsv(fs.readFileSync(file, 'utf8'));
  const header = rows[0]?.map((h) => h.trim()) ?? [];
  const levelCol = header.indexOf('Current Risk Level');
  const promptCol = header.indexOf('Sample Prompts');
  if (levelCol < 0 || promptCol < 0) throw new Error(`unexpected columns in ${path.basename(file)}`);
  const need: Record<string, (l: RiskLevel) => boolean> = {
    none: (l) => !isAtLeast(l, 'moderate'),
    low: (l) => isAtLeast(l, 'low'),
    high: (l) => isAtLeast(l, 'moderate'),
    imminent: (l) => isAtLeast(l, 'high'),
  };
  const personas: { persona: number; expected: string; reached: RiskLevel; pass: boolean }[] = [];
  rows.slice(1).forEach((row, i) => {
    const expected = (row[levelCol] ?? '').trim().toLowerCase();
    const prompts = (row[promptCol] ?? '').split(';').map((p) => p.trim()).filter((p) => p.length > 0);
    const reached = peakOf(prompts);
    const check = need[expected];
    personas.push({ persona: i + 1, expected, reached, pass: check ? check(reached) : false });
  });
  const passed = personas.filter((p) => p.pass).length;
  return {
    personas: personas.length,
    atTheirLevel: passed,
    results: personas,
    bars: { 'all personas at their level': passed === personas.length && personas.length > 0 ? 'PASS' : 'FAIL' },
  };
}

function scoreHeldout(file: string): Figures {
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim().length > 0);
  let cases = 0;
  let malformed = 0;
  let exact = 0;
  let atOrAbove = 0;
  let negatives = 0;
  let falseAlarms = 0;
  let positives = 0;
  let positivesCaught = 0;
  const confusion: Record<string, Record<string, number>> = {};
  for (const line of lines) {
    let item: { text?: unknown; context?: unknown; level?: unknown };
    try {
      item = JSON.parse(line) as typeof item;
    } catch {
      malformed++;
      continue;
    }
    const level = item.level;
    if (typeof item.text !== 'string' || typeof level !== 'string' || !RISK_LEVELS.includes(level as RiskLevel)) {
      malformed++;
      continue;
    }
    const context = Array.isArray(item.context) ? item.context.filter((t): t is string => typeof t === 'string') : [];
    const got = assessRisk(item.text, context).level;
    const want = level as RiskLevel;
    cases++;
    if (got === want) exact++;
    if (isAtLeast(got, want)) atOrAbove++;
    if (!isAtLeast(want, 'moderate')) {
      negatives++;
      if (isAtLeast(got, 'moderate')) falseAlarms++;
    } else {
      positives++;
      if (isAtLeast(got, 'moderate')) positivesCaught++;
    }
    const row = (confusion[want] ??= Object.fromEntries(RISK_LEVELS.map((l) => [l, 0])) as Record<string, number>);
    row[got] = (row[got] ?? 0) + 1;
  }
  return {
    cases,
    malformedLines: malformed,
    exactLevelAccuracy: share(exact, cases),
    atOrAboveLabel: share(atOrAbove, cases),
    noneLowCases: negatives,
    falseAlarmRateModeratePlus: share(falseAlarms, negatives),
    moderatePlusCases: positives,
    moderatePlusRecall: share(positivesCaught, positives),
    confusionLabelToPredicted: confusion,
  };
}

/**
 * Ablations, to report what the text model adds: RISK_ABLATION=rules (rules alone) or
 * RISK_ABLATION=no-window (the model per message, without reading turns together).
 */
export function applyAblation(): string | undefined {
  const ablation = process.env.RISK_ABLATION;
  if (ablation === 'rules') setModelEnabled(false);
  else if (ablation === 'no-window') setModelEnabled(true, false);
  return ablation;
}

function main(): void {
  const started = performance.now();
  const report: Record<string, unknown> = {};
  const ablation = applyAblation();
  if (ablation) report.ablation = ablation;
  if (!fs.existsSync(externalDir)) {
    console.log(`eval:risk: external evaluation data not found at ${externalDir}; nothing to score there.`);
  } else {
    const gaur = path.join(externalDir, 'gaur2019-reddit-cssrs-500-users.csv');
    const vera = path.join(externalDir, 'vera-mh-personas.tsv');
    report.gaur2019 = fs.existsSync(gaur) ? scoreGaur(gaur) : 'file missing';
    report.veraMh = fs.existsSync(vera) ? scoreVera(vera) : 'file missing';
  }
  report.heldout = fs.existsSync(heldoutFile) ? scoreHeldout(heldoutFile) : 'bench/heldout/risk-heldout.jsonl not present';
  report.seconds = Math.round((performance.now() - started) / 10) / 100;
  console.log(JSON.stringify(report, null, 2));
}

// Run only when executed (`npm run eval:risk`), not when imported by the parser tests.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
