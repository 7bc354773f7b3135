// `kinbridge chat`: the companion in a terminal. Interactive by default (node:readline), or
// `--jsonl` for scripts and evaluations: one JSON object {"text": "..."} per input line, one
// JSON object per turn out: {"reply","risk":{"level","categories"},"resources":[...],"flow"}.
// Without --data/--user the conversation and its memory live only in this process; with them,
// the person's plan, memory and conversation come from the server's (encrypted) storage.
import { createInterface } from 'node:readline';
import type { EpochMs } from '@kinbridge/core';
import { Companion, InMemoryMemoryStore, contextFromPlan, modelFromEnv, type ReplyEvent, type TurnResult } from '@kinbridge/companion';
import { UsageError, type Command, type CommandIo } from '../command';
import { storageHelp } from '../server-config';
import { openStoredChat, type ChatSession } from './chat-storage';

const now = () => Date.now() as EpochMs;

export const chatCommand: Command = {
  path: ['chat'],
  summary: 'talk with the companion in the terminal (or --jsonl for scripts)',
  usage: `Usage: kinbridge chat [--jsonl] [--region CC] [--data DIR --user EMAIL]

Talks with the Kinbridge companion. It is an AI, not a person and not a therapist.
If you are in danger, call your local emergency number or a crisis line now.

Options:
      --jsonl          read {"text": "..."} lines on stdin, write one JSON line per turn:
                       {"reply","risk":{"level","categories"},"resources":[{"name","phone","text","url"}],"flow"}
      --region CC      ISO 3166 alpha-2 region for crisis lines (default US)
      --user EMAIL     use this account's plan, memory and conversation (needs the data folder)
      --seed N         fixed phrasing seed, for reproducible output
${storageHelp}
  -h, --help           show this help

A language model is used when KINBRIDGE_LLM_URL (and KINBRIDGE_LLM_MODEL, KINBRIDGE_LLM_API_KEY,
KINBRIDGE_LLM_TIMEOUT_MS) are set; otherwise the built-in engine answers on its own.`,
  options: {
    jsonl: { type: 'boolean' },
    region: { type: 'string' },
    user: { type: 'string' },
    seed: { type: 'string' },
    data: { type: 'string', short: 'd' },
    database: { type: 'string' },
  },
  async run({ values }, io) {
    const regionGiven = typeof values.region === 'string';
    const region = regionGiven ? (values.region as string).trim().toUpperCase() : 'US';
    if (!/^[A-Z]{2}$/.test(region)) throw new UsageError('--region must be a two-letter ISO 3166 code, e.g. US, GB, DE');
    const seed = typeof values.seed === 'string' ? Number(values.seed) : undefined;
    if (seed !== undefined && !Number.isInteger(seed)) throw new UsageError('--seed must be a whole number');
    if (values.user !== undefined && typeof values.user !== 'string') throw new UsageError('--user needs an email');
    const { model, timeoutMs } = modelFromEnv(io.env);
    let session: ChatSession;
    if (typeof values.user === 'string') {
      session = await openStoredChat({ values, io, email: values.user, region: regionGiven ? region : undefined, ...(model ? { model } : {}), modelTimeoutMs: timeoutMs, ...(seed !== undefined ? { seed } : {}) });
    } else {
      const companion = new Companion({
        context: contextFromPlan(null, { region }),
        memory: new InMemoryMemoryStore(),
        ...(model ? { model } : {}),
        modelTimeoutMs: timeoutMs,
        ...(seed !== undefined ? { seed } : {}),
      });
      session = { companion, save: async () => undefined, close: async () => undefined };
    }
    try {
      return values.jsonl ? await runJsonl(session, io) : await runInteractive(session, io);
    } finally {
      await session.close();
    }
  },
};

/** The JSON-lines contract: exactly these four fields, `resources` empty when none were shown. */
export function jsonlLine(turn: TurnResult): string {
  return JSON.stringify({
    reply: turn.reply,
    risk: { level: turn.risk.level, categories: turn.risk.categories },
    resources: turn.resources.map((r) => ({ name: r.name, ...(r.phone ? { phone: r.phone } : {}), ...(r.text ? { text: r.text } : {}), ...(r.url ? { url: r.url } : {}) })),
    flow: turn.flow,
  });
}

function textOf(line: string): unknown {
  try {
    const parsed: unknown = JSON.parse(line);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return (parsed as { text?: unknown }).text;
    return line;
  } catch {
    // Not JSON: take the line as the message, so plain text can be piped in too.
    return line;
  }
}

async function runJsonl(session: ChatSession, io: CommandIo): Promise<number> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const text = textOf(line);
    const turn = await session.companion.reply(text, now());
    await session.save(typeof text === 'string' ? text : '', turn);
    io.stdout.write(`${jsonlLine(turn)}\n`);
  }
  return 0;
}

async function runInteractive(session: ChatSession, io: CommandIo): Promise<number> {
  const out = io.stdout;
  out.write("Kinbridge companion. I'm an AI, not a person and not a therapist. Type /quit to leave.\n\n");
  const lines = createInterface({ input: io.stdin, output: out, terminal: false, crlfDelay: Infinity });
  const prompt = () => out.write('you> ');
  prompt();
  for await (const line of lines) {
    const text = line.trim();
    if (text === '/quit' || text === '/exit') break;
    const due = session.companion.checkIn(now());
    if (due) out.write(`companion> ${due.reply}\n\n`);
    out.write('companion> ');
    const turn = await session.companion.reply(line, now(), (event) => writeEvent(event, out));
    out.write('\n\n');
    await session.save(line, turn);
    prompt();
  }
  out.write('\nTake care. Your plan and SOS are in the app whenever you need them.\n');
  return 0;
}

function writeEvent(event: ReplyEvent, out: NodeJS.WritableStream): void {
  switch (event.type) {
    case 'start':
      if (event.banner) out.write('[crisis support is shown below: you can reach a person right now]\n');
      return;
    case 'delta':
      out.write(event.text);
      return;
    case 'replace':
      out.write(`\n(let me put that differently)\n${event.text}`);
      return;
    case 'done':
      return;
  }
}
