import { describe, expect, it } from 'vitest';
import { glyphSegments, toFontText } from './bitmap-font';
import { Raster, wrapText } from './raster';

describe('bitmap font', () => {
  it('draws what it can and says so for what it cannot', () => {
    expect(toFontText('Zoë “quoted” – café…')).toBe('Zoe "quoted" - cafe...');
    expect(toFontText('hi 😢👍🏽 there')).toBe('hi there');
    expect(toFontText('नमस्ते')).toMatch(/^\?+$/);
    expect(toFontText('<b>x</b>\n\ty')).toBe('<b>x</b> y');
  });

  it('joins dots into strokes and keeps lone dots as round dots', () => {
    expect(glyphSegments('.')).toEqual([[2, 6, 2, 6]]);
    expect(glyphSegments('-')).toEqual([[0, 3, 1, 3], [1, 3, 2, 3], [2, 3, 3, 3], [3, 3, 4, 3]]);
    expect(glyphSegments(' ')).toEqual([]);
  });
});

describe('wrapText', () => {
  it('wraps on words within the width and marks cut text', () => {
    // scale 1: 6 px per character, so 60 px holds 10 characters.
    expect(wrapText('one two three four', 1, 59, 3)).toEqual(['one two', 'three four']);
    expect(wrapText('one two three four five six', 1, 59, 2)).toEqual(['one two', 'three f...']);
    expect(wrapText('abcdefghijklmnop', 1, 59, 3)).toEqual(['abcdefghij', 'klmnop']);
  });
});

describe('Raster', () => {
  it('puts ink where the text is and nowhere else', () => {
    const r = new Raster(40, 20, [0, 0, 0]);
    r.text('I', 2, 2, { scale: 2, color: [255, 255, 255] });
    const at = (x: number, y: number) => r.pixels[(y * 40 + x) * 3]!;
    // The I's stem is the middle column (dot 2): x = 2 + 2.5 * 2 = 7.
    expect(at(7, 8)).toBeGreaterThan(200);
    expect(at(30, 10)).toBe(0);
    expect(at(7, 19)).toBe(0);
  });
});
