import { describe, expect, it } from 'vitest';
import type { EpochMs, IsoDateTime } from '@kinbridge/core';
import { isAvoided, preferredName, recallHelped, whenPhrase } from './recall';
import type { MemoryItem } from './types';

// Thursday 5 March 2026, 20:00 UTC.
const now = Date.UTC(2026, 2, 5, 20, 0) as EpochMs;
const item = (kind: MemoryItem['kind'], text: string, at: string, id = text): MemoryItem => ({ id, kind, text, at: at as IsoDateTime, source: 'chat' });

describe('recall', () => {
  it('says when, in words relative to today', () => {
    expect(whenPhrase('2026-03-05T08:00:00.000Z', now)).toBe('Earlier today');
    expect(whenPhrase('2026-03-04T08:00:00.000Z', now)).toBe('Yesterday');
    expect(whenPhrase('2026-03-03T08:00:00.000Z', now)).toBe('Last Tuesday');
    expect(whenPhrase('2026-01-20T08:00:00.000Z', now)).toBe('On 20 January');
    expect(whenPhrase('2025-12-20T08:00:00.000Z', now)).toBe('On 20 December 2025');
  });

  it('uses the person\'s own day, not UTC', () => {
    // 01:00 UTC Thursday is still Wednesday evening in New York (UTC-5).
    expect(whenPhrase('2026-03-05T01:00:00.000Z', now, -300)).toBe('Yesterday');
  });

  it('brings back the most recent day things helped', () => {
    const memory = [
      item('helped', 'a hot bath', '2026-02-20T21:00:00.000Z'),
      item('helped', 'calling Sam', '2026-03-03T21:00:00.000Z'),
      item('helped', 'box breathing', '2026-03-03T21:05:00.000Z'),
    ];
    expect(recallHelped(memory, now)?.sentence).toBe('Last Tuesday, calling Sam and box breathing helped');
  });

  it('skips what the person asked not to be suggested', () => {
    const memory = [item('helped', 'cold water on my face', '2026-03-04T21:00:00.000Z'), item('avoid', 'cold water', '2026-03-05T10:00:00.000Z')];
    expect(recallHelped(memory, now)).toBeNull();
    expect(isAvoided('Temperature: put your face in cold water', memory)).toBe(true);
    expect(isAvoided('Box breathing', memory)).toBe(false);
  });

  it('knows the name the person asked to be called', () => {
    expect(preferredName([item('preference', 'call me Jo', '2026-03-01T00:00:00.000Z')])).toBe('Jo');
  });
});
