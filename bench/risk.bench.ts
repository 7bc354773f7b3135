// Crisis detector benchmark. Figures only; no thresholds (see the issue for the targets):
//   short            never-seen short messages through assessRisk (no context), one core
//   context50        the companion's path: a RiskTracker that has already read 50 turns
//                    assesses the next message (constant state, so turn 501 costs the same)
//   stateless50Warm  assessRisk(text, last 50 turns) called every turn, as a server without a
//                    stored tracker would: earlier turns are already in the analysis cache
//   stateless50Cold  assessRisk(text, 50 turns never seen before): every turn analysed afresh
//   bundle           the detector bundled for the browser with esbuild, minified, gzipped
// Messages come from the project's own corpus; a counter on a separate line makes every text
// unique where a figure must not benefit from the per-message analysis cache.
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { assessRisk, RiskTracker } from '../packages/core/src/risk';
import { CORPUS } from '../packages/core/src/risk/corpus';
import { setModelEnabled } from '../packages/core/src/risk/model/classify';

const here = path.dirname(fileURLToPath(import.meta.url));

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length));
  return sorted[i] ?? 0;
}

const us = (ms: number) => Math.round(ms * 1000 * 10) / 10;

function latencies(inputs: number, once: (i: number) => void): { p50_us: number; p99_us: number; max_us: number } {
  const times = new Array<number>(inputs);
  for (let i = 0; i < inputs; i++) {
    const t0 = performance.now();
    once(i);
    times[i] = performance.now() - t0;
  }
  times.sort((a, b) => a - b);
  return { p50_us: us(percentile(times, 50)), p99_us: us(percentile(times, 99)), max_us: us(times[times.length - 1] ?? 0) };
}

async function bundleSize(): Promise<{ raw_bytes: number; gzip_bytes: number; gzip_kb: number }> {
  const result = await build({
    entryPoints: [path.join(here, '../packages/core/src/risk/index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const gz = gzipSync(code, { level: 9 });
  return { raw_bytes: code.length, gzip_bytes: gz.length, gzip_kb: Math.round((gz.length / 1024) * 10) / 10 };
}

export async function run(): Promise<Record<string, unknown>> {
  const short = CORPUS.map((c) => c.text).filter((t) => t.length <= 120);
  const pool = CORPUS.flatMap((c) => [...(c.context ?? []), c.text]);
  let serial = 0;
  const fresh = (text: string) => `${text}\n${serial++}`;

  // Warm up the JIT and the word caches (not the analysis cache: texts are unique).
  for (let i = 0; i < 20_000; i++) assessRisk(fresh(short[i % short.length] ?? ''));

  // Throughput on one core, never-seen messages (inputs prepared outside the timed loop).
  const n = 100_000;
  const throughput = (): number => {
    const batch = Array.from({ length: n }, (_, i) => fresh(short[i % short.length] ?? ''));
    const t0 = performance.now();
    for (let i = 0; i < n; i++) assessRisk(batch[i] ?? '');
    return Math.round(n / ((performance.now() - t0) / 1000));
  };
  const shortMsgsPerSec = throughput();
  // Side by side in the same run: the rules alone, without the text model (what it costs).
  setModelEnabled(false);
  const rulesOnlyMsgsPerSec = throughput();
  setModelEnabled(true);
  const shortInputs = Array.from({ length: 20_000 }, (_, i) => fresh(short[i % short.length] ?? ''));
  const shortLatency = latencies(shortInputs.length, (i) => assessRisk(shortInputs[i] ?? ''));

  // The companion's path: one tracker per conversation, one call per new message.
  const trackerAfter = (turns: number) => {
    const tracker = new RiskTracker();
    for (let k = 0; k < turns; k++) tracker.assess(fresh(pool[k % pool.length] ?? ''));
    const next = Array.from({ length: 20_000 }, (_, i) => fresh(short[(i * 3) % short.length] ?? ''));
    return latencies(next.length, (i) => tracker.assess(next[i] ?? ''));
  };

  // Stateless: assessRisk(text, last 50 turns).
  const window = (start: number, mark: boolean) =>
    Array.from({ length: 50 }, (_, k) => {
      const text = pool[(start + k) % pool.length] ?? '';
      return mark ? fresh(text) : text;
    });
  const warmContexts = Array.from({ length: 64 }, (_, i) => window(i * 7, false));
  for (const c of warmContexts) assessRisk('hello', c);
  const warm = latencies(3_000, (i) => assessRisk(shortInputs[i] ?? '', warmContexts[i % warmContexts.length]));
  const coldContexts = Array.from({ length: 1_000 }, (_, i) => window(i * 13, true));
  const cold = latencies(coldContexts.length, (i) => assessRisk(shortInputs[i] ?? '', coldContexts[i]));

  return {
    short: { messagesPerSecond: shortMsgsPerSec, ...shortLatency },
    shortRulesOnly: { messagesPerSecond: rulesOnlyMsgsPerSec, note: 'same messages, text model off (measured in the same run)' },
    context50: { ...trackerAfter(50), note: 'RiskTracker.assess after 50 turns (the path the companion uses)' },
    context500: { ...trackerAfter(500), note: 'RiskTracker.assess after 500 turns' },
    stateless50Warm: { ...warm, note: 'assessRisk(text, last 50 turns), earlier turns already analysed' },
    stateless50Cold: { ...cold, note: 'assessRisk(text, 50 never-seen turns), all analysed afresh' },
    bundle: await bundleSize(),
  };
}
