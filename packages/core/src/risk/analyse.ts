// One message, on its own: normalise, run the anchored rules, drop matches hidden by idiom
// masks or replaced by a more specific rule, then read each remaining match in its context —
// who is speaking, negation, past tense with or without recovery, study or professional
// framing, hyperbole, panic. Combinations across matches and turns happen in score.ts.
import { matchStart } from './rules/macros';
import { selectRules, SELF_RISK_FAMILIES, type Family, type Rule } from './rules';
import { wordSet } from './words';
import { genericYou, TO_FIRST } from './context/generic-you';
import { isNegated, subjectOf } from './context/grammar';
import { CONCEPT_DISTRESS, CONCEPT_WISH, conceptSpans } from './concepts';
import {
  ACCIDENT, ANXIETY, DANGER_NOW, FRAMING, HYPERBOLE, PAST, PROFESSIONAL, QUESTION_START, RESOLVED, QUESTION_WORDS,
  DEATH_CONTEXT, MUNDANE, RECENCY, RECENT_PAST, RECOVERY, RELAPSE, SECRECY, SUPPORT, TIME, NOW, WEAPON_AT_HAND, has, spans,
} from './context/markers';
import { inRanges, reportedRanges, supporterVoice } from './context/voice';
import { normalise, tokenAt, type Normalised } from './normalise';
import type { RiskCategory, RiskLevel } from './types';
import type { ModelReading } from './model/classify';
import { minLevel } from './levels';

export interface Hit {
  rule: Rule;
  family: Family;
  /** Offsets in the canonical text and the token range they cover (inclusive). */
  a: number;
  b: number;
  t0: number;
  t1: number;
  sentence: number;
  level: RiskLevel;
  /** Modifiers that changed the level, appended to the rule id in evidence. */
  tags: string[];
  category: RiskCategory | undefined;
  also: RiskCategory | undefined;
}

export interface MessageContext {
  /** Sentences that carry a time ("tonight", "on Friday"). */
  timeIn: ReadonlySet<number>;
  /** Sentences that say the moment is now ("right now", "tonight"). */
  nowIn: ReadonlySet<number>;
  /** Sentences that are questions or requests. */
  questionIn: ReadonlySet<number>;
  framing: boolean;
  dangerNow: boolean;
  weaponAtHand: boolean;
}

export interface Analysis {
  /** The message as written (evidence text is cut from it). */
  text: string;
  norm: Normalised;
  hits: Hit[];
  ctx: MessageContext;
  /** The text model's reading, filled in by score() the first time it is needed. */
  model?: ModelReading;
  /** The message is a reply supporting someone else (see context/voice.ts); computed on demand. */
  supporter: () => boolean;
}

const EMPTY_CTX: MessageContext = {
  timeIn: new Set(),
  nowIn: new Set(),
  questionIn: new Set(),
  framing: false,
  dangerNow: false,
  weaponAtHand: false,
};

/** Families whose level depends on who is speaking (first person by default). */
const SUBJECT_FAMILIES: ReadonlySet<Family> = new Set<Family>([
  'distress', 'wish', 'hopeless', 'burden', 'thoughts', 'method', 'intent', 'prep', 'farewell', 'attempt', 'act',
  'means', 'sh-thoughts', 'sh-urge', 'sh-act', 'vague-plan', 'abuse',
]);

/** Families lowered by past tense (behaviour, ideation, abuse, medical events). */
const PAST_FAMILIES: ReadonlySet<Family> = new Set<Family>([
  ...SELF_RISK_FAMILIES, 'abuse', 'medical', 'means', 'violence',
]);

/** Families that record behaviour, where a recovery statement alone implies the past. */
const BEHAVIOUR_FAMILIES: ReadonlySet<Family> = new Set<Family>(['attempt', 'act', 'sh-act', 'prep']);

const PANIC_LIKE = wordSet('medical.breathing medical.dying medical.chest');

// Someone else's emergency told once it is handled ("I found her unresponsive and called 911.
// She's alive"): over, the person is living with the aftermath.
const OVER_NOW = wordSet('medical.someone-overdosed medical.unresponsive medical.ambulance');

// A double quote, or a single quote opening a quotation (after a space, before a word).
const QUOTE_MARK = /["“«„]|(?:^|[\s(:])'\w/;

const PAST_VERBS = wordSet('was were wanted felt had used thought tried attempted did became went wrote survived got');

function sentenceIds(norm: Normalised): Int32Array {
  const ids = new Int32Array(norm.tokens.length);
  let s = 0;
  for (let i = 0; i < norm.tokens.length; i++) {
    ids[i] = s;
    const w = norm.tokens[i]?.w;
    if (w === '.' || w === '?') s++;
  }
  return ids;
}

const CLAUSE_BREAK = wordSet(', but though although however and so because yet');

/** Clause index per token: sentences split further at commas and conjunctions. */
function clauseIds(norm: Normalised): Int32Array {
  const ids = new Int32Array(norm.tokens.length);
  let c = 0;
  for (let i = 0; i < norm.tokens.length; i++) {
    const w = norm.tokens[i]?.w ?? '';
    if (CLAUSE_BREAK.has(w)) c++;
    ids[i] = c;
    if (w === '.' || w === '?') c++;
  }
  return ids;
}

function sentencesOf(marker: RegExp, norm: Normalised, ids: Int32Array): Set<number> {
  const found = new Set<number>();
  const list = spans(marker, norm.text);
  for (let k = 0; k < list.length; k += 2) found.add(ids[tokenAt(norm, list[k] ?? 0)] ?? 0);
  return found;
}

function questionSentences(norm: Normalised, ids: Int32Array): Set<number> {
  const found = sentencesOf(QUESTION_WORDS, norm, ids);
  let sentenceStart = true;
  for (let i = 0; i < norm.tokens.length; i++) {
    const w = norm.tokens[i]?.w ?? '';
    const id = ids[i] ?? 0;
    if (w === '?') found.add(id);
    if (sentenceStart && w !== ',' && QUESTION_START.has(w)) found.add(id);
    sentenceStart = w === '.' || w === '?' || w === ',' || (sentenceStart && (w === ',' || w === 'so' || w === 'and' || w === 'ok' || w === 'okay' || w === 'hey' || w === 'also' || w === 'but' || w === 'just' || w === 'random' || w === 'quick' || w === 'question'));
  }
  return found;
}

// Words that start a new clause with its own tense: a past marker on one side ("I've been
// depressed for years and I want to die") says nothing about the other side.
const HARD_BREAK = wordSet('but though although however and so because yet now today tonight');

/** Token ranges [t0, t1] of a marker's matches. */
function markerRanges(marker: RegExp, norm: Normalised): number[] {
  const list = spans(marker, norm.text);
  const out: number[] = [];
  for (let k = 0; k < list.length; k += 2) out.push(tokenAt(norm, list[k] ?? 0), tokenAt(norm, (list[k + 1] ?? 1) - 1));
  return out;
}

// Clause words a past can reach across when a verb or a fronted phrase carries it.
const CARRIED = wordSet('and so because');

/**
 * A marker range in the same sentence as [t0, t1] with no clause of its own in between. A past
 * verb at the match ("… after my divorce and the thoughts were constant") or a marker fronted
 * before a comma ("At the age of 45, after … ended, I tried") carries across "and" and "so".
 */
function nearMarker(ranges: readonly number[], norm: Normalised, ids: Int32Array, t0: number, t1: number, pastVerb: boolean): boolean {
  const sentence = ids[t0] ?? 0;
  for (let k = 0; k < ranges.length; k += 2) {
    const m0 = ranges[k] ?? 0;
    const m1 = ranges[k + 1] ?? 0;
    if ((ids[m0] ?? -1) !== sentence) continue;
    const before = m1 < t0;
    const carry = pastVerb || (before && norm.tokens[m1 + 1]?.w === ',' && (ids[m0 - 1] ?? -1) !== sentence);
    let broken = false;
    for (let i = before ? m1 + 1 : t1 + 1; i < (before ? t0 : m0) && !broken; i++) {
      const w = norm.tokens[i]?.w ?? '';
      broken = HARD_BREAK.has(w) && !(carry && CARRIED.has(w));
    }
    if (!broken) return true;
  }
  return false;
}

/**
 * Recovery stated in the message, ignoring recovery that a relapse undid ("I relapsed after
 * six months clean", "after being clean for a year I started again").
 */
function hasRecovery(norm: Normalised): boolean {
  const list = spans(RECOVERY, norm.text);
  for (let k = 0; k < list.length; k += 2) {
    const before = norm.text.slice(Math.max(0, (list[k] ?? 0) - 12), list[k] ?? 0);
    if (!/(?:after|being|of) $/.test(before)) return true;
  }
  return false;
}

// Words just before a risk phrase that put it behind the person: "three years clean from self
// harm", "since I stopped wanting to die", "I survived my attempt".
const OVERCOME = wordSet('clean free stopped quit survived beat overcame recovered recovering sober');

/** An OVERCOME word among the three words before the match, within its clause. */
function overcomeBefore(norm: Normalised, t0: number): boolean {
  for (let i = t0 - 1; i >= Math.max(0, t0 - 3); i--) {
    const w = norm.tokens[i]?.w ?? '.';
    if (OVERCOME.has(w)) return true;
    if (w === '.' || w === '?' || w === ',' || HARD_BREAK.has(w)) return false;
  }
  return false;
}

const SECOND_PERSON = new Set(Object.keys(TO_FIRST));

/** A second-person word in the written message within the match or the 8 words before it. */
function secondNear(norm: Normalised, t0: number, t1: number): boolean {
  for (let i = Math.max(0, t0 - 8); i <= t1; i++) if (SECOND_PERSON.has(norm.tokens[i]?.w ?? '')) return true;
  return false;
}

function overlaps(x: { a: number; b: number }, y: { a: number; b: number }): boolean {
  return x.a < y.b && y.a < x.b;
}

function collect(norm: Normalised, rules: readonly Rule[]): { hits: Hit[]; masks: { a: number; b: number; rule: Rule }[] } {
  const hits: Hit[] = [];
  const masks: { a: number; b: number; rule: Rule }[] = [];
  for (const rule of rules) {
    const re = rule.re;
    re.lastIndex = 0;
    let match: RegExpExecArray | null;
    let count = 0;
    while ((match = re.exec(norm.text)) !== null && count < 8) {
      const a = matchStart(match);
      const b = match.index + match[0].length;
      if (b === a) {
        re.lastIndex++;
        continue;
      }
      count++;
      if (rule.family === 'mask') {
        masks.push({ a, b, rule });
        continue;
      }
      const t0 = tokenAt(norm, a);
      const t1 = tokenAt(norm, b - 1);
      hits.push({
        rule, family: rule.family, a, b, t0, t1, sentence: 0, level: rule.level, tags: [],
        category: rule.category, also: rule.also,
      });
    }
    re.lastIndex = 0;
  }
  return { hits, masks };
}

function masked(hit: Hit, masks: readonly { a: number; b: number; rule: Rule }[]): boolean {
  for (const mask of masks) {
    if (!overlaps(hit, mask)) continue;
    const blocks = mask.rule.blocks;
    if (!blocks || blocks.some((prefix) => hit.rule.id.startsWith(prefix))) return true;
  }
  return false;
}

function lower(hit: Hit, to: RiskLevel, tag: string): void {
  const next = minLevel(hit.level, to);
  if (next !== hit.level || !hit.tags.includes(tag)) hit.tags.push(tag);
  hit.level = next;
}

/**
 * Analyse one message. `allRules` bypasses the anchor index (tests use it to prove no rule
 * is missing an anchor).
 */
export function analyse(text: string, allRules = false): Analysis {
  const written = normalise(text);
  // "You just want to die sometimes": a generic "you" is read as the person (see generic-you.ts).
  const generic = genericYou(written);
  const norm = generic ?? written;
  const rules = selectRules(norm.tokens, allRules);
  const { hits: raw, masks } = collect(norm, rules);

  // Drop masked matches and matches replaced by a more specific overlapping rule.
  let hits = raw.filter((hit) => !masked(hit, masks));
  const replaced = new Set<Hit>();
  for (const hit of hits) {
    const prefixes = hit.rule.overrides;
    if (!prefixes) continue;
    for (const other of hits) {
      if (other !== hit && overlaps(hit, other) && prefixes.some((p) => other.rule.id.startsWith(p))) replaced.add(other);
    }
  }
  // A bare mention adds nothing next to a statement about the same words.
  for (const hit of hits) {
    if (hit.family !== 'mention') continue;
    if (hits.some((o) => o !== hit && o.family !== 'mention' && overlaps(o, hit))) replaced.add(hit);
  }
  hits = hits.filter((hit) => !replaced.has(hit));

  // Clauses no rule explained get the looser concept reading (see concepts.ts).
  const covered = (t0: number, t1: number): boolean => {
    const a = norm.starts[t0] ?? 0;
    const b = (norm.starts[t1] ?? 0) + (norm.tokens[t1]?.w.length ?? 0);
    return hits.some((h) => h.a < b && a < h.b) || masks.some((m) => m.a < b && a < m.b);
  };
  for (const span of conceptSpans(norm.tokens, covered)) {
    const rule = span.family === 'wish' ? CONCEPT_WISH : CONCEPT_DISTRESS;
    const a = norm.starts[span.t0] ?? 0;
    const b = (norm.starts[span.t1] ?? 0) + (norm.tokens[span.t1]?.w.length ?? 0);
    hits.push({ rule, family: rule.family, a, b, t0: span.t0, t1: span.t1, sentence: 0, level: rule.level, tags: [], category: rule.category, also: undefined });
  }
  if (hits.length === 0) return { text, norm, hits: [], ctx: EMPTY_CTX, supporter: () => !generic && supporterVoice(written) };

  const text2 = norm.text;
  const ids = sentenceIds(norm);
  const clauses = clauseIds(norm);
  // Markers are computed on first use: most messages need only one or two of them.
  const lazy = <T>(make: () => T): (() => T) => {
    let value: T | undefined;
    let done = false;
    return () => {
      if (!done) {
        value = make();
        done = true;
      }
      return value as T;
    };
  };
  const pastRanges = lazy(() => markerRanges(PAST, norm));
  const recentIn = lazy(() => sentencesOf(RECENCY, norm, clauses));
  const recovery = lazy(() => hasRecovery(norm));
  const reported = lazy(() => reportedRanges(text));
  const supporter = lazy(() => !generic && supporterVoice(written));
  const relapse = lazy(() => has(RELAPSE, text2));
  const secrecy = lazy(() => has(SECRECY, text2));
  const deathContext = lazy(() => has(DEATH_CONTEXT, text2));
  const mundaneIn = lazy(() => sentencesOf(MUNDANE, norm, ids));
  const recentPastIn = lazy(() => sentencesOf(RECENT_PAST, norm, ids));
  const professional = lazy(() => has(PROFESSIONAL, text2));
  const support = lazy(() => professional() || has(SUPPORT, text2));
  const anxiety = lazy(() => has(ANXIETY, text2));
  const hyperbole = lazy(() => has(HYPERBOLE, text2));
  const accident = lazy(() => has(ACCIDENT, text2));
  const resolved = lazy(() => has(RESOLVED, text2));
  const timeIn = lazy(() => sentencesOf(TIME, norm, ids));
  const nowIn = lazy(() => sentencesOf(NOW, norm, ids));
  const questionIn = lazy(() => questionSentences(norm, ids));
  const framing = lazy(() => has(FRAMING, text2));
  const dangerNow = lazy(() => has(DANGER_NOW, text2));
  const weaponAtHand = lazy(() => has(WEAPON_AT_HAND, text2));
  const ctx: MessageContext = {
    get timeIn() { return timeIn(); },
    get nowIn() { return nowIn(); },
    get questionIn() { return questionIn(); },
    get framing() { return framing(); },
    get dangerNow() { return dangerNow(); },
    get weaponAtHand() { return weaponAtHand(); },
  };

  const kept: Hit[] = [];
  for (const hit of hits) {
    hit.sentence = ids[hit.t0] ?? 0;
    const { rule, family } = hit;

    if (rule.question && !questionIn().has(hit.sentence)) continue;
    if (rule.gate === 'death' && !deathContext()) continue;
    // "I'm done, this printer hates me": an everyday object makes a gated phrase frustration.
    if (rule.gate === 'distress' && mundaneIn().has(hit.sentence)) lower(hit, family === 'farewell' ? 'none' : 'low', 'everyday');

    // A statement made through a generic "you" is the person's own, held below imminent.
    if (generic && SUBJECT_FAMILIES.has(family) && secondNear(written, hit.t0, hit.t1)) lower(hit, 'high', 'generic-you');

    // Someone else's words in quotes ("she said 'I want to die'") are a report, not a disclosure.
    if (SUBJECT_FAMILIES.has(family) && QUOTE_MARK.test(text) && inRanges(reported(), norm.tokens[hit.t0]?.s ?? 0, norm.tokens[hit.t1]?.e ?? 0)) {
      lower(hit, 'low', 'quoted');
      hit.family = 'third-party';
    }

    // Whose statement is it?
    if (hit.family !== 'third-party' && !rule.self && SUBJECT_FAMILIES.has(family)) {
      const subject = subjectOf(norm.tokens, hit.t0);
      if (subject === 'second') continue;
      if (subject === 'third') {
        if (family === 'distress') continue;
        lower(hit, 'low', 'third-party');
        hit.family = 'third-party';
      }
    }

    // Negation keeps a statement at most `low` (distress that is denied is dropped).
    if (rule.negatable !== false && isNegated(norm.tokens, hit.t0)) {
      if (family === 'distress') continue;
      lower(hit, 'low', 'negated');
    }

    // Study, teaching or professional framing: topic words are not a disclosure, and reports
    // about clients are not the person's own risk. Asking how to support someone only
    // discounts topic words.
    if ((hit.family === 'mention' || family === 'distress') && support()) continue;
    if (hit.family === 'third-party' && professional()) continue;

    // Past tense: history, not current risk. Recovery lowers it further.
    const pastable = rule.pastable ?? PAST_FAMILIES.has(family);
    if (pastable && hit.family !== 'third-party') {
      const recent = recentIn().has(clauses[hit.t0] ?? -1) || recentIn().has(clauses[hit.t1] ?? -1);
      // A past verb in the two words before the match or after it ("the suicidal thoughts were
      // constant").
      const pastVerb = PAST_VERBS.has(norm.tokens[hit.t0]?.w ?? '') || PAST_VERBS.has(norm.tokens[hit.t0 - 1]?.w ?? '') || PAST_VERBS.has(norm.tokens[hit.t0 - 2]?.w ?? '') || PAST_VERBS.has(norm.tokens[hit.t1 + 1]?.w ?? '') || PAST_VERBS.has(norm.tokens[hit.t1 + 2]?.w ?? '');
      const returned = relapse() && !recovery() && SELF_RISK_FAMILIES.has(family);
      const overcome = !returned && overcomeBefore(norm, hit.t0);
      const past = overcome || (!recent && !returned && (nearMarker(pastRanges(), norm, ids, hit.t0, hit.t1, pastVerb) || (recovery() && (pastVerb || BEHAVIOUR_FAMILIES.has(family))) || (pastVerb && supporter())));
      // A medical event in the past is not an emergency now; a supporter sharing their own
      // past speaks from the other side of it (see context/voice.ts).
      if (past) {
        const over = overcome || recovery() || supporter();
        lower(hit, over || family === 'medical' ? 'low' : 'moderate', overcome || recovery() ? 'past-recovered' : over ? 'supporter-past' : 'past');
      }
    }

    // An act dated yesterday or last week happened; it is not under way (a recent attempt is
    // high, not imminent). Someone else's overdose dated so is not an emergency now (their being
    // unconscious now is read by its own rule and stays imminent).
    if (OVER_NOW.has(rule.id) && resolved()) lower(hit, 'low', 'resolved');
    if (hit.level === 'imminent' && recentPastIn().has(hit.sentence)) {
      if (family === 'act') lower(hit, 'high', 'recent-past');
      else if (rule.id === 'medical.someone-overdosed') lower(hit, 'low', 'recent-past');
    }

    // Hyperbole and games around violent words ("if she eats my fries again", "lol").
    if (family === 'violence' && hyperbole()) lower(hit, 'low', 'hyperbole');

    // Panic often feels like dying or not breathing: distress, not an emergency.
    if (PANIC_LIKE.has(rule.id) && anxiety()) {
      lower(hit, 'low', 'panic');
    }

    // An accidental double dose is a medical question, not a suicide attempt.
    if (rule.id === 'suicide.act.overdose-taken' && accident()) {
      hit.category = 'medical_emergency';
      hit.also = undefined;
      lower(hit, 'high', 'accidental');
    }

    // Asking for secrecy around a disclosure ("promise you won't tell anyone") is a warning
    // sign of its own: the person's own moderate statement is read one step higher.
    if (hit.level === 'moderate' && hit.tags.length === 0 && SELF_RISK_FAMILIES.has(hit.family) && secrecy()) {
      hit.level = 'high';
      hit.tags.push('secrecy');
    }

    kept.push(hit);
  }
  return { text, norm, hits: kept, ctx, supporter };
}
