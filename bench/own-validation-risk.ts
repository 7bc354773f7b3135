// `npm run val:risk`: scores the detector on bench/own-validation/*.jsonl — forum post
// histories written for Kinbridge by colleagues who saw neither the rules nor the model, and
// which nothing is trained or tuned on. Each user's posts are one conversation and the peak
// level counts, as with the external Gaur set, so the two can be compared. Only aggregate
// figures are printed (the point is to keep it unseen). RISK_ABLATION=rules|no-window as in
// eval-risk.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAtLeast, RiskTracker, RISK_LEVELS, type RiskLevel } from '../packages/core/src/risk';
import { applyAblation } from './eval-risk';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.resolve(repoRoot, 'bench/own-validation');
const AT_RISK = new Set(['Ideation', 'Behavior', 'Attempt']);
const round = (x: number): number => Math.round(x * 1000) / 1000;

interface Figures {
  users: number;
  malformed: number;
  atRiskRecallModeratePlus: number;
  supportiveModeratePlus: number;
  behaviorAttemptHighPlus: number;
  peakLevelByLabel: Record<string, Record<RiskLevel, number>>;
}

function score(lines: readonly string[]): Figures {
  const peaks: Record<string, Record<RiskLevel, number>> = {};
  let users = 0, atRisk = 0, atRiskHit = 0, supportive = 0, supportiveHit = 0, ba = 0, baHigh = 0, malformed = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    let row: { label?: unknown; posts?: unknown };
    try {
      row = JSON.parse(line) as typeof row;
    } catch {
      malformed++;
      continue;
    }
    if (typeof row.label !== 'string' || !Array.isArray(row.posts)) {
      malformed++;
      continue;
    }
    users++;
    const tracker = new RiskTracker();
    let peak: RiskLevel = 'none';
    for (const post of row.posts) peak = tracker.assess(String(post)).peak;
    const label = row.label;
    peaks[label] ??= Object.fromEntries(RISK_LEVELS.map((l) => [l, 0])) as Record<RiskLevel, number>;
    (peaks[label] as Record<RiskLevel, number>)[peak]++;
    if (AT_RISK.has(label)) {
      atRisk++;
      if (isAtLeast(peak, 'moderate')) atRiskHit++;
    }
    if (label === 'Supportive') {
      supportive++;
      if (isAtLeast(peak, 'moderate')) supportiveHit++;
    }
    if (label === 'Behavior' || label === 'Attempt') {
      ba++;
      if (isAtLeast(peak, 'high')) baHigh++;
    }
  }
  return {
    users,
    malformed,
    atRiskRecallModeratePlus: round(atRiskHit / Math.max(1, atRisk)),
    supportiveModeratePlus: round(supportiveHit / Math.max(1, supportive)),
    behaviorAttemptHighPlus: round(baHigh / Math.max(1, ba)),
    peakLevelByLabel: peaks,
  };
}

function main(): void {
  const ablation = applyAblation();
  const files = fs.existsSync(DIR) ? fs.readdirSync(DIR).filter((f) => f.endsWith('.jsonl')).sort() : [];
  if (files.length === 0) {
    console.log(JSON.stringify({ error: `no validation files in ${DIR}` }));
    return;
  }
  const all: string[] = [];
  const byFile: Record<string, Omit<Figures, 'peakLevelByLabel'>> = {};
  for (const file of files) {
    const lines = fs.readFileSync(path.join(DIR, file), 'utf8').split('\n');
    all.push(...lines);
    const { peakLevelByLabel: _peaks, ...figures } = score(lines);
    byFile[file] = figures;
  }
  console.log(JSON.stringify({ ...(ablation ? { ablation } : {}), ...score(all), byFile }, null, 2));
}

main();
