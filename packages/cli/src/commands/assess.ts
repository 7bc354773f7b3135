// `kinbridge assess`: the crisis risk detector over JSON lines. Reads
// {"id": string, "text": string, "context"?: string[]} per line from stdin and writes one
// {"id","level","categories","evidence"} line per input, in order, as each line arrives (it
// never waits for the whole input). A malformed line yields {"id": null, "error": "..."} and
// processing continues. Exit code 0 unless stdin cannot be read.
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { assessRisk } from '@kinbridge/core/risk';
import type { Command, CommandIo } from '../command';

/** Longest line accepted; longer lines are reported as malformed rather than assessed. */
export const MAX_LINE_CHARS = 1_000_000;

type Parsed = { ok: true; id: string; text: string; context: string[] } | { ok: false; error: string };

function parseLine(line: string): Parsed {
  if (line.length > MAX_LINE_CHARS) return { ok: false, error: `line longer than ${MAX_LINE_CHARS} characters` };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, error: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: 'expected a JSON object' };
  const record = value as Record<string, unknown>;
  if (typeof record.id !== 'string') return { ok: false, error: '"id" must be a string' };
  if (typeof record.text !== 'string') return { ok: false, error: '"text" must be a string' };
  const context = record.context;
  if (context !== undefined && (!Array.isArray(context) || !context.every((t) => typeof t === 'string'))) {
    return { ok: false, error: '"context" must be an array of strings' };
  }
  return { ok: true, id: record.id, text: record.text, context: (context as string[] | undefined) ?? [] };
}

/** Assess one input line; the JSON text of the output line (without newline). */
export function assessLine(line: string): string {
  const parsed = parseLine(line);
  if (!parsed.ok) return JSON.stringify({ id: null, error: parsed.error });
  const { level, categories, evidence } = assessRisk(parsed.text, parsed.context);
  return JSON.stringify({ id: parsed.id, level, categories, evidence });
}

async function write(io: CommandIo, text: string): Promise<void> {
  if (!io.stdout.write(text)) await once(io.stdout, 'drain');
}

export const assessCommand: Command = {
  path: ['assess'],
  summary: 'Run the crisis risk detector over JSON lines on stdin',
  usage: [
    'Usage: kinbridge assess < messages.jsonl',
    '',
    'Reads one JSON object per line: {"id": "...", "text": "...", "context": ["earlier turn", ...]}',
    'and writes one line per input, in the same order:',
    '  {"id": "...", "level": "none|low|moderate|high|imminent", "categories": [...], "evidence": [...]}',
    'A malformed line gives {"id": null, "error": "..."} and the next line is read as usual.',
    'Blank lines are skipped. Exit code 0 unless stdin cannot be read.',
  ].join('\n'),
  options: {},
  async run(_args, io) {
    const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
    try {
      for await (const raw of lines) {
        const line = raw.trim();
        if (line.length === 0) continue;
        await write(io, `${assessLine(line)}\n`);
      }
    } catch (error) {
      io.stderr.write(`kinbridge assess: cannot read stdin: ${(error as Error).message}\n`);
      return 1;
    } finally {
      lines.close();
    }
    return 0;
  },
};
