// The anchor index must never hide a rule: for every message we have, running only the
// anchored rules gives exactly the matches that running every rule gives. Anchors are derived
// from the patterns (rules/derive-anchors.ts); a derivation that missed a way a pattern can
// match fails here, naming the text and the rule.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { CORPUS } from './corpus';
import { RULES } from './rules';
import { deriveAnchors } from './rules/derive-anchors';

const here = path.dirname(fileURLToPath(import.meta.url));

const EXTRA = [
  'i want to die tonight and nobody can stop me',
  'my mum will kill me if i tell her i cut myself again',
  'asking for a friend: how many tylenol is a lethal dose?',
  'ich bringe mich heute nacht um',
];

/** Every text of our own: the unit corpus, the dev set and the model's training texts. */
function ownTexts(): string[] {
  const texts = [...CORPUS.flatMap((c) => [...(c.context ?? []), c.text]), ...EXTRA];
  const files = [path.join(here, 'corpus/dev/dev-set.jsonl')];
  const dataDir = path.join(here, 'model/data');
  for (const f of readdirSync(dataDir)) if (f.endsWith('.jsonl')) files.push(path.join(dataDir, f));
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { text?: unknown };
      if (typeof row.text === 'string') texts.push(...row.text.split(' || '));
    }
  }
  return texts;
}

function signature(text: string, all: boolean): string[] {
  return analyse(text, all).hits.map((h) => `${h.rule.id}@${h.a}-${h.b}:${h.level}`);
}

describe('anchor index', () => {
  it('selects every rule that can match, for every text we have', () => {
    const missing: string[] = [];
    for (const text of ownTexts()) {
      const anchored = signature(text, false);
      const full = signature(text, true);
      if (JSON.stringify(anchored) !== JSON.stringify(full)) missing.push(`${text} → ${full.filter((s) => !anchored.includes(s)).join(', ')}`);
    }
    expect(missing).toEqual([]);
  });

  it('names every rule uniquely (evidence must say which rule fired)', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('gives every rule anchors, so none runs on every message', () => {
    expect(RULES.filter((rule) => rule.anchors.length === 0).map((rule) => rule.id)).toEqual([]);
  });

  it('derives anchors from the place every match must pass through', () => {
    // The rarest required word wins over a longer list of alternatives.
    expect(deriveAnchors("(hope|hoping|wish) (that )?i (don't|won't) wake( up)?")).toEqual(['wake']);
    expect(deriveAnchors('i (am|feel) (so )?(hopeless|worthless)')?.sort()).toEqual(['hopeless', 'worthless']);
    // A required group whose alternatives each name a rarer word later on.
    expect(deriveAnchors("(i've decided|made up my mind) to go")?.sort()).toEqual(['decided', 'made']);
    // Optional and open-ended parts are never anchors.
    expect(deriveAnchors('(really )?([^ ]+ ){0,3}gone')).toEqual(['gone']);
    expect(deriveAnchors('([^ ]+ )*')).toBeUndefined();
  });
});
