// What a rule is. Rules are regular expressions over the canonical token string (see
// normalise/tokenise.ts), each tied to one rung of the clinical ladder (its `family`) and a
// base level. Context (negation, who the subject is, past tense, study framing) can lower a
// match later; combinations (ideation + a time, distress + a means question) can raise it.
import type { RiskCategory, RiskLevel } from '../types';

export type Family =
  | 'mask' // idioms and everyday phrases that hide a risk word ("killing it", "dying to see")
  | 'distress' // distress without risk → low
  | 'mention' // a risk word with no statement around it → low
  | 'third-party' // risk about someone else → low
  | 'wish' // passive wish to be dead
  | 'hopeless'
  | 'burden'
  | 'thoughts' // active thoughts of killing oneself
  | 'method' // a method named or sought
  | 'intent'
  | 'vague-plan' // "I'm doing it tonight": risky only after ideation
  | 'prep' // preparatory behaviour: stockpiling, notes, giving things away
  | 'farewell'
  | 'attempt' // an attempt (past unless dated recently)
  | 'act' // an act under way or just done
  | 'means' // means at hand, or standing at a height
  | 'lethality' // a question about how lethal something is
  | 'means-query' // a neutral-looking question about means (bridges, trains, rope)
  | 'sh-thoughts'
  | 'sh-urge'
  | 'sh-act'
  | 'violence' // toward others
  | 'abuse' // toward the person
  | 'medical';

export interface RuleSpec {
  id: string;
  level: RiskLevel;
  family: Family;
  category?: RiskCategory;
  /** A second category reported for the same span (an overdose is suicide and medical). */
  also?: RiskCategory;
  /**
   * Space-separated word prefixes; the rule only runs when a token starts with one. Empty:
   * derived from `src` (see derive-anchors.ts), which is what nearly every rule does.
   */
  anchors?: string;
  /** Regex source over canonical tokens; see macros.ts for the building blocks. */
  src: string;
  /** The pattern names its own subject (myself, my life): skip the subject check. */
  self?: boolean;
  /** Negation before the match lowers it (default true). */
  negatable?: boolean;
  /** Past tense without recent dating lowers it (default: statements and acts). */
  pastable?: boolean;
  /** Only counts inside a question (or a request such as "list", "tell me"). */
  question?: boolean;
  /** Rule id prefixes whose overlapping matches this rule replaces. */
  overrides?: readonly string[];
  /** For masks: rule id prefixes the mask hides (default: every rule). */
  blocks?: readonly string[];
  /**
   * Everyday phrases that are warning signs only in a hard moment ("I'm done", "I can't do
   * this anymore"): the level holds when other distress or risk is in this message or in
   * recent turns, and no everyday object ("this printer", "the homework") sits in the same
   * sentence; otherwise the match counts as distress (`low`). `death`: the match counts only
   * when the message speaks of a death ("I want to join her" after "she died").
   */
  gate?: 'distress' | 'death';
}

export interface Rule extends Omit<RuleSpec, 'anchors' | 'src'> {
  index: number;
  anchors: readonly string[];
  re: RegExp;
}

/** Families that describe the person's own suicide or self-harm risk. */
export const SELF_RISK_FAMILIES: ReadonlySet<Family> = new Set<Family>([
  'wish', 'hopeless', 'burden', 'thoughts', 'method', 'intent', 'prep', 'farewell', 'attempt', 'act',
  'sh-thoughts', 'sh-urge', 'sh-act',
]);

/** Families counted for cumulative risk across turns, each with its own bit. */
export const CUMULATIVE_FAMILIES: readonly Family[] = [
  'wish', 'hopeless', 'burden', 'thoughts', 'method', 'intent', 'prep', 'farewell', 'attempt', 'act',
  'means', 'lethality', 'sh-thoughts', 'sh-urge', 'sh-act', 'vague-plan',
];
