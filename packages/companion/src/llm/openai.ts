// A ReplyModel for any OpenAI-compatible chat endpoint: POST {base}/v1/chat/completions with
// `stream: true`, read as server-sent events. Works with a local Ollama or llama.cpp server,
// vLLM, or a hosted API. A server that ignores `stream` and answers with one JSON body is
// accepted too. Anything malformed throws, and the engine falls back to the embedded reply.
import type { ModelRequest, ReplyModel } from './reply-model';
import { parseSse } from './sse';

export interface OpenAiOptions {
  /** Base URL ("http://127.0.0.1:11434", ".../v1") or the full chat-completions URL. */
  url: string;
  model: string;
  apiKey?: string;
  temperature?: number;
  /** Injected for tests of unusual transports; defaults to the global fetch. */
  fetch?: typeof fetch;
}

export class ModelError extends Error {}

/** Accepts the forms people paste and returns the chat-completions URL. */
export function chatCompletionsUrl(base: string): string {
  const trimmed = base.trim().replace(/\/+$/, '');
  if (/\/chat\/completions$/.test(trimmed)) return trimmed;
  if (/\/v\d+$/.test(trimmed)) return `${trimmed}/chat/completions`;
  return `${trimmed}/v1/chat/completions`;
}

async function* bytes(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (value) yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

function contentOf(json: unknown, streaming: boolean): string | undefined {
  if (!json || typeof json !== 'object') throw new ModelError('model sent a non-object');
  const record = json as { error?: unknown; choices?: Array<{ delta?: { content?: unknown }; message?: { content?: unknown }; text?: unknown }> };
  if (record.error) throw new ModelError('model returned an error');
  if (!Array.isArray(record.choices)) throw new ModelError('model response has no choices');
  const choice = record.choices[0];
  if (!choice) return undefined;
  const value = streaming ? (choice.delta?.content ?? choice.text) : (choice.message?.content ?? choice.text);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new ModelError('model content is not text');
  return value;
}

export class OpenAiReplyModel implements ReplyModel {
  readonly name: string;
  private readonly endpoint: string;

  constructor(private readonly options: OpenAiOptions) {
    this.endpoint = chatCompletionsUrl(options.url);
    this.name = `openai:${options.model}`;
  }

  async *stream(request: ModelRequest): AsyncGenerator<string> {
    const doFetch = this.options.fetch ?? fetch;
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'text/event-stream' };
    if (this.options.apiKey) headers.authorization = `Bearer ${this.options.apiKey}`;
    const response = await doFetch(this.endpoint, {
      method: 'POST',
      headers,
      signal: request.signal,
      body: JSON.stringify({
        model: this.options.model,
        messages: request.messages,
        stream: true,
        temperature: this.options.temperature ?? 0.7,
        max_tokens: request.maxTokens ?? 300,
      }),
    });
    if (!response.ok) throw new ModelError(`model endpoint answered HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('application/json')) {
      const text = contentOf(await response.json(), false);
      if (text) yield text;
      return;
    }
    if (!response.body) throw new ModelError('model response has no body');
    for await (const event of parseSse(bytes(response.body))) {
      if (event.data.trim() === '[DONE]') return;
      let json: unknown;
      try {
        json = JSON.parse(event.data);
      } catch {
        throw new ModelError('model sent an unreadable event');
      }
      const piece = contentOf(json, true);
      if (piece) yield piece;
    }
  }
}

export interface ModelConfig {
  model?: ReplyModel;
  timeoutMs: number;
}

export const DEFAULT_MODEL_TIMEOUT_MS = 8000;

/**
 * Reads KINBRIDGE_LLM_URL, KINBRIDGE_LLM_MODEL, KINBRIDGE_LLM_API_KEY and
 * KINBRIDGE_LLM_TIMEOUT_MS from the given environment. No URL means no model: the embedded
 * engine answers alone.
 */
export function modelFromEnv(env: Record<string, string | undefined>): ModelConfig {
  const rawTimeout = Number(env.KINBRIDGE_LLM_TIMEOUT_MS);
  const timeoutMs = Number.isFinite(rawTimeout) && rawTimeout > 0 ? rawTimeout : DEFAULT_MODEL_TIMEOUT_MS;
  const url = env.KINBRIDGE_LLM_URL?.trim();
  if (!url) return { timeoutMs };
  const model = env.KINBRIDGE_LLM_MODEL?.trim() || 'default';
  const apiKey = env.KINBRIDGE_LLM_API_KEY?.trim();
  return { timeoutMs, model: new OpenAiReplyModel({ url, model, ...(apiKey ? { apiKey } : {}) }) };
}
