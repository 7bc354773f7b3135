// Natural variation without randomness in tests. Replies pick among several phrasings with a
// small seeded generator (mulberry32, a 32-bit PRNG by Tommy Ettinger) whose state lives in
// the conversation state, so a restored conversation continues the same sequence and a test
// with a fixed seed gets the same words every run. A phrasing used last time for the same
// slot is skipped so the companion does not repeat itself turn after turn.

export interface VariationState {
  seed: number;
  /** Index used last time, per slot name. */
  last: Record<string, number>;
}

export function newVariationState(seed: number): VariationState {
  return { seed: seed >>> 0, last: {} };
}

export class Composer {
  constructor(private readonly state: VariationState) {}

  /** Next number in [0, 1). */
  next(): number {
    let t = (this.state.seed = (this.state.seed + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** One of `options`, avoiding the one this slot used last time. */
  pick<T>(slot: string, options: readonly T[]): T {
    if (options.length === 0) throw new Error(`no options for ${slot}`);
    if (options.length === 1) return options[0] as T;
    const last = this.state.last[slot];
    let index = Math.floor(this.next() * options.length);
    if (index === last) index = (index + 1 + Math.floor(this.next() * (options.length - 1))) % options.length;
    this.state.last[slot] = index;
    return options[index] as T;
  }

  /** Fills `{name}` placeholders; a missing value leaves the placeholder out cleanly. */
  fill(template: string, values: Record<string, string | undefined>): string {
    return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '').replace(/\s{2,}/g, ' ').trim();
  }

  pickFill(slot: string, options: readonly string[], values: Record<string, string | undefined> = {}): string {
    return this.fill(this.pick(slot, options), values);
  }
}

/** Joins reply parts into paragraphs, dropping empty ones. */
export function paragraphs(...parts: Array<string | undefined | false>): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim().length > 0).join('\n\n');
}

/** "a", "a and b", "a, b and c". */
export function listJoin(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
