// SOS speed on a slow phone: the time from tapping SOS to the first strategy on screen, cold
// (the app is not running: a fresh page load of /sos, as from the home-screen shortcut) and
// warm (the app is open on home and the SOS button is tapped), with Chromium's CPU slowed 4x
// and the network off (everything comes from the service worker's precache and IndexedDB).
// Also the JavaScript the SOS route downloads, gzipped. Aims: < 1 s cold, < 300 ms warm,
// <= 80 KB gz. Starts its own server on a free port with a temporary data folder.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, devices, type Browser, type BrowserContext, type Page } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'packages/web/dist');
const RUNS = 5;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startServer(port: number, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'packages/cli/bin/kinbridge.js'), 'start', '--port', String(port), '--data', dataDir], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', KINBRIDGE_AUTH_RATE_LIMIT: '1000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  throw new Error('the server did not start within 20 s');
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const round = (ms: number) => Math.round(ms);

/**
 * In the page: taps through SOS as fast as the screen allows (rate 5, start the proposed tier)
 * and returns when the first strategy is on screen. Cold times count from navigation start
 * (performance.now() is 0 there); warm times from the tap on the SOS button. Kept as plain
 * JavaScript text: a function compiled by tsx would carry helpers the page does not have.
 */
const DRIVE_SOS = `async (mode) => {
  const start = mode === 'warm' ? performance.now() : 0;
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
  const waitFor = async (find) => {
    for (;;) {
      const el = find();
      if (el) return el;
      await frame();
    }
  };
  const button = (label) => () => [...document.querySelectorAll('button')].find((b) => label.test(b.getAttribute('aria-label') ?? b.textContent ?? '')) ?? null;
  if (mode === 'warm') document.querySelector('a.sos-button').click();
  const five = await waitFor(button(/^5:/));
  await frame(); // painted
  const sosVisible = performance.now() - start;
  five.click();
  (await waitFor(button(/^Start \\w+ steps$/))).click();
  await waitFor(() => document.querySelector('#sos-step'));
  await frame();
  return { sosVisible, firstStrategy: performance.now() - start };
}`;

/**
 * In the page: resolves once the service worker is active and controls the page (so a reload
 * works offline). Polled in the page: the app's CSP forbids the eval that waitForFunction uses.
 */
const OFFLINE_READY = `(async () => {
  await navigator.serviceWorker.ready;
  for (let i = 0; i < 300 && !navigator.serviceWorker.controller; i++) await new Promise((r) => setTimeout(r, 100));
  if (!navigator.serviceWorker.controller) throw new Error('the service worker never took control');
})()`;

type Timing = { sosVisible: number; firstStrategy: number };
const driveSos = (page: Page, mode: 'cold' | 'warm'): Promise<Timing> => page.evaluate(`(${DRIVE_SOS})('${mode}')`) as Promise<Timing>;

async function slowPhone(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

function gzipSize(urlPath: string): number {
  const file = path.join(DIST, urlPath);
  return fs.existsSync(file) ? zlib.gzipSync(fs.readFileSync(file)).length : 0;
}

export async function run(): Promise<Record<string, unknown>> {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error('Build the web app first: npm run build -w @kinbridge/web');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinbridge-sos-bench-'));
  const port = await freePort();
  const server = await startServer(port, dataDir);
  // Launched inside the try: a missing browser must not leave the server running (the bench
  // would never exit).
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const base = `http://localhost:${port}`;
    const context = await browser.newContext({ ...devices['Pixel 7'], baseURL: base });
    const setup = await context.newPage();
    const email = `bench-${Date.now()}@example.org`;
    const registered = await setup.request.post('/api/auth/register', { data: { email, password: 'quiet harbour lanterns', role: 'client' } });
    if (registered.status() !== 201) throw new Error(`sign-up failed: ${registered.status()}`);
    // One online visit: the service worker precaches the app, the plan is copied to IndexedDB.
    await setup.goto('/plan');
    await setup.getByRole('heading', { level: 2 }).first().waitFor();
    await setup.evaluate(OFFLINE_READY);
    await setup.close();
    await context.setOffline(true);

    // Cold: a fresh page load straight into SOS, timed from navigation start.
    const cold: Timing[] = [];
    let scripts: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      await slowPhone(context, page);
      const loaded: string[] = [];
      page.on('response', (r) => {
        const url = new URL(r.url());
        if (url.origin === base && url.pathname.endsWith('.js') && !url.pathname.startsWith('/sw.js') && !url.pathname.startsWith('/workbox-'))
          loaded.push(url.pathname);
      });
      await page.goto('/sos', { waitUntil: 'commit' });
      cold.push(await driveSos(page, 'cold'));
      if (i === 0) scripts = [...new Set(loaded)];
      await page.close();
    }

    // Warm: the app is open on home; tap SOS.
    const warm: Timing[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      await page.goto('/');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForTimeout(2_000); // let idle work (the SOS preload) finish, as on a phone left open
      await slowPhone(context, page);
      warm.push(await driveSos(page, 'warm'));
      await page.close();
    }

    const sizes = Object.fromEntries(scripts.map((s) => [s, gzipSize(s)]));
    const allChunks = fs.readdirSync(path.join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
    const player = allChunks.find((f) => f.startsWith('ExercisePlayer-'));
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    return {
      // The machine is shared: figures taken under load are slower than on an idle machine.
      load_average_1m_at_end: Math.round(os.loadavg()[0]! * 100) / 100,
      cpus: os.cpus().length,
      cpu_throttling: '4x',
      network: 'offline (service worker precache + IndexedDB)',
      cold_first_strategy_ms_median: round(median(cold.map((c) => c.firstStrategy))),
      cold_sos_screen_ms_median: round(median(cold.map((c) => c.sosVisible))),
      cold_first_strategy_ms_runs: cold.map((c) => round(c.firstStrategy)),
      warm_first_strategy_ms_median: round(median(warm.map((w) => w.firstStrategy))),
      warm_sos_screen_ms_median: round(median(warm.map((w) => w.sosVisible))),
      warm_first_strategy_ms_runs: warm.map((w) => round(w.firstStrategy)),
      sos_route_js_gz_bytes: total,
      sos_route_js_gz_kb: Math.round((total / 1024) * 10) / 10,
      sos_route_js_files_gz_bytes: sizes,
      exercise_player_chunk_gz_bytes: player ? gzipSize(`/assets/${player}`) : null,
      aims: { cold_ms: 1000, warm_ms: 300, js_gz_kb: 80 },
    };
  } finally {
    await browser?.close();
    if (server.exitCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

// Run on its own: npx tsx bench/sos.bench.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await run(), null, 2));
}
