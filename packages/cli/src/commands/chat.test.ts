import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { memoryIo } from '../test-io';

interface Line {
  reply: string;
  risk: { level: string; categories: string[] };
  resources: Array<{ name: string; phone?: string; text?: string; url?: string }>;
  flow: string;
}

async function jsonl(lines: string[], args: string[] = []): Promise<{ code: number; out: Line[]; err: string }> {
  const io = memoryIo(lines.map((l) => `${l}\n`).join(''));
  const code = await main(['chat', '--jsonl', '--seed', '1', ...args], io);
  const out = io.out().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);
  return { code, out, err: io.err() };
}

describe('kinbridge chat --jsonl', () => {
  it('writes one line per turn with exactly the contract fields', async () => {
    const { code, out } = await jsonl([JSON.stringify({ text: 'hi' }), JSON.stringify({ text: 'I had a rough day at work' })]);
    expect(code).toBe(0);
    expect(out).toHaveLength(2);
    for (const line of out) {
      expect(Object.keys(line).sort()).toEqual(['flow', 'reply', 'resources', 'risk']);
      expect(Object.keys(line.risk).sort()).toEqual(['categories', 'level']);
    }
    expect(out[0]?.reply).toMatch(/AI/);
    expect(out[1]?.resources).toEqual([]);
    expect(out[1]?.flow).toBe('listening');
  });

  it('shows the region\'s crisis lines at risk, US by default', async () => {
    const { out } = await jsonl([JSON.stringify({ text: 'I want to kill myself' })]);
    expect(out[0]?.risk.level).toMatch(/high|imminent/);
    expect(out[0]?.risk.categories).toContain('suicide');
    expect(out[0]?.resources[0]).toMatchObject({ name: '988 Suicide & Crisis Lifeline', phone: '988' });
    expect(out[0]?.flow).toBe('safety');
  });

  it('uses another region with --region', async () => {
    const { out } = await jsonl([JSON.stringify({ text: 'I want to kill myself' })], ['--region', 'gb']);
    expect(out[0]?.resources.map((r) => r.name)).toContain('Samaritans');
    expect(out[0]?.reply).toMatch(/116 123/);
    expect(out[0]?.reply).toMatch(/999/);
  });

  it('keeps one conversation across lines (the retraction keeps the lines visible)', async () => {
    const { out } = await jsonl([JSON.stringify({ text: 'I want to die' }), JSON.stringify({ text: 'never mind, forget it' })]);
    expect(out[1]?.resources.length).toBeGreaterThan(0);
    expect(out[1]?.reply).toMatch(/\?/);
  });

  it('never crashes on bad lines: not JSON, no text, huge, blank lines skipped', async () => {
    const { code, out } = await jsonl(['this is not json', '{"nottext": 1}', '', '[1,2,3]', JSON.stringify({ text: 'x'.repeat(200_000) }), '{"text": "<script>alert(1)</script>"}']);
    expect(code).toBe(0);
    expect(out).toHaveLength(5);
    expect(out[3]?.reply).toMatch(/long message/);
    expect(out[4]?.reply).not.toMatch(/<script/);
  });

  it('refuses a region that is not a two-letter code', async () => {
    const io = memoryIo('');
    expect(await main(['chat', '--jsonl', '--region', 'Narnia'], io)).toBe(2);
    expect(io.err()).toMatch(/two-letter/);
  });
});

describe('kinbridge chat (interactive)', () => {
  it('says it is an AI, answers, and leaves on /quit', async () => {
    const io = memoryIo('I feel lonely tonight\n/quit\nthis is never read\n');
    expect(await main(['chat', '--seed', '2'], io)).toBe(0);
    const out = io.out();
    expect(out).toMatch(/I'm an AI, not a person and not a therapist/);
    expect(out).toMatch(/companion> /);
    expect(out).not.toMatch(/never read/);
  });

  it('puts a notice above a reply with crisis lines', async () => {
    const io = memoryIo('I want to end my life\n');
    await main(['chat', '--seed', '2'], io);
    expect(io.out()).toMatch(/\[crisis support is shown below/);
    expect(io.out()).toMatch(/988/);
  });
});
