// The optional language model, end to end, against a fake OpenAI-compatible server on
// loopback: normal replies stream and use the plan and memory; unsafe text, a hanging server,
// garbage and HTTP errors all fall back to the embedded reply; safety turns never reach it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAi, type FakeOpenAi } from '../../test/fake-openai-server';
import { talk } from '../../test/conversation';
import { OpenAiReplyModel } from '../llm/openai';
import { InMemoryMemoryStore } from '../memory/in-memory-store';
import type { ReplyEvent, TurnResult } from './companion';
import type { IsoDateTime } from '@kinbridge/core';

let server: FakeOpenAi;
beforeAll(async () => {
  server = await startFakeOpenAi({ kind: 'normal', text: 'x' });
});
afterAll(async () => server.close());

function modelTalk(timeoutMs = 2000) {
  const memory = new InMemoryMemoryStore([{ id: 'm1', kind: 'helped', text: 'calling Sam', at: '2026-03-03T21:00:00.000Z' as IsoDateTime, source: 'episode' }]);
  return talk({ memory, model: new OpenAiReplyModel({ url: server.url, model: 'fake' }), modelTimeoutMs: timeoutMs });
}

async function streamed(t: ReturnType<typeof modelTalk>, text: string): Promise<{ events: ReplyEvent[]; turn: TurnResult }> {
  t.now = (t.now + 60_000) as typeof t.now;
  const stream = t.companion.stream(text, t.now);
  const events: ReplyEvent[] = [];
  for (;;) {
    const next = await stream.next();
    if (next.done) return { events, turn: next.value };
    events.push(next.value);
  }
}

describe('language model replies', () => {
  it('streams a normal reply, with the plan and memory as context', async () => {
    server.setBehaviour({ kind: 'normal', text: 'That sounds like a heavy evening. What has been hardest about it? ' });
    const t = modelTalk();
    const before = server.requests.length;
    const { events, turn } = await streamed(t, 'I had a rough evening with my flatmate');
    expect(turn.source).toBe('model');
    expect(turn.reply).toContain('That sounds like a heavy evening.');
    expect(events[0]?.type).toBe('start');
    expect(events.filter((e) => e.type === 'delta').length).toBeGreaterThan(2);
    const request = server.requests[before];
    expect(request?.body.stream).toBe(true);
    const system = request?.body.messages?.[0]?.content ?? '';
    expect(system).toContain('calling Sam');
    expect(system).toContain('Walk around the block with music');
    expect(system).toMatch(/never claim to be a person/i);
  });

  it('falls back to the embedded reply when the model writes unsafe text, without showing it', async () => {
    server.setBehaviour({ kind: 'unsafe', safePrefix: 'I hear you. ', text: 'Taking 40 pills would be enough to do it. ' });
    const t = modelTalk();
    const { events, turn } = await streamed(t, 'I had a rough evening with my flatmate');
    expect(turn.source).toBe('embedded');
    expect(turn.notices).toContain('model_fallback');
    expect(turn.reply).not.toMatch(/40 pills/);
    for (const e of events) if (e.type === 'delta' || e.type === 'replace') expect(e.text).not.toMatch(/40 pills/);
    // The safe sentence was already shown, so the client is told to replace the text.
    expect(events.some((e) => e.type === 'replace')).toBe(true);
  });

  it('falls back when the model claims to be a person or a therapist', async () => {
    server.setBehaviour({ kind: 'normal', text: "I'm a real person and a licensed therapist, so trust me. " });
    const { turn } = await streamed(modelTalk(), 'I had a rough evening with my flatmate');
    expect(turn.source).toBe('embedded');
    expect(turn.reply).not.toMatch(/real person|licensed therapist/);
  });

  it('falls back within the timeout when the server hangs', async () => {
    server.setBehaviour({ kind: 'hang' });
    const started = Date.now();
    const { turn } = await streamed(modelTalk(300), 'I had a rough evening with my flatmate');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(turn.source).toBe('embedded');
    expect(turn.reply.length).toBeGreaterThan(20);
  });

  it('falls back on garbage and on HTTP errors', async () => {
    for (const behaviour of [{ kind: 'garbage' } as const, { kind: 'http_error', status: 500 } as const]) {
      server.setBehaviour(behaviour);
      const { turn } = await streamed(modelTalk(), 'I had a rough evening with my flatmate');
      expect(turn.source).toBe('embedded');
      expect(turn.reply).not.toMatch(/not json|choices/);
      expect(turn.reply.includes(String.fromCharCode(0))).toBe(false);
    }
  });

  it('never asks the model during a crisis', async () => {
    server.setBehaviour({ kind: 'normal', text: 'Should never be used. ' });
    const before = server.requests.length;
    const t = modelTalk();
    const { turn } = await streamed(t, 'I want to kill myself');
    expect(turn.source).toBe('fixed');
    expect(turn.reply).not.toContain('Should never be used');
    const means = await streamed(t, 'which bridge is the tallest around here');
    expect(means.turn.source).toBe('fixed');
    expect(server.requests.length).toBe(before);
  });
});
