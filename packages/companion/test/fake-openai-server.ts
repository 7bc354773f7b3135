// A fake OpenAI-compatible chat server on loopback, for testing the language-model adapter and
// the engine's fallback against a real HTTP connection. Each behaviour is one way a real server
// can misbehave: answer normally, answer with unsafe text, hang after the headers, send garbage,
// answer with a plain JSON body, or fail with HTTP 500.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeBehaviour =
  | { kind: 'normal'; text: string; delayMs?: number }
  | { kind: 'unsafe'; safePrefix?: string; text: string }
  | { kind: 'hang' }
  | { kind: 'garbage' }
  | { kind: 'json'; text: string }
  | { kind: 'http_error'; status: number };

export interface RecordedRequest {
  path: string;
  authorization?: string;
  body: { model?: string; stream?: boolean; messages?: Array<{ role: string; content: string }> };
}

export interface FakeOpenAi {
  url: string;
  requests: RecordedRequest[];
  setBehaviour(b: FakeBehaviour): void;
  close(): Promise<void>;
}

function pieces(text: string): string[] {
  // Split like a tokenizer would: a few characters at a time, across word boundaries.
  return text.match(/.{1,7}/gs) ?? [];
}

function chunk(content: string): string {
  return `data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content } }] })}\n\n`;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

export async function startFakeOpenAi(initial: FakeBehaviour): Promise<FakeOpenAi> {
  let behaviour = initial;
  const requests: RecordedRequest[] = [];
  const open = new Set<ServerResponse>();
  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    let body: RecordedRequest['body'] = {};
    try {
      body = JSON.parse(raw) as RecordedRequest['body'];
    } catch {
      body = {};
    }
    requests.push({ path: req.url ?? '', ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}), body });
    if (req.url !== '/v1/chat/completions') {
      res.writeHead(404).end();
      return;
    }
    open.add(res);
    res.on('close', () => open.delete(res));
    const b = behaviour;
    switch (b.kind) {
      case 'http_error':
        res.writeHead(b.status, { 'content-type': 'application/json' }).end('{"error":{"message":"boom"}}');
        return;
      case 'json':
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ choices: [{ index: 0, message: { role: 'assistant', content: b.text } }] }));
        return;
      case 'hang':
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write(': keep-alive\n\n');
        return; // never ends
      case 'garbage':
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write('data: {"choices":[{"delta":{"content":"Hel');
        res.write('\n\ndata: \u0000\u0001not json at all}}}\n\n');
        res.end('data: [DONE]\n\n');
        return;
      case 'normal':
      case 'unsafe': {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        const text = b.kind === 'unsafe' ? `${b.safePrefix ?? ''}${b.text}` : b.text;
        for (const p of pieces(text)) {
          res.write(chunk(p));
          if (b.kind === 'normal' && b.delayMs) await new Promise((r) => setTimeout(r, b.delayMs));
        }
        res.end('data: [DONE]\n\n');
        return;
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setBehaviour: (next) => {
      behaviour = next;
    },
    close: async () => {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
