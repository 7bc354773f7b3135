// `npm run val:risk`: scores the detector on bench/own-validation/histories.jsonl — forum post
// histories written for Kinbridge by a colleague who saw neither the rules nor the model, and
// which nothing is trained or tuned on. Each user's posts are one conversation and the peak
// level counts, as with the external Gaur set, so the two can be compared. Only aggregate
// figures are printed (the point is to keep it unseen). RISK_ABLATION=rules|no-window as in
// eval-risk.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAtLeast, RiskTracker, RISK_LEVELS, type RiskLevel } from '../packages/core/src/risk';
import { setModelEnabled } from '../packages/core/src/risk/model/classify';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FILE = path.resolve(repoRoot, 'bench/own-validation/histories.jsonl');
const AT_RISK = new Set(['Ideation', 'Behavior', 'Attempt']);
const round = (x: number): number => Math.round(x * 1000) / 1000;

function main(): void {
  const ablation = process.env.RISK_ABLATION;
  if (ablation === 'rules') setModelEnabled(false);
  else if (ablation === 'no-window') setModelEnabled(true, false);
  if (!fs.existsSync(FILE)) {
    console.log(JSON.stringify({ error: `${FILE} not present` }));
    return;
  }
  const peaks: Record<string, Record<RiskLevel, number>> = {};
  let atRisk = 0, atRiskHit = 0, supportive = 0, supportiveHit = 0, ba = 0, baHigh = 0, malformed = 0;
  for (const line of fs.readFileSync(FILE, 'utf8').split('\n')) {
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
  console.log(JSON.stringify({
    ...(ablation ? { ablation } : {}),
    users: Object.values(peaks).reduce((n, p) => n + Object.values(p).reduce((a, b) => a + b, 0), 0),
    malformed,
    atRiskRecallModeratePlus: round(atRiskHit / Math.max(1, atRisk)),
    supportiveModeratePlus: round(supportiveHit / Math.max(1, supportive)),
    behaviorAttemptHighPlus: round(baHigh / Math.max(1, ba)),
    peakLevelByLabel: peaks,
  }, null, 2));
}

main();
