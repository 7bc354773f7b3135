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

const results: Record<string, unknown> = {};
for (const [name, load] of Object.entries(benches)) {
  results[name] = await (await load()).run();
}
console.log(JSON.stringify(results, null, 2));

export {};
