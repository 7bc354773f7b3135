import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from './main';
import { memoryIo } from './test-io';

const dirs: string[] = [];
function tempData(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinbridge-cli-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('kinbridge command line', () => {
  it('lists the commands with --help', async () => {
    const io = memoryIo();
    expect(await main(['--help'], io)).toBe(0);
    for (const name of ['start', 'migrate', 'user add', 'keys rotate']) expect(io.out()).toContain(name);
  });

  it('explains an unknown command and exits 2', async () => {
    const io = memoryIo();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.err()).toContain('unknown command "frobnicate"');
  });

  it('explains a bad flag and exits 2', async () => {
    const io = memoryIo();
    expect(await main(['migrate', '--colour'], io)).toBe(2);
    expect(io.err()).toMatch(/Unknown option '--colour'/);
    expect(io.err()).toContain('kinbridge migrate --help');
  });

  it('shows help for every command', async () => {
    for (const words of [['start'], ['migrate'], ['user', 'add'], ['keys', 'rotate']]) {
      const io = memoryIo();
      expect(await main([...words, '--help'], io)).toBe(0);
      expect(io.out()).toMatch(/^Usage: kinbridge/);
    }
  });

  it('reports a bad port readably with exit 2', async () => {
    const io = memoryIo();
    expect(await main(['start', '--port', 'eighty', '--data', tempData()], io)).toBe(2);
    expect(io.err()).toContain('port (PORT)');
  });

  it('migrates, adds a user, refuses a duplicate, and rotates keys', async () => {
    const data = tempData();
    const migrate = memoryIo();
    expect(await main(['migrate', '--data', data], migrate)).toBe(0);
    expect(migrate.out()).toMatch(/Applied \d+ migration/);

    const add = memoryIo('a calm river at night\n');
    expect(await main(['user', 'add', '--email', 'Ada@example.org', '--role', 'therapist', '--data', data], add)).toBe(0);
    expect(add.out()).toContain('Created therapist account ada@example.org');
    expect(fs.statSync(path.join(data, 'server-keys')).mode & 0o777).toBe(0o600);

    const duplicate = memoryIo('a calm river at night\n');
    expect(await main(['user', 'add', '--email', 'ada@example.org', '--data', data], duplicate)).toBe(1);
    expect(duplicate.err()).toContain('already exists');

    const rotate = memoryIo();
    expect(await main(['keys', 'rotate', '--data', data], rotate)).toBe(0);
    expect(rotate.out()).toMatch(/Re-wrapped 1 data key/);
  });
});
