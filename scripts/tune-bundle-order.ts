// Reorders the sibling imports of one risk-detector module so the browser bundle gzips smaller.
// esbuild lays modules out in import order, and gzip only shares text within a 32 KB window,
// so rule files with shared vocabulary compress better side by side. Sibling imports have no
// order-dependent side effects here (each module only builds its own constants), so any order
// behaves the same; the corpus tests confirm it. Greedy: move one import at a time to every
// other position, keep any move that shrinks the bundle, repeat until nothing helps.
//
//   npx tsx scripts/tune-bundle-order.ts packages/core/src/risk/rules/index.ts
//
// It rewrites the file in place with the best order found and prints the sizes.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const entry = path.join(here, '../packages/core/src/risk/index.ts');
const file = process.argv[2] ?? '';
if (file === '') {
  console.error('usage: tune-bundle-order.ts <module whose imports to reorder>');
  process.exit(2);
}

/** Same build as the risk bench's bundle figure. */
async function gzippedBundle(): Promise<number> {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent' });
  return gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length;
}

const lines = readFileSync(file, 'utf8').split('\n');
// One-line value imports of sibling modules; type-only imports emit nothing.
const slots = lines.flatMap((line, i) => (/^import \{ [^}]+ \} from '\.{1,2}\/[\w/-]+';$/.test(line) ? [i] : []));

async function sizeWith(order: string[]): Promise<number> {
  const copy = [...lines];
  slots.forEach((slot, k) => (copy[slot] = order[k] ?? ''));
  writeFileSync(file, copy.join('\n'));
  return gzippedBundle();
}

let best = slots.map((i) => lines[i] ?? '');
const start = await sizeWith(best);
let bestSize = start;
for (let improved = true; improved; ) {
  improved = false;
  for (let from = 0; from < best.length; from++) {
    for (let to = 0; to < best.length; to++) {
      if (from === to) continue;
      const candidate = [...best];
      const [moved] = candidate.splice(from, 1);
      candidate.splice(to, 0, moved ?? '');
      const size = await sizeWith(candidate);
      if (size < bestSize) {
        bestSize = size;
        best = candidate;
        improved = true;
      }
    }
  }
}
await sizeWith(best);
console.log(JSON.stringify({ file: path.relative(process.cwd(), file), imports: slots.length, gzipBefore: start, gzipAfter: bestSize }));
