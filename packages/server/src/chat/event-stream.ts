// Writing a text/event-stream response by hand (no SSE plugin is installed): the reply is
// hijacked from Fastify, so the headers Fastify and helmet have prepared are copied over, and
// each event is written as "event: <name>\ndata: <json>\n\n".
import type { FastifyReply } from 'fastify';

export interface EventStream {
  send(event: string, data: unknown): void;
  end(): void;
  /** False once the client has gone away. */
  readonly open: boolean;
}

export function openEventStream(reply: FastifyReply): EventStream {
  const raw = reply.raw;
  const prepared = reply.getHeaders();
  reply.hijack();
  const headers: Record<string, string | number | string[]> = {};
  for (const [name, value] of Object.entries(prepared)) if (value !== undefined) headers[name] = value as string | number | string[];
  raw.writeHead(200, {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    // Proxies such as nginx would otherwise hold the stream back until it ends.
    'x-accel-buffering': 'no',
    connection: 'keep-alive',
  });
  let open = true;
  raw.on('close', () => {
    open = false;
  });
  return {
    send(event, data) {
      if (!open || raw.writableEnded) return;
      raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    end() {
      if (!raw.writableEnded) raw.end();
    },
    get open() {
      return open;
    },
  };
}
