// A tiny RGB canvas with anti-aliased text in the bitmap font: each stroke is drawn by
// distance (a pixel's ink is how close it lies to the nearest stroke), which gives smooth
// edges at any scale without a font engine.
import { ADVANCE, BASELINE_ROW, glyphSegments, toFontText } from './bitmap-font';
import type { Segment } from './bitmap-font';

export type Rgb = readonly [number, number, number];

export interface TextStyle {
  /** Pixels per font dot; a capital letter is 7 dots tall. */
  scale: number;
  color: Rgb;
  /** Stroke radius in dots (0.42 regular, 0.55 bold). */
  weight?: number;
}

function distanceToSegment(px: number, py: number, [x1, y1, x2, y2]: Segment): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / lengthSq));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
}

interface GlyphMask {
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Float32Array;
}

const masks = new Map<string, GlyphMask>();

/** Ink coverage of one glyph at one size, computed once and reused for every occurrence. */
function glyphMask(ch: string, scale: number, weight: number): GlyphMask {
  const key = `${ch}|${scale}|${weight}`;
  const cached = masks.get(key);
  if (cached) return cached;
  const segments = glyphSegments(ch);
  const radius = weight * scale;
  // Dot centres sit at (col + 0.5, row + 0.5) in dot units.
  const scaled = segments.map(([x1, y1, x2, y2]): Segment => [(x1 + 0.5) * scale, (y1 + 0.5) * scale, (x2 + 0.5) * scale, (y2 + 0.5) * scale]);
  const pad = Math.ceil(radius + 1);
  const xs = scaled.flatMap((g) => [g[0], g[2]]);
  const ys = scaled.flatMap((g) => [g[1], g[3]]);
  const left = segments.length ? Math.floor(Math.min(...xs)) - pad : 0;
  const top = segments.length ? Math.floor(Math.min(...ys)) - pad : 0;
  const width = segments.length ? Math.ceil(Math.max(...xs)) + pad - left + 1 : 0;
  const height = segments.length ? Math.ceil(Math.max(...ys)) + pad - top + 1 : 0;
  const alpha = new Float32Array(width * height);
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      let d = Infinity;
      for (const seg of scaled) d = Math.min(d, distanceToSegment(left + px + 0.5, top + py + 0.5, seg));
      alpha[py * width + px] = Math.max(0, Math.min(1, radius + 0.5 - d));
    }
  }
  const mask = { left, top, width, height, alpha };
  if (masks.size > 2000) masks.clear();
  masks.set(key, mask);
  return mask;
}

export class Raster {
  readonly pixels: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb,
  ) {
    this.pixels = new Uint8Array(width * height * 3);
    this.fillRect(0, 0, width, height, background);
  }

  fillRect(x: number, y: number, w: number, h: number, color: Rgb): void {
    const x0 = Math.max(0, Math.round(x));
    const y0 = Math.max(0, Math.round(y));
    const x1 = Math.min(this.width, Math.round(x + w));
    const y1 = Math.min(this.height, Math.round(y + h));
    for (let yy = y0; yy < y1; yy++) {
      for (let xx = x0; xx < x1; xx++) this.pixels.set(color, (yy * this.width + xx) * 3);
    }
  }

  private blend(x: number, y: number, color: Rgb, alpha: number): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height || alpha <= 0) return;
    const i = (y * this.width + x) * 3;
    const a = Math.min(1, alpha);
    for (let c = 0; c < 3; c++) this.pixels[i + c] = Math.round(this.pixels[i + c]! * (1 - a) + color[c]! * a);
  }

  /** Draws one glyph with its top-left dot at (x, y). */
  private glyph(ch: string, x: number, y: number, style: TextStyle): void {
    const mask = glyphMask(ch, style.scale, style.weight ?? 0.42);
    const ox = Math.round(x) + mask.left;
    const oy = Math.round(y) + mask.top;
    for (let my = 0; my < mask.height; my++) {
      for (let mx = 0; mx < mask.width; mx++) this.blend(ox + mx, oy + my, style.color, mask.alpha[my * mask.width + mx]!);
    }
  }

  /** Width in pixels of `text` (already converted with toFontText). */
  static measure(text: string, scale: number): number {
    return text.length === 0 ? 0 : (text.length * ADVANCE - 1) * scale;
  }

  /** Draws one line; `y` is the top of the capital letters. Returns the line's width. */
  text(text: string, x: number, y: number, style: TextStyle): number {
    const clean = toFontText(text);
    [...clean].forEach((ch, i) => this.glyph(ch, x + i * ADVANCE * style.scale, y, style));
    return Raster.measure(clean, style.scale);
  }
}

/** Line height in pixels for a scale: 7 dots of capitals, 2 of descenders, 3 of air. */
export function lineHeight(scale: number): number {
  return (BASELINE_ROW + 1 + 2 + 3) * scale;
}

/**
 * Word-wraps text to `maxWidth` pixels, at most `maxLines` lines; the last line ends in "..."
 * when text was cut. Over-long words are broken.
 */
export function wrapText(text: string, scale: number, maxWidth: number, maxLines: number): string[] {
  const perLine = Math.max(1, Math.floor((maxWidth / scale + 1) / ADVANCE));
  const words = toFontText(text).split(' ').filter(Boolean);
  const lines: string[] = [];
  let current = '';
  const push = () => {
    lines.push(current);
    current = '';
  };
  for (let word of words) {
    while (word.length > perLine) {
      if (current) push();
      lines.push(word.slice(0, perLine));
      word = word.slice(perLine);
    }
    if (!current) current = word;
    else if (current.length + 1 + word.length <= perLine) current += ` ${word}`;
    else {
      push();
      current = word;
    }
  }
  if (current) push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, perLine - 3)).trimEnd()}...`;
  return kept;
}
