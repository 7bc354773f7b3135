import { describe, expect, it } from 'vitest';
import type { EpochMs } from '@kinbridge/core';
import { extractMemories, helpedFromAnswer } from './extract';

const now = Date.UTC(2026, 2, 3, 21, 0) as EpochMs;
const kinds = (text: string) => extractMemories(text, now).map((m) => `${m.kind}:${m.text}`);

describe('what the companion remembers', () => {
  it('remembers what helped, one thing at a time, in the person\'s words', () => {
    expect(kinds('calling Sam and box breathing helped')).toEqual(['helped:calling Sam', 'helped:box breathing']);
    expect(kinds('honestly what helped most was the walk by the river')).toEqual(['helped:the walk by the river']);
  });

  it('remembers what did not help, and not as helpful', () => {
    expect(kinds('the breathing app did not help at all')).toEqual(['not_helpful:the breathing app']);
  });

  it('remembers what not to suggest and how to address the person', () => {
    expect(kinds("don't suggest cold water")).toEqual(['avoid:cold water']);
    expect(kinds('please call me Jo')).toEqual(['preference:call me Jo']);
  });

  it('remembers triggers and warning signs', () => {
    expect(kinds('my biggest trigger is arguments with my dad')).toEqual(['trigger:arguments with my dad']);
    expect(kinds("I know it's getting bad when I stop answering texts")).toEqual(['warning_sign:I stop answering texts']);
  });

  it('never stores method or means words, or markup', () => {
    expect(extractMemories('holding the pills helped', now)).toEqual([]);
    expect(kinds('<b>music</b> helped')).toEqual(['helped:music']);
  });

  it('takes every thing listed in an answer to "what helped?"', () => {
    expect(helpedFromAnswer('music, a hot shower and texting Ana', now).map((m) => m.text)).toEqual(['music', 'a hot shower', 'texting Ana']);
    expect(helpedFromAnswer("I don't know", now)).toEqual([]);
  });
});
