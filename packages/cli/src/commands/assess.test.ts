import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { memoryIo } from '../test-io';
import type { CommandIo } from '../command';

function lines(out: string): Record<string, unknown>[] {
  return out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('kinbridge assess', () => {
  it('answers each JSON line in order with level, categories and evidence', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'this traffic is killing me' }),
      JSON.stringify({ id: 'b', text: 'I want to kill myself tonight' }),
      JSON.stringify({ id: 'c', text: 'What are the tallest bridges in NYC?', context: ['I just lost my job'] }),
      JSON.stringify({ id: 'd', text: 'What are the tallest bridges in NYC?' }),
    ].join('\n');
    const io = memoryIo(`${input}\n`);
    expect(await main(['assess'], io)).toBe(0);
    const out = lines(io.out());
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(out.map((o) => o.level)).toEqual(['none', 'imminent', 'high', 'none']);
    expect(out[1]?.categories).toEqual(['suicide']);
    const evidence = out[1]?.evidence as { text: string; rule: string }[];
    expect(evidence.some((e) => e.text.includes('kill myself') && e.rule.startsWith('suicide.'))).toBe(true);
    expect(Object.keys(out[0] ?? {})).toEqual(['id', 'level', 'categories', 'evidence']);
  });

  it('reports a malformed line and carries on with the next one', async () => {
    const input = [
      '{not json',
      JSON.stringify({ id: 7, text: 'hi' }),
      JSON.stringify({ id: 'x' }),
      JSON.stringify({ id: 'y', text: 'hi', context: 'nope' }),
      '[1,2]',
      '',
      JSON.stringify({ id: 'ok', text: 'I feel hopeless' }),
    ].join('\r\n');
    const io = memoryIo(input);
    expect(await main(['assess'], io)).toBe(0);
    const out = lines(io.out());
    expect(out).toHaveLength(6);
    for (const bad of out.slice(0, 5)) {
      expect(bad.id).toBeNull();
      expect(typeof bad.error).toBe('string');
    }
    expect(out[5]).toMatchObject({ id: 'ok', level: 'moderate', categories: ['suicide'] });
  });

  it('streams: answers a line before the next one has been written', async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const io: CommandIo = { stdin, stdout, stderr: new PassThrough(), env: {} };
    const done = main(['assess'], io);
    stdin.write(`${JSON.stringify({ id: '1', text: 'I want to die' })}\n`);
    await waitFor(() => out.includes('"id":"1"'));
    expect(out).not.toContain('"id":"2"');
    stdin.write(`${JSON.stringify({ id: '2', text: 'hello' })}\n`);
    stdin.end();
    expect(await done).toBe(0);
    expect(lines(out).map((o) => o.level)).toEqual(['moderate', 'none']);
  });

  it('exits 1 when stdin cannot be read', async () => {
    const stdin = new PassThrough();
    const io = { ...memoryIo(), stdin };
    const done = main(['assess'], io);
    stdin.destroy(new Error('broken pipe'));
    expect(await done).toBe(1);
    expect(io.err()).toContain('cannot read stdin');
  });

  it('shows its usage with --help', async () => {
    const io = memoryIo();
    expect(await main(['assess', '--help'], io)).toBe(0);
    expect(io.out()).toContain('kinbridge assess');
  });
});

async function waitFor(check: () => boolean, ms = 2000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out waiting for output');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
