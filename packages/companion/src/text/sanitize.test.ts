import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_CHARS, cleanInput, stripMarkup } from './sanitize';

describe('input cleaning', () => {
  it('treats missing or non-string input as empty or as text, never throwing', () => {
    expect(cleanInput(undefined).empty).toBe(true);
    expect(cleanInput(null).empty).toBe(true);
    expect(cleanInput(42).text).toBe('42');
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(cleanInput(circular).binary).toBe(true);
  });

  it('caps long text and says so', () => {
    const result = cleanInput('word '.repeat(5000));
    expect(result.truncated).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
    expect(result.scanned.length).toBeGreaterThan(MAX_MESSAGE_CHARS);
  });

  it('recognises binary noise', () => {
    const noise = Array.from({ length: 200 }, (_, i) => String.fromCharCode(i % 32)).join('');
    expect(cleanInput(noise).binary).toBe(true);
    expect(cleanInput('a perfectly normal sentence').binary).toBe(false);
  });

  it('removes markup from words that will be echoed', () => {
    expect(stripMarkup('<script>alert(1)</script> I feel <b>awful</b>')).toBe('alert(1) I feel awful');
  });
});
