// Type-checks each package with its own compiler settings: core is checked without DOM or
// Node types, so an accidental `process` or `document` in core fails here, not in production.
import { execFileSync } from 'node:child_process';

const projects = [
  'packages/core/tsconfig.json',
  'packages/core/tsconfig.test.json',
  'packages/companion/tsconfig.json',
  'packages/server/tsconfig.json',
  'packages/cli/tsconfig.json',
  'packages/web/tsconfig.json',
  'tsconfig.json',
];
let failed = false;
for (const project of projects) {
  try {
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project], { stdio: 'inherit' });
  } catch {
    failed = true;
    console.error(`typecheck failed: ${project}`);
  }
}
process.exit(failed ? 1 : 0);
