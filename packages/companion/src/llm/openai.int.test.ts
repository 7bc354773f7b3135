import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAi, type FakeOpenAi } from '../../test/fake-openai-server';
import { OpenAiReplyModel, chatCompletionsUrl, modelFromEnv } from './openai';

let server: FakeOpenAi;
beforeAll(async () => {
  server = await startFakeOpenAi({ kind: 'normal', text: 'Hello there. How are you?' });
});
afterAll(async () => server.close());

async function collect(model: OpenAiReplyModel, signal = new AbortController().signal): Promise<string> {
  let text = '';
  for await (const piece of model.stream({ messages: [{ role: 'user', content: 'hi' }], signal })) text += piece;
  return text;
}

describe('OpenAI-compatible adapter against a loopback server', () => {
  it('streams the reply and sends model, stream flag and key', async () => {
    server.setBehaviour({ kind: 'normal', text: 'Hello there. How are you?' });
    const model = new OpenAiReplyModel({ url: server.url, model: 'tiny', apiKey: 'sk-test' });
    expect(await collect(model)).toBe('Hello there. How are you?');
    const last = server.requests[server.requests.length - 1];
    expect(last?.path).toBe('/v1/chat/completions');
    expect(last?.body.stream).toBe(true);
    expect(last?.body.model).toBe('tiny');
    expect(last?.authorization).toBe('Bearer sk-test');
  });

  it('accepts a server that answers with one JSON body', async () => {
    server.setBehaviour({ kind: 'json', text: 'Plain answer.' });
    expect(await collect(new OpenAiReplyModel({ url: `${server.url}/v1`, model: 'm' }))).toBe('Plain answer.');
  });

  it('throws on garbage and on HTTP errors', async () => {
    const model = new OpenAiReplyModel({ url: server.url, model: 'm' });
    server.setBehaviour({ kind: 'garbage' });
    await expect(collect(model)).rejects.toThrow();
    server.setBehaviour({ kind: 'http_error', status: 500 });
    await expect(collect(model)).rejects.toThrow(/500/);
  });

  it('stops when its signal is aborted on a hanging server', async () => {
    server.setBehaviour({ kind: 'hang' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await expect(collect(new OpenAiReplyModel({ url: server.url, model: 'm' }), controller.signal)).rejects.toThrow();
  });

  it('builds the endpoint from the forms people paste', () => {
    expect(chatCompletionsUrl('http://localhost:11434')).toBe('http://localhost:11434/v1/chat/completions');
    expect(chatCompletionsUrl('http://localhost:8080/v1/')).toBe('http://localhost:8080/v1/chat/completions');
    expect(chatCompletionsUrl('https://api.example.com/v1/chat/completions')).toBe('https://api.example.com/v1/chat/completions');
  });

  it('reads its configuration from the environment', () => {
    expect(modelFromEnv({}).model).toBeUndefined();
    expect(modelFromEnv({}).timeoutMs).toBe(8000);
    const config = modelFromEnv({ KINBRIDGE_LLM_URL: server.url, KINBRIDGE_LLM_MODEL: 'qwen', KINBRIDGE_LLM_TIMEOUT_MS: '2500' });
    expect(config.model?.name).toBe('openai:qwen');
    expect(config.timeoutMs).toBe(2500);
  });
});
