// Word lists are written as one space-separated string: in the gzipped browser bundle that is
// smaller than an array of quoted strings, and the detector's bundle has a hard size budget.

/** A set of words from a space-separated list. */
export function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(' '));
}

/** Rewrite pairs from "from=to|from=to" (a `to` may hold several words). */
export function pairList(list: string): [from: string, to: string][] {
  return list.split('|').map((pair) => pair.split('=') as [string, string]);
}
