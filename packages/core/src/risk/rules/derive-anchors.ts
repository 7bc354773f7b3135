// Anchors derived from a rule's own pattern. The anchor index (index.ts) runs a rule only when
// some token of the message starts with one of its anchors, so the anchors must be words every
// match contains. Writing them by hand beside each pattern cost the browser bundle several KB
// and could drift from the pattern; here they are read off the pattern once, at load:
// somewhere every match must start a token with one of a known set of literal prefixes
// ("hope|hoping|wish …" → hope, hoping, wish). The most selective such place is chosen.
// When no place qualifies (every part optional or open-ended), the result is undefined and
// the rule runs on every message: slower, never wrong.

type Node =
  | { k: 'c'; ch: string } // literal character
  | { k: 'w' } // anything else that consumes input (class, escape, dot)
  | { k: 'z' } // zero-width (lookaround, anchor)
  | { k: 'g'; alts: Node[][]; min: number }; // group or repeated atom

/** Parses the subset of regex syntax rule sources use. */
function parse(src: string): Node[][] {
  let i = 0;
  const alternatives = (): Node[][] => {
    const alts: Node[][] = [[]];
    while (i < src.length) {
      const c = src[i] ?? '';
      if (c === ')') break;
      if (c === '|') {
        i++;
        alts.push([]);
        continue;
      }
      const atom = parseAtom();
      const min = quantifier();
      const current = alts[alts.length - 1] as Node[];
      if (min === 1) current.push(atom);
      else current.push({ k: 'g', alts: [[atom]], min });
    }
    return alts;
  };
  const parseAtom = (): Node => {
    const c = src[i] ?? '';
    if (c === '(') {
      i++;
      let zero = false;
      if (src[i] === '?') {
        // (?: (?= (?! (?<= (?<!
        zero = src[i + 1] !== ':';
        i += src[i + 1] === '<' ? 3 : 2;
      }
      const alts = alternatives();
      i++; // ')'
      return zero ? { k: 'z' } : { k: 'g', alts, min: 1 };
    }
    if (c === '[') {
      i++;
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      i++;
      return { k: 'w' };
    }
    if (c === '\\') {
      const next = src[i + 1] ?? '';
      i += 2;
      return /[a-zA-Z]/.test(next) ? (next === 'b' || next === 'B' ? { k: 'z' } : { k: 'w' }) : { k: 'c', ch: next };
    }
    i++;
    if (c === '.') return { k: 'w' };
    if (c === '^' || c === '$') return { k: 'z' };
    return { k: 'c', ch: c };
  };
  /** Minimum repetitions of the atom just read (1 when there is no quantifier). */
  const quantifier = (): number => {
    const c = src[i] ?? '';
    let min = 1;
    if (c === '?' || c === '*') {
      min = 0;
      i++;
    } else if (c === '+') {
      i++;
    } else if (c === '{') {
      const close = src.indexOf('}', i);
      min = Number.parseInt(src.slice(i + 1, close), 10) || 0;
      i = close + 1;
    } else {
      return 1;
    }
    if (src[i] === '?') i++; // lazy
    return min;
  };
  return alternatives();
}

/**
 * The literal text a token starting at `seq[at]` must begin with ("kill" in "kill(ing)? my…"),
 * or undefined when it starts with anything else (a group is handled by candidates()).
 */
function literalRun(seq: readonly Node[], at: number): Set<string> | undefined {
  let run = '';
  for (let j = at; j < seq.length; j++) {
    const node = seq[j] as Node;
    if (node.k === 'z') continue;
    if (node.k !== 'c' || node.ch === ' ') break;
    run += node.ch;
  }
  return run ? new Set([run]) : undefined;
}

/** Whether every way through ends having consumed a space (so the next position starts a token). */
function endsWithSpace(alts: readonly Node[][]): boolean {
  return alts.every((seq) => {
    for (let j = seq.length - 1; j >= 0; j--) {
      const node = seq[j] as Node;
      if (node.k === 'z') continue;
      if (node.k === 'c') return node.ch === ' ';
      if (node.k === 'g') return node.min > 0 && endsWithSpace(node.alts);
      return false;
    }
    return false;
  });
}

// Words so common that anchoring on them would run the rule on most messages; a place in the
// pattern with rarer words is preferred. (Frequent words of chat, from general knowledge.)
const COMMON = new Set(
  "i i'm i've i'd i'll my me a the to and it is you of in so just be that not do am".split(' '),
);

/** Lower is better: one common word costs more than any set of rarer ones. */
function cost(set: ReadonlySet<string>): number {
  let c = set.size;
  for (const p of set) c += COMMON.has(p) ? 1000 : p.length < 3 ? 50 : 0;
  return c;
}

/** Candidate anchor sets at every token start of a sequence that every match passes through. */
function candidates(seq: readonly Node[], startsToken: boolean, out: Set<string>[]): void {
  let atStart = startsToken;
  for (let j = 0; j < seq.length; j++) {
    const node = seq[j] as Node;
    if (node.k === 'z') continue;
    if (atStart) {
      const set = literalRun(seq, j);
      if (set) out.push(set);
    }
    // A required group: every alternative passes through its own best place, so the union of
    // those places is a place too ("(i've decided|made up my mind)" → decided, made…).
    if (node.k === 'g' && node.min > 0) {
      const union = new Set<string>();
      for (const alt of node.alts) {
        const inner: Set<string>[] = [];
        candidates(alt, atStart, inner);
        const chosen = cheapest(inner);
        if (!chosen) {
          union.clear();
          break;
        }
        for (const p of chosen) union.add(p);
      }
      if (union.size > 0) out.push(union);
    }
    if (node.k === 'c') atStart = node.ch === ' ';
    else if (node.k === 'g') atStart = endsWithSpace(node.alts) && (node.min > 0 || atStart);
    else atStart = false;
  }
}

function cheapest(found: readonly Set<string>[]): Set<string> | undefined {
  let chosen: Set<string> | undefined;
  for (const set of found) if (!chosen || cost(set) < cost(chosen)) chosen = set;
  return chosen;
}

function best(alts: readonly Node[][]): Set<string> | undefined {
  const union = new Set<string>();
  for (const seq of alts) {
    const found: Set<string>[] = [];
    candidates(seq, true, found);
    const chosen = cheapest(found);
    if (!chosen) return undefined;
    for (const p of chosen) union.add(p);
  }
  return union;
}

/** Word prefixes every match of a rule source starts a token with, or undefined if none are sure. */
export function deriveAnchors(src: string): string[] | undefined {
  const set = best(parse(src));
  return set && set.size > 0 ? [...set] : undefined;
}
