// The compiled rule set and its anchor index. Every rule is compiled once at module load.
// Per message, only rules whose anchor (a word prefix) appears among the message's tokens are
// run, so a message with no risk vocabulary costs a handful of map lookups and no regex work.
// Ids written from a dot ('.feel-hopeless') or a colon (':act.self-harm') are completed by rule()
// in macros.ts with the category (and family): search for the end of an id to find its rule.
import { GERMAN_RULES } from './german';
import { compile } from './macros';
// The import order below only sets where each file lands in the browser bundle (rule order is
// SPECS below): files with shared vocabulary sit close enough for gzip to share it, which was
// worth about 1.3 KB against the 60 KB budget. Reorder freely; re-measure with the risk bench.
import { SPANISH_RULES } from './spanish';
import { FRENCH_RULES } from './french';
import { FACILITATION_RULES } from './facilitation';
import { SELF_HARM_RULES } from './self-harm';
import { HARM_TO_OTHERS_RULES } from './harm-others';
import { BEING_HARMED_RULES } from './being-harmed';
import { ACUTE_RULES } from './acute';
import { MEDICAL_RULES } from './medical';
import { CLINICAL_TERM_RULES } from './clinical-terms';
import { ACT_RULES } from './acts';
import { SUICIDE_RULES } from './suicide';
import { OBLIQUE_RULES } from './oblique';
import { NARRATIVE_RULES } from './narrative';
import { INDIRECT_RULES } from './indirect';
import { PLAIN_SPEECH_RULES } from './plain-speech';
import { IDIOM_MASKS } from './idioms';
import { DISTRESS_RULES } from './distress';
import { deriveAnchors } from './derive-anchors';
import type { Rule, RuleSpec } from './types';

export type { Family, Rule, RuleSpec } from './types';
export { SELF_RISK_FAMILIES, CUMULATIVE_FAMILIES } from './types';

const SPECS: RuleSpec[] = [
  ...IDIOM_MASKS,
  ...SUICIDE_RULES,
  ...PLAIN_SPEECH_RULES,
  ...CLINICAL_TERM_RULES,
  ...INDIRECT_RULES,
  ...ACT_RULES,
  ...OBLIQUE_RULES,
  ...NARRATIVE_RULES,
  ...ACUTE_RULES,
  ...SELF_HARM_RULES,
  ...HARM_TO_OTHERS_RULES,
  ...BEING_HARMED_RULES,
  ...MEDICAL_RULES,
  ...FACILITATION_RULES,
  ...DISTRESS_RULES,
  ...SPANISH_RULES,
  ...FRENCH_RULES,
  ...GERMAN_RULES,
];

/** All rules, masks first, in a fixed order (evidence order follows it). */
export const RULES: readonly Rule[] = SPECS.map((spec, index) => {
  const { anchors, src, ...rest } = spec;
  const written = (anchors ?? '').split(' ').filter((a) => a.length > 0);
  return { ...rest, index, anchors: written.length > 0 ? written : (deriveAnchors(src) ?? []), re: compile(src) };
});

/** Rules no anchor can select (nothing in the pattern is sure to appear): run on every message. */
const ALWAYS: readonly number[] = RULES.filter((rule) => rule.anchors.length === 0).map((rule) => rule.index);

// Anchor prefixes grouped by first character so a token is only compared with anchors that
// could be its prefix.
const ANCHORS_BY_FIRST = new Map<string, { prefix: string; rules: number[] }[]>();
{
  const byPrefix = new Map<string, number[]>();
  for (const rule of RULES) {
    for (const prefix of rule.anchors) {
      const list = byPrefix.get(prefix) ?? [];
      list.push(rule.index);
      byPrefix.set(prefix, list);
    }
  }
  for (const [prefix, rules] of byPrefix) {
    const first = prefix.charAt(0);
    const list = ANCHORS_BY_FIRST.get(first) ?? [];
    list.push({ prefix, rules });
    ANCHORS_BY_FIRST.set(first, list);
  }
}

// Token → rule indices it triggers, memoised (bounded) because conversations reuse words.
const TRIGGERS = new Map<string, readonly number[]>();
const TRIGGER_LIMIT = 50_000;
const NONE: readonly number[] = [];

function triggersOf(token: string): readonly number[] {
  const c0 = token.charCodeAt(0);
  const numeric = c0 >= 48 && c0 <= 57;
  const hit = numeric ? undefined : TRIGGERS.get(token);
  if (hit) return hit;
  const candidates = ANCHORS_BY_FIRST.get(token.charAt(0));
  let found: number[] | undefined;
  if (candidates) {
    for (const { prefix, rules } of candidates) {
      if (token.startsWith(prefix)) (found ??= []).push(...rules);
    }
  }
  const result = found ?? NONE;
  if (numeric) return result;
  if (TRIGGERS.size >= TRIGGER_LIMIT) TRIGGERS.clear();
  TRIGGERS.set(token, result);
  return result;
}

// Reused scratch space: a stamp per rule marks "selected in this call" without allocation.
const stamps = new Uint32Array(RULES.length);
let stamp = 0;

/** Rules to run for these tokens, in rule order. `all` skips the anchor filter (for tests). */
export function selectRules(tokens: readonly { w: string }[], all = false): Rule[] {
  if (all) return [...RULES];
  stamp = (stamp + 1) >>> 0;
  if (stamp === 0) {
    stamps.fill(0);
    stamp = 1;
  }
  let any = ALWAYS.length > 0;
  for (const index of ALWAYS) stamps[index] = stamp;
  for (const token of tokens) {
    for (const index of triggersOf(token.w)) {
      stamps[index] = stamp;
      any = true;
    }
  }
  if (!any) return [];
  const selected: Rule[] = [];
  for (let i = 0; i < RULES.length; i++) {
    if (stamps[i] === stamp) {
      const rule = RULES[i];
      if (rule) selected.push(rule);
    }
  }
  return selected;
}
