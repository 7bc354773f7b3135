// Runs every benchmark in turn and prints one JSON object: { "<name>": <figures>, ... }.
// Add a benchmark by writing bench/<name>.bench.ts (exporting `run()`) and listing it here.
const benches: Record<string, () => Promise<{ run(): Promise<Record<string, unknown>> }>> = {
  plan: () => import('./plan.bench'),
  companion: () => import('./companion.bench'),
  sos: () => import('./sos.bench'),
  risk: () => import('./risk.bench'),
};

const results: Record<string, unknown> = {};
for (const [name, load] of Object.entries(benches)) {
  results[name] = await (await load()).run();
}
console.log(JSON.stringify(results, null, 2));

export {};
