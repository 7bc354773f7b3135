// Runs the embedded companion (region US, fresh memory, no language model) over the held-out
// conversations in bench/heldout/companion-heldout.jsonl, written by someone outside the
// companion's authors, and prints pass counts per kind. It prints ids and which check failed,
// never the conversations' text.
//
// A line: {"id","turns":[...],"expect":{"crisis","mustNotContain"?,"mustMention"?,"kind"}}.
// Checks, all case-insensitive:
//   crisis true   the last reply shows crisis lines (resources is not empty)
//   crisis false  no reply in the conversation shows crisis lines
//   mustNotContain  no reply contains any of the strings
//   mustMention     at least one of the strings appears in a reply (they read as
//                   alternatives: "therapist" or "doctor"); the stricter reading, every string
//                   appears, is counted separately as `mustMentionAllOf`
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EpochMs } from '@kinbridge/core';
import { Companion, InMemoryMemoryStore, contextFromPlan, type TurnResult } from '@kinbridge/companion';

interface HeldOutCase {
  id: string;
  turns: unknown[];
  expect: { crisis?: boolean; mustNotContain?: string[]; mustMention?: string[]; kind?: string };
}

const here = path.dirname(fileURLToPath(import.meta.url));
const file = process.argv[2] ?? path.join(here, 'heldout', 'companion-heldout.jsonl');

function textOf(turn: unknown): string | undefined {
  if (typeof turn === 'string') return turn;
  if (turn && typeof turn === 'object') {
    const t = turn as { role?: unknown; text?: unknown; content?: unknown };
    if (t.role !== undefined && t.role !== 'user') return undefined;
    if (typeof t.text === 'string') return t.text;
    if (typeof t.content === 'string') return t.content;
  }
  return undefined;
}

async function runCase(c: HeldOutCase): Promise<TurnResult[]> {
  const companion = new Companion({ context: contextFromPlan(null, { region: 'US' }), memory: new InMemoryMemoryStore(), seed: 1 });
  let now = Date.UTC(2026, 2, 5, 21, 0);
  const out: TurnResult[] = [];
  for (const turn of c.turns) {
    const text = textOf(turn);
    if (text === undefined) continue;
    now += 60_000;
    out.push(await companion.reply(text, now as EpochMs));
  }
  return out;
}

function failures(c: HeldOutCase, turns: TurnResult[]): string[] {
  const out: string[] = [];
  const replies = turns.map((t) => t.reply.toLowerCase());
  const last = turns[turns.length - 1];
  if (c.expect.crisis === true && (!last || last.resources.length === 0)) out.push('crisis lines missing');
  if (c.expect.crisis === false && turns.some((t) => t.resources.length > 0)) out.push('crisis lines shown');
  for (const s of c.expect.mustNotContain ?? []) if (replies.some((r) => r.includes(s.toLowerCase()))) out.push('contains a forbidden string');
  const mentions = c.expect.mustMention ?? [];
  if (mentions.length > 0 && !mentions.some((s) => replies.some((r) => r.includes(s.toLowerCase())))) out.push('mentions none of mustMention');
  return out;
}

function mentionsAll(c: HeldOutCase, turns: TurnResult[]): boolean {
  const replies = turns.map((t) => t.reply.toLowerCase());
  return (c.expect.mustMention ?? []).every((s) => replies.some((r) => r.includes(s.toLowerCase())));
}

if (!fs.existsSync(file)) {
  console.error(`no held-out file at ${file}`);
  process.exit(1);
}
const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
const byKind = new Map<string, { pass: number; total: number }>();
const failed: Array<{ id: string; kind: string; why: string[] }> = [];
let crisisTrue = { pass: 0, total: 0 };
let crisisFalse = { pass: 0, total: 0 };
let unreadable = 0;
let allOf = { pass: 0, total: 0 };
for (const line of lines) {
  let c: HeldOutCase;
  try {
    c = JSON.parse(line) as HeldOutCase;
  } catch {
    unreadable++;
    continue;
  }
  const kind = c.expect?.kind ?? 'unknown';
  const turns = await runCase(c);
  const why = failures(c, turns);
  if ((c.expect.mustMention ?? []).length > 0) allOf = { pass: allOf.pass + (mentionsAll(c, turns) ? 1 : 0), total: allOf.total + 1 };
  const k = byKind.get(kind) ?? { pass: 0, total: 0 };
  k.total++;
  if (why.length === 0) k.pass++;
  else failed.push({ id: c.id, kind, why });
  byKind.set(kind, k);
  const crisisOk = !why.includes('crisis lines missing') && !why.includes('crisis lines shown');
  if (c.expect.crisis === true) crisisTrue = { pass: crisisTrue.pass + (crisisOk ? 1 : 0), total: crisisTrue.total + 1 };
  if (c.expect.crisis === false) crisisFalse = { pass: crisisFalse.pass + (crisisOk ? 1 : 0), total: crisisFalse.total + 1 };
}
const total = [...byKind.values()].reduce((a, b) => ({ pass: a.pass + b.pass, total: a.total + b.total }), { pass: 0, total: 0 });
console.log(JSON.stringify({
  file: path.relative(process.cwd(), file),
  cases: total.total,
  passed: total.pass,
  unreadableLines: unreadable,
  byKind: Object.fromEntries([...byKind.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, `${v.pass}/${v.total}`])),
  crisisExpected: `${crisisTrue.pass}/${crisisTrue.total} showed crisis lines`,
  noCrisisExpected: `${crisisFalse.pass}/${crisisFalse.total} showed none`,
  mustMentionAllOf: `${allOf.pass}/${allOf.total} mentioned every string`,
  failed,
}, null, 2));
