import { describe, expect, it } from 'vitest';
import { parseSse } from './sse';

async function* from(parts: string[]): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  for (const p of parts) yield encoder.encode(p);
}

async function all(parts: string[]) {
  const out = [];
  for await (const e of parseSse(from(parts))) out.push(e);
  return out;
}

describe('server-sent events parser', () => {
  it('joins events split across network chunks', async () => {
    expect(await all(['data: {"a"', ':1}\n', '\ndata: [DONE]\n\n'])).toEqual([{ data: '{"a":1}' }, { data: '[DONE]' }]);
  });

  it('handles CRLF, comments, event names and multi-line data', async () => {
    expect(await all([': ping\r\n\r\nevent: x\r\ndata: one\r\ndata: two\r\n\r\n'])).toEqual([{ event: 'x', data: 'one\ntwo' }]);
  });

  it('delivers a last event without a trailing blank line', async () => {
    expect(await all(['data: tail'])).toEqual([{ data: 'tail' }]);
  });
});
