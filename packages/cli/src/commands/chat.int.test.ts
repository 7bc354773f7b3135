// `kinbridge chat --data DIR --user EMAIL` uses the server's encrypted storage: the person's
// memory and conversation persist between runs, and another person's do not leak in.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../main';
import { memoryIo } from '../test-io';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function addUser(data: string, email: string): Promise<void> {
  const io = memoryIo('a long calm sentence for a password\n');
  expect(await main(['user', 'add', '--email', email, '--data', data], io)).toBe(0);
}

async function chat(data: string, email: string, text: string): Promise<{ reply: string; resources: unknown[] }> {
  const io = memoryIo(`${JSON.stringify({ text })}\n`);
  expect(await main(['chat', '--jsonl', '--data', data, '--user', email, '--seed', '1'], io)).toBe(0);
  return JSON.parse(io.out().trim().split('\n').pop() ?? '{}') as { reply: string; resources: unknown[] };
}

describe('kinbridge chat with stored data', () => {
  it("remembers across runs for the same person only, and stores nothing readable on disk", async () => {
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'kinbridge-chat-'));
    dirs.push(data);
    await addUser(data, 'ana@example.org');
    await addUser(data, 'ben@example.org');
    await chat(data, 'ana@example.org', 'talking to my neighbour Priyanka helped tonight');
    expect((await chat(data, 'ana@example.org', 'what do you remember about me?')).reply).toMatch(/talking to my neighbour Priyanka/);
    expect((await chat(data, 'ben@example.org', 'what do you remember about me?')).reply).not.toMatch(/Priyanka/);
    const raw = fs.readFileSync(path.join(data, 'kinbridge.sqlite'));
    expect(raw.includes(Buffer.from('Priyanka'))).toBe(false);
  });

  it('explains an unknown account', async () => {
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'kinbridge-chat-'));
    dirs.push(data);
    const io = memoryIo('{"text":"hi"}\n');
    expect(await main(['chat', '--jsonl', '--data', data, '--user', 'nobody@example.org'], io)).toBe(2);
    expect(io.err()).toMatch(/no account for nobody@example.org/);
  });
});
