// Rules match the normalised text, where texting forms have already been rewritten ("gonna" is
// "going to", "u" is "you", "cannot" is "can't"). A pattern that spells out a form the
// normaliser always rewrites can never match it: it only costs bundle bytes and misleads the
// reader into thinking that spelling is covered. Write the canonical form instead.
import { describe, expect, it } from 'vitest';
import { BIGRAMS, SLANG } from '../normalise/slang';
import { RULES } from '.';
import { DANGER_NOW, FRAMING, RECOVERY, RETRACTION, REVEAL } from '../context/markers';

const produced = new Set([...SLANG.values(), ...BIGRAMS.values()].flat());
const rewritten = new Set([...SLANG.keys()].filter((word) => !produced.has(word)));

/** Words of a compiled pattern that the normaliser never lets through. */
function deadWords(source: string): string[] {
  // Drop escapes (\S, \d) and character classes, then read what is left as words.
  const plain = source.replace(/\\./g, ' ').replace(/\[[^\]]*\]/g, ' ');
  return [...new Set(plain.split(/[^a-z0-9']+/).filter((word) => rewritten.has(word)))];
}

describe('rule patterns use the normalised spelling', () => {
  it('no rule spells a word the normaliser always rewrites', () => {
    const offenders = RULES.map((rule) => [rule.id, deadWords(rule.re.source)] as const).filter(([, words]) => words.length > 0);
    expect(offenders).toEqual([]);
  });

  it('neither do the context markers', () => {
    const markers = { DANGER_NOW, FRAMING, RECOVERY, RETRACTION, REVEAL };
    const offenders = Object.entries(markers).map(([name, re]) => [name, deadWords(re.source)] as const).filter(([, words]) => words.length > 0);
    expect(offenders).toEqual([]);
  });

  it('finds a rewritten word when one is there', () => {
    expect(deadWords(' (?:i\'m gonna|going to) do it')).toEqual(['gonna']);
    expect(deadWords(' (?:\\S+ )?want to')).toEqual([]);
  });
});
