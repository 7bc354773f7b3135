// Crisis detector benchmark: throughput and per-message latency for short messages and for
// messages with a 50-turn context (stateless assessRisk, which replays the context, and the
// incremental RiskTracker the companion uses), plus the gzipped size of the detector bundled
// for the browser. The message pool is the project's own corpus. Figures only; no thresholds.
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { assessRisk, RiskTracker } from '../packages/core/src/risk';
import { CORPUS } from '../packages/core/src/risk/corpus';

const here = path.dirname(fileURLToPath(import.meta.url));

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length));
  return sorted[i] ?? 0;
}

const us = (ms: number) => Math.round(ms * 1000 * 10) / 10;

function latencies(samples: number, once: (i: number) => void): { p50_us: number; p99_us: number; max_us: number } {
  const times = new Array<number>(samples);
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    once(i);
    times[i] = performance.now() - t0;
  }
  times.sort((a, b) => a - b);
  return { p50_us: us(percentile(times, 50)), p99_us: us(percentile(times, 99)), max_us: us(times[times.length - 1] ?? 0) };
}

function throughput(seconds: number, once: (i: number) => void): number {
  let n = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    for (let k = 0; k < 200; k++) once(n++);
  }
  return Math.round(n / seconds);
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
  const context50 = (i: number) => Array.from({ length: 50 }, (_, k) => pool[(i * 7 + k) % pool.length] ?? '');
  const contexts = Array.from({ length: 64 }, (_, i) => context50(i));

  // Warm up the JIT and the word caches.
  for (let i = 0; i < 20_000; i++) assessRisk(short[i % short.length] ?? '');

  const shortMsgsPerSec = throughput(2, (i) => assessRisk(short[i % short.length] ?? ''));
  const shortLatency = latencies(20_000, (i) => assessRisk(short[i % short.length] ?? ''));

  const ctxLatency = latencies(3_000, (i) => assessRisk(short[i % short.length] ?? '', contexts[i % contexts.length]));
  const ctxMsgsPerSec = throughput(2, (i) => assessRisk(short[i % short.length] ?? '', contexts[i % contexts.length]));

  // The companion's path: one tracker per conversation, one call per new message.
  const trackerAt = (turns: number) => {
    const tracker = new RiskTracker();
    for (let k = 0; k < turns; k++) tracker.assess(pool[k % pool.length] ?? '');
    return latencies(20_000, (i) => tracker.assess(short[i % short.length] ?? ''));
  };

  return {
    corpusMessages: short.length,
    short: { messagesPerSecond: shortMsgsPerSec, ...shortLatency },
    context50: { messagesPerSecond: ctxMsgsPerSec, ...ctxLatency, note: 'assessRisk(text, 50 earlier turns): replays the context every call' },
    trackerAfter50Turns: { ...trackerAt(50), note: 'RiskTracker.assess on turn 51+ (constant state)' },
    trackerAfter500Turns: { ...trackerAt(500), note: 'RiskTracker.assess on turn 501+ (constant state)' },
    bundle: await bundleSize(),
  };
}
