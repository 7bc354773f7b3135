import { describe, expect, it } from 'vitest';
import { toPdfText } from './pdf-text';

describe('toPdfText', () => {
  it('keeps Latin-1 and typographic characters Helvetica can draw', () => {
    expect(toPdfText('Zoë – “café” … €5')).toBe('Zoë – “café” … €5');
  });

  it('drops emoji, strips accents it cannot draw, and marks other scripts', () => {
    expect(toPdfText('ok 😢👍🏽 ŝ')).toBe('ok s');
    expect(toPdfText('日本')).toBe('??');
  });

  it('puts everything on one line', () => {
    expect(toPdfText('a\nb\t c')).toBe('a b c');
  });
});
