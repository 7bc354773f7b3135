// A small parser for server-sent events (the HTML Living Standard's "event stream" format) as
// used by OpenAI-compatible streaming: lines "data: {...}" separated by blank lines, ending with
// "data: [DONE]". Comments (":"), other fields and CRLF line endings are handled; anything else
// is left to the caller to reject.

export interface SseEvent {
  event?: string;
  data: string;
}

/** Splits a byte stream into SSE events. */
export async function* parseSse(body: AsyncIterable<Uint8Array>): AsyncGenerator<SseEvent> {
  const decoder = new TextDecoder();
  let buffer = '';
  let data: string[] = [];
  let event: string | undefined;
  const flush = function* (): Generator<SseEvent> {
    if (data.length > 0) yield { ...(event ? { event } : {}), data: data.join('\n') };
    data = [];
    event = undefined;
  };
  const handle = function* (line: string): Generator<SseEvent> {
    if (line === '') return yield* flush();
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') event = value;
  };
  for await (const chunk of body) {
    buffer += decoder.decode(chunk, { stream: true });
    let newline: number;
    while ((newline = buffer.search(/\r\n|\n|\r/)) !== -1) {
      const line = buffer.slice(0, newline);
      const width = buffer.startsWith('\r\n', newline) ? 2 : 1;
      buffer = buffer.slice(newline + width);
      yield* handle(line);
    }
    if (buffer.length > 1_000_000) throw new Error('event stream line too long');
  }
  buffer += decoder.decode();
  if (buffer) yield* handle(buffer);
  yield* flush();
}
