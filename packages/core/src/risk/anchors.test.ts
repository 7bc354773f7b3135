// The anchor index must never hide a rule: for every corpus message, running only the
// anchored rules gives exactly the matches that running every rule gives. A rule whose
// anchors miss a way it can match fails here, naming the rule.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { CORPUS } from './corpus';

const EXTRA = [
  'i want to die tonight and nobody can stop me',
  'my mum will kill me if i tell her i cut myself again',
  'asking for a friend: how many tylenol is a lethal dose?',
  'ich bringe mich heute nacht um',
];

function signature(text: string, all: boolean): string[] {
  return analyse(text, all).hits.map((h) => `${h.rule.id}@${h.a}-${h.b}:${h.level}`);
}

describe('anchor index', () => {
  it('selects every rule that can match, for the whole corpus', () => {
    const missing: string[] = [];
    for (const text of [...CORPUS.flatMap((c) => [...(c.context ?? []), c.text]), ...EXTRA]) {
      const anchored = signature(text, false);
      const full = signature(text, true);
      if (JSON.stringify(anchored) !== JSON.stringify(full)) missing.push(`${text} → ${full.filter((s) => !anchored.includes(s)).join(', ')}`);
    }
    expect(missing).toEqual([]);
  });
});
