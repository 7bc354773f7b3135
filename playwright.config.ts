// Browser tests drive Debian's Chromium (never a downloaded browser) against a real server
// started on a spare port with a throw-away data folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4199);
const dataDir = process.env.E2E_DATA ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kinbridge-e2e-'));
process.env.E2E_DATA = dataDir;

export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // JSON goes outside test-results/, which Playwright empties at start (npm test reads it).
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: chromiumLaunch,
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [{ name: 'mobile-chromium', use: { ...devices['Pixel 7'], browserName: 'chromium', launchOptions: chromiumLaunch } }],
  webServer: {
    command: `node packages/cli/bin/kinbridge.js start --port ${port} --data ${dataDir}`,
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { LOG_LEVEL: 'warn', KINBRIDGE_AUTH_RATE_LIMIT: '1000' },
  },
});
