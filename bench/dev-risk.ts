// `npm run dev:risk`: scores the crisis detector on the project's development set
// (packages/core/src/risk/corpus/dev/dev-set.jsonl, written for Kinbridge by a colleague who had
// not seen the rules). Unlike the external and held-out sets, this one is ours to read and tune
// on, so besides the figures it prints every miss with the evidence that decided it: the point
// is to see which families of phrasing fail, then fix the family, not the sentence.
// `--json` prints the summary only; `--all` lists every miss (default: the first 200).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assessRisk, compareRiskLevels, isAtLeast, RISK_LEVELS, type RiskLevel } from '../packages/core/src/risk';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEV_SET = path.resolve(repoRoot, 'packages/core/src/risk/corpus/dev/dev-set.jsonl');

export interface DevCase {
  text: string;
  context?: string[];
  level: RiskLevel;
  categories?: string[];
  family?: string;
}

export function loadDevSet(file = DEV_SET): DevCase[] {
  if (!fs.existsSync(file)) return [];
  const out: DevCase[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.trim().length === 0) continue;
    try {
      const row = JSON.parse(line) as Partial<DevCase>;
      if (typeof row.text === 'string' && typeof row.level === 'string' && (RISK_LEVELS as readonly string[]).includes(row.level)) {
        out.push({ text: row.text, level: row.level, ...(Array.isArray(row.context) ? { context: row.context.map(String) } : {}), ...(Array.isArray(row.categories) ? { categories: row.categories.map(String) } : {}), family: row.family ?? '?' });
      }
    } catch {
      // A malformed line is skipped; the summary's count shows it.
    }
  }
  return out;
}

interface Tally { n: number; atOrAbove: number; exact: number }
const tally = (): Tally => ({ n: 0, atOrAbove: 0, exact: 0 });
const round = (x: number): number => Math.round(x * 1000) / 1000;

export interface DevSummary {
  cases: number;
  exact: number;
  atOrAboveLabel: number;
  moderatePlusRecall: number;
  highPlusRecall: number;
  falseAlarms: number;
  noneLowCases: number;
  byLevel: Record<string, { n: number; atOrAbove: number; exact: number }>;
  byFamily: Record<string, { n: number; atOrAbove: number; falseAlarms: number }>;
  confusion: Record<string, Record<string, number>>;
}

export function scoreDevSet(list: readonly DevCase[]): { summary: DevSummary; misses: { c: DevCase; got: RiskLevel; rules: string[] }[] } {
  const byLevel = new Map<string, Tally>();
  const byFamily = new Map<string, { n: number; atOrAbove: number; falseAlarms: number }>();
  const confusion: Record<string, Record<string, number>> = {};
  for (const l of RISK_LEVELS) confusion[l] = Object.fromEntries(RISK_LEVELS.map((g) => [g, 0]));
  const misses: { c: DevCase; got: RiskLevel; rules: string[] }[] = [];
  let exact = 0, atOrAbove = 0, modPlus = 0, modPlusHit = 0, highPlus = 0, highPlusHit = 0, noneLow = 0, alarms = 0;
  for (const c of list) {
    const r = assessRisk(c.text, c.context ?? []);
    const got = r.level;
    const row = confusion[c.level];
    if (row) row[got] = (row[got] ?? 0) + 1;
    const lv = byLevel.get(c.level) ?? tally();
    const fam = byFamily.get(c.family ?? '?') ?? { n: 0, atOrAbove: 0, falseAlarms: 0 };
    lv.n++;
    fam.n++;
    const ok = isAtLeast(got, c.level);
    if (ok) { lv.atOrAbove++; fam.atOrAbove++; atOrAbove++; }
    if (got === c.level) { lv.exact++; exact++; }
    if (isAtLeast(c.level, 'moderate')) { modPlus++; if (isAtLeast(got, 'moderate')) modPlusHit++; }
    if (isAtLeast(c.level, 'high')) { highPlus++; if (isAtLeast(got, 'high')) highPlusHit++; }
    const falseAlarm = !isAtLeast(c.level, 'moderate') && isAtLeast(got, 'moderate');
    if (!isAtLeast(c.level, 'moderate')) noneLow++;
    if (falseAlarm) { alarms++; fam.falseAlarms++; }
    byLevel.set(c.level, lv);
    byFamily.set(c.family ?? '?', fam);
    if (!ok || falseAlarm) misses.push({ c, got, rules: r.evidence.map((e) => `${e.rule}:${e.level}`) });
  }
  const summary: DevSummary = {
    cases: list.length,
    exact: round(exact / Math.max(1, list.length)),
    atOrAboveLabel: round(atOrAbove / Math.max(1, list.length)),
    moderatePlusRecall: round(modPlusHit / Math.max(1, modPlus)),
    highPlusRecall: round(highPlusHit / Math.max(1, highPlus)),
    falseAlarms: round(alarms / Math.max(1, noneLow)),
    noneLowCases: noneLow,
    byLevel: Object.fromEntries(RISK_LEVELS.filter((l) => byLevel.has(l)).map((l) => [l, byLevel.get(l) ?? tally()])),
    byFamily: Object.fromEntries([...byFamily].sort(([a], [b]) => a.localeCompare(b))),
    confusion,
  };
  return { summary, misses };
}

function main(): void {
  const list = loadDevSet();
  if (list.length === 0) {
    console.log(JSON.stringify({ devSet: 'missing or empty', file: path.relative(repoRoot, DEV_SET) }));
    return;
  }
  const { summary, misses } = scoreDevSet(list);
  const args = new Set(process.argv.slice(2));
  if (!args.has('--json')) {
    misses.sort((x, y) => (x.c.family ?? '').localeCompare(y.c.family ?? '') || compareRiskLevels(y.c.level, x.c.level));
    const shown = args.has('--all') ? misses : misses.slice(0, 200);
    for (const { c, got, rules } of shown) {
      const text = c.text.replace(/\s+/g, ' ');
      const ctx = c.context && c.context.length > 0 ? ` [ctx ${c.context.length}]` : '';
      console.log(`${c.family ?? '?'} | want ${c.level} got ${got}${ctx} | ${text.length > 160 ? `${text.slice(0, 157)}...` : text} | ${rules.join(' ') || '-'}`);
    }
    console.log(`misses: ${misses.length}${shown.length < misses.length ? ` (first ${shown.length} shown)` : ''}`);
  }
  console.log(JSON.stringify(summary, null, 2));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
