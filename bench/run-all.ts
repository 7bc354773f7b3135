// Runs every benchmark in turn and prints one JSON object: { "<name>": <figures>, ... }.
// Add a benchmark by writing bench/<name>.bench.ts (exporting `run()`) and listing it here.
const benches: Record<string, () => Promise<{ run(): Promise<Record<string, unknown>> }>> = {
  // The detector first: its throughput is the figure most sensitive to what ran before it
  // (the browser and server benchmarks leave a busy process and heap behind).
  risk: () => import('./risk.bench'),
  plan: () => import('./plan.bench'),
  companion: () => import('./companion.bench'),
  sos: () => import('./sos.bench'),
};

// A benchmark that fails (no browser on the machine, say) is reported in place and the others
// still print: a long run is not lost to its last entry.
const results: Record<string, unknown> = {};
let failed = false;
for (const [name, load] of Object.entries(benches)) {
  try {
    results[name] = await (await load()).run();
  } catch (error) {
    failed = true;
    results[name] = { error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}
console.log(JSON.stringify(results, null, 2));
if (failed) process.exitCode = 1;

export {};
