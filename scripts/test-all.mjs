// `npm test`: typecheck, lint, unit + integration (SQLite, and PostgreSQL when
// TEST_DATABASE_URL is set), then browser tests. Stops at the first failing stage and ends
// with one summary line counting the tests that ran.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const stages = [
  ['typecheck', ['npm', 'run', '--silent', 'typecheck']],
  ['lint', ['npm', 'run', '--silent', 'lint']],
  ['build web', ['node', 'scripts/build-web-if-needed.mjs']],
  ['unit and integration', ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json']],
  ['browser', ['npx', 'playwright', 'test']],
];

// Fresh reports each run, so the summary never counts an earlier run's tests.
fs.rmSync('reports', { recursive: true, force: true });
fs.mkdirSync('reports', { recursive: true });
let failedStage;
for (const [name, [cmd, ...args]] of stages) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    failedStage = name;
    break;
  }
}

function countVitest() {
  try {
    const report = JSON.parse(fs.readFileSync('reports/vitest.json', 'utf8'));
    return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
  } catch {
    return { passed: 0, failed: 0, skipped: 0 };
  }
}

function countPlaywright() {
  try {
    const stats = JSON.parse(fs.readFileSync('reports/e2e.json', 'utf8')).stats;
    return { passed: stats.expected, failed: stats.unexpected + stats.flaky, skipped: stats.skipped };
  } catch {
    return { passed: 0, failed: 0, skipped: 0 };
  }
}

const unit = countVitest();
const browser = failedStage === 'browser' || !failedStage ? countPlaywright() : { passed: 0, failed: 0, skipped: 0 };
const failed = unit.failed + browser.failed + (failedStage && unit.failed + browser.failed === 0 ? 1 : 0);
if (failedStage) console.log(`\nnpm test stopped: the ${failedStage} stage failed.`);
console.log(`\ntests: ${unit.passed + browser.passed} passed, ${failed} failed, ${unit.skipped + browser.skipped} skipped`);
process.exit(failedStage ? 1 : 0);
