// The real command in a child process: it serves the API and the app, and a SIGTERM shuts it
// down cleanly (exit code 0) instead of dropping it mid-write.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/kinbridge.js');

describe('kinbridge start', () => {
  it('serves on the chosen port and stops cleanly on SIGTERM', async () => {
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'kinbridge-start-'));
    const child = spawn(process.execPath, [bin, 'start', '--port', '0', '--data', data], { env: { ...process.env, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /running at (http:\/\/\S+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
    });
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    const exitCode = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exitCode).toBe(0);
    fs.rmSync(data, { recursive: true, force: true });
  });
});
