// Sends a message to the companion and reads the streamed reply (server-sent events over a
// POST, so fetch + ReadableStream rather than EventSource). Events: start (risk, crisis lines,
// buttons), delta (text), replace (whole text), done (the finished turn), error.

export interface ChatResource {
  name: string;
  phone?: string;
  text?: string;
  url?: string;
}

export type ChatAction =
  | { kind: 'open_sos'; href: string }
  | { kind: 'call_support'; name: string; href: string }
  | { kind: 'start_breathing'; exerciseId: string };

export interface ChatRisk {
  level: 'none' | 'low' | 'moderate' | 'high' | 'imminent';
  categories: string[];
}

export interface ChatStart {
  risk: ChatRisk;
  resources: ChatResource[];
  actions: ChatAction[];
  flow: string;
  banner: boolean;
}

export interface ChatDone extends ChatStart {
  reply: string;
  remembered: Array<{ id: string; kind: string; text: string }>;
}

export interface StreamHandlers {
  onStart(start: ChatStart): void;
  onText(text: string, replace: boolean): void;
  onDone(done: ChatDone): void;
}

export class ChatError extends Error {}

/** Splits an event-stream text into complete events; returns the unfinished rest. */
export function splitEvents(buffer: string): { events: Array<{ event: string; data: string }>; rest: string } {
  const normalised = buffer.replace(/\r\n/g, '\n');
  const blocks = normalised.split('\n\n');
  const rest = blocks.pop() ?? '';
  const events = blocks
    .filter((b) => b.trim())
    .map((block) => {
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      return { event, data: data.join('\n') };
    });
  return { events, rest };
}

export async function sendMessage(text: string, handlers: StreamHandlers, signal?: AbortSignal): Promise<void> {
  let response: Response;
  try {
    response = await fetch('/api/chat/messages', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ text }),
      signal: signal ?? null,
    });
  } catch {
    throw new ChatError('You seem to be offline. SOS and your plan still work without a connection.');
  }
  if (!response.ok || !response.body) {
    let message = `The server answered ${response.status}.`;
    try {
      const body = (await response.json()) as { error?: { message?: string } };
      message = body.error?.message ?? message;
    } catch {
      // keep the status message
    }
    throw new ChatError(message);
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (value) buffer += decoder.decode(value, { stream: true });
    const split = splitEvents(done ? `${buffer}\n\n` : buffer);
    buffer = split.rest;
    for (const e of split.events) {
      const data = JSON.parse(e.data) as Record<string, unknown>;
      if (e.event === 'start') handlers.onStart(data as unknown as ChatStart);
      else if (e.event === 'delta') handlers.onText(String(data.text ?? ''), false);
      else if (e.event === 'replace') handlers.onText(String(data.text ?? ''), true);
      else if (e.event === 'done') handlers.onDone(data as unknown as ChatDone);
      else if (e.event === 'error') throw new ChatError(String(data.message ?? 'Something went wrong.'));
    }
    if (done) return;
  }
}
