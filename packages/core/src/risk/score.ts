// Scoring one message: each surviving match has a level; combinations raise it, following the
// clinical ladder:
//   active thoughts/method/intent + a time in the same sentence        → imminent (plan + time)
//   means at hand or standing at a height + active ideation (any turn) → imminent (means at hand)
//     … with passive ideation or distress only                          → high
//   a farewell or preparation + active ideation (any turn)             → imminent
//   "I'm doing it tonight" / "I have a plan" + earlier ideation        → high, imminent with a time
//   a lethality question + distress (this turn or recent ones)         → high
//   a neutral means question (bridges, trains, rope) + distress        → high; a third kind of
//     means asked about in the conversation (or any after a lethality question) → high; a
//     second kind, or framed "for a friend" / "for a story" → moderate; otherwise it is not
//     evidence at all
//   violence + a weapon at hand or a time                              → imminent
//   being harmed + danger now (at the door, has a knife)               → imminent
// The message level is the highest surviving level; categories are those at moderate or above.
import type { Analysis, Hit } from './analyse';
import { CUMULATIVE_FAMILIES, SELF_RISK_FAMILIES, type Family } from './rules';
import { categoryBit, levelIndex, maxLevel } from './levels';
import type { RiskEvidence, RiskLevel } from './types';
import { has, REFUSES_HELP, spans, TIME, WEARY } from './context/markers';
import { couldTip, modelEnabled, readWithModel, type ModelReading, type ModelSums } from './model/classify';
import { wordSet } from './words';

export interface ContextSignals {
  /** Distress or risk within the recent turns. */
  distressRecent: boolean;
  /** Highest self-risk level index from earlier turns (0 = none). */
  selfRisk: number;
  /** Kinds of means asked about in earlier turns (bit set). */
  means: number;
}

/** Everything the tracker needs from a message's score, without the evidence. */
export interface ScoreSummary {
  level: RiskLevel;
  /** Category bits of evidence at moderate or above. */
  categoryBits: number;
  /** Highest level among the person's own suicide/self-harm statements this turn. */
  selfRisk: number;
  /** Cumulative-family bits at moderate or above. */
  familyBits: number;
  /** Whether this message itself shows distress or risk. */
  distress: boolean;
  /** The person's own current distress (not negated, past or about someone else). */
  ownDistress: boolean;
  /** Whether distress was present in recent turns or this one. */
  distressInContext: boolean;
  /** Kinds of means asked about in this message (bit set). */
  means: number;
  /** The text model's sums for this message, for the tracker's multi-turn reading. */
  model: ModelSums;
  /** The message sets a moment ("tonight", "on Friday"): with a `high` reading, a plan with a time. */
  timed: boolean;
  /**
   * Acute signs too ambiguous alone to count, by kind (bit 0 a moment set, 1 a farewell, 2
   * preparation, 3 means at hand): "everything is ready", "gave my guitar away". Two kinds in a
   * few turns are read together by the tracker. Bit 4 (FRAMED): risk told as a story or as
   * someone else's, which a later "it's me" makes the person's own.
   */
  latent: number;
}

export interface Scored extends ScoreSummary {
  evidence: RiskEvidence[];
}

// Each kind of means question has its own bit; asking about several kinds across a
// conversation is a warning pattern even without stated distress.
const MEANS_BIT = new Map<string, number>(
  [
    ...['heights', 'trains', 'pills', 'weapons', 'rope', 'water', 'crash', 'gas'].map((kind, i) => [`facilitation.means-query.${kind}`, 1 << i] as const),
    // Later kinds share a bit with the closest older kind, so stored tracker states stay valid.
    ['facilitation.means-query.poison', 1 << 7] as const,
    ['facilitation.means-query.dose', 1 << 2] as const,
  ],
);
const LETHALITY_BIT = 1 << 8;
/** Not a kind of question: the person has said they have lethal means (see vague-plan). */
const POSSESS_BIT = 1 << 9;
const KIND_BITS = 0x1ff;
const kindOf = (id: string): number => MEANS_BIT.get(id) ?? MEANS_BIT.get(id.split('.').slice(0, 3).join('.')) ?? 0;

function popcount(bits: number): number {
  let n = 0;
  for (let b = bits; b !== 0; b &= b - 1) n++;
  return n;
}

const FAMILY_BIT = new Map<Family, number>(CUMULATIVE_FAMILIES.map((f, i) => [f, 1 << i]));
const ACTIVE: ReadonlySet<Family> = new Set<Family>(['thoughts', 'method', 'intent', 'attempt', 'act']);
const CONTEXT_ONLY: ReadonlySet<Family> = new Set<Family>(['means-query', 'lethality', 'mention', 'third-party', 'mask']);

function raise(hit: Hit, to: RiskLevel, tag: string): void {
  if (levelIndex(to) > levelIndex(hit.level)) {
    hit.level = to;
    hit.tags.push(tag);
  }
}

function isOwnRisk(hit: Hit): boolean {
  return SELF_RISK_FAMILIES.has(hit.family) && !hit.tags.includes('negated') && !hit.rule.id.startsWith('third-party.');
}

function overlaps(x: Hit, y: Hit): boolean {
  return x.a < y.b && y.a < x.b;
}

/** Key of the context signals a summary was computed under (see tracker.ts replay cache). */
export function signalsKey(signals: ContextSignals): number {
  return (signals.means * 2 + (signals.distressRecent ? 1 : 0)) * 8 + signals.selfRisk;
}

/** The score without evidence (what the tracker keeps from an earlier turn). */
export function summarise(scored: Scored): ScoreSummary {
  const { evidence: _evidence, ...summary } = scored;
  return summary;
}

const OFF: ModelReading = { sum: 0, features: 0, words: 0, level: 0, top: [] };

const HISTORY_NOUN = wordSet('my since after before during');

const LATENT_KIND: Partial<Record<Family, number>> = { 'vague-plan': 1, farewell: 2, prep: 4, means: 8 };
/** Latent bit 4: this message framed risk as a story or someone else's (not an acute sign). */
export const FRAMED = 16;

// Times that set a moment ("tonight", "on Friday", "in an hour"); "now", "today" and "soon"
// are too common in ordinary venting to turn a model reading into a plan.
const LOOSE_TIME = new Set(['now', 'today', 'soon', 'right now']);
function hasSetTime(text: string): boolean {
  const list = spans(TIME, text);
  for (let k = 0; k < list.length; k += 2) if (!LOOSE_TIME.has(text.slice(list[k], list[k + 1]))) return true;
  return false;
}

/** Tokens of matches whose level the context lowered (negation, past, someone else, …). */
function discounted(analysis: Analysis): Uint8Array | undefined {
  let skip: Uint8Array | undefined;
  for (const hit of analysis.hits) {
    if (levelIndex(hit.level) >= levelIndex(hit.rule.level)) continue;
    skip ??= new Uint8Array(analysis.norm.tokens.length);
    skip.fill(1, hit.t0, hit.t1 + 1);
  }
  return skip;
}

export function score(analysis: Analysis, signals: ContextSignals, withEvidence = true): Scored {
  const { ctx, norm } = analysis;
  // Work on copies: an analysis may be cached and reused for later turns.
  const hits: Hit[] = analysis.hits.map((h) => ({ ...h, tags: [...h.tags] }));
  // Gated phrases ("I'm done", "I can't do this anymore") keep their level only in a hard
  // moment: other distress or risk in this message, recent distress, or earlier self-risk.
  const moment = signals.distressRecent || signals.selfRisk >= 2;
  let weary: number[] | undefined;
  for (const hit of hits) {
    if (hit.rule.gate !== 'distress' || levelIndex(hit.level) < 2) continue;
    const besides = hits.some((o) => o !== hit && !overlaps(o, hit) && !CONTEXT_ONLY.has(o.family) && levelIndex(o.level) >= 1 && !o.tags.includes('negated'));
    if (moment || besides) continue;
    // "I'm done. So tired of everything": a word of weariness or hopelessness outside the
    // phrase itself is enough for the hopelessness and passive-wish phrases.
    if (hit.family === 'hopeless' || hit.family === 'wish') {
      weary ??= spans(WEARY, norm.text);
      let tired = false;
      for (let k = 0; k < weary.length && !tired; k += 2) tired = (weary[k + 1] ?? 0) <= hit.a || (weary[k] ?? 0) >= hit.b;
      if (tired) {
        hit.tags.push('weary');
        continue;
      }
    }
    // Said on its own, hopelessness or readiness to go is still distress; the other gated
    // phrases (a farewell, "commit") are nothing.
    hit.level = hit.family === 'hopeless' || hit.family === 'wish' ? 'low' : 'none';
    hit.tags.push('no-context');
  }
  let distress = false;
  for (const hit of hits) {
    // The loose concept reading of distress lifts a message to low but is not strong enough to
    // make a later means question read as facilitation-seeking.
    if (!CONTEXT_ONLY.has(hit.family) && levelIndex(hit.level) >= 1 && hit.rule.id !== 'concept.distress') distress = true;
  }
  // Active ideation elsewhere in this message (not the hit itself) or in earlier turns.
  const activeBesides = (hit: Hit): boolean =>
    signals.selfRisk >= 3 ||
    hits.some((o) => o !== hit && !overlaps(o, hit) && isOwnRisk(o) && ACTIVE.has(o.family) && levelIndex(o.level) >= 3);
  const selfRiskBesides = (hit: Hit): number => {
    let max = signals.selfRisk;
    for (const o of hits) if (o !== hit && !overlaps(o, hit) && isOwnRisk(o)) max = Math.max(max, levelIndex(o.level));
    return max;
  };
  // Suicide named elsewhere in this message, even as a bare word: "it" then refers to it.
  const namesSuicide = (hit: Hit): boolean =>
    hits.some((o) => o !== hit && o.rule.id === 'suicide.mention' && !o.tags.includes('negated') && o.a < hit.a);
  const distressInContext = distress || signals.distressRecent || signals.selfRisk >= 2;
  let means = 0;
  for (const hit of hits) {
    if (hit.family === 'means-query') means |= kindOf(hit.rule.id);
    else if (hit.family === 'lethality') means |= LETHALITY_BIT;
    else if (hit.family === 'means' && hit.tags.length === 0) means |= POSSESS_BIT;
  }
  const meansKinds = popcount((means | signals.means) & KIND_BITS);
  // Means, a farewell or preparation beside a refusal of rescue: it is happening now.
  const refusesHelp = has(REFUSES_HELP, norm.text);

  for (const hit of hits) {
    const untouched = hit.tags.length === 0;
    const base = levelIndex(hit.level);
    switch (hit.family) {
      case 'thoughts':
      case 'method':
      case 'intent':
        if (untouched && base >= 3 && ctx.timeIn.has(hit.sentence)) raise(hit, 'imminent', 'time');
        break;
      case 'wish':
        if (untouched && base >= 2 && ctx.nowIn.has(hit.sentence)) raise(hit, 'high', 'now');
        break;
      case 'attempt':
        // "I hanged myself but the rope broke" said now: an act that has just happened. An
        // attempt named as a noun ("since my last attempt") is history, whatever the sentence's time.
        if (untouched && base >= 3 && ctx.nowIn.has(hit.sentence) && !HISTORY_NOUN.has(norm.tokens[hit.t0]?.w ?? '')) raise(hit, 'imminent', 'now');
        break;
      case 'sh-urge':
      case 'sh-act':
        if (untouched && base >= 3 && ctx.nowIn.has(hit.sentence)) raise(hit, 'imminent', 'now');
        break;
      case 'farewell':
      case 'prep':
        if (!untouched) break;
        if (activeBesides(hit)) raise(hit, 'imminent', 'ideation');
        else if (refusesHelp) raise(hit, 'imminent', 'refuses-help');
        else if (base >= 3 && ctx.timeIn.has(hit.sentence)) raise(hit, 'imminent', 'time');
        else if (selfRiskBesides(hit) >= 2) raise(hit, 'high', 'ideation');
        break;
      case 'means':
        if (!untouched) break;
        if (selfRiskBesides(hit) >= 2) raise(hit, 'imminent', 'ideation');
        else if (refusesHelp) raise(hit, 'imminent', 'refuses-help');
        else if (distressInContext && hits.some((o) => o !== hit && !overlaps(o, hit) && levelIndex(o.level) >= 1)) raise(hit, 'high', 'distress-context');
        else if (signals.distressRecent) raise(hit, 'high', 'distress-context');
        // "How many would be too many?" … "I have a bottle right here": the means asked about, at hand.
        else if ((signals.means & (LETHALITY_BIT | KIND_BITS)) !== 0) raise(hit, ctx.timeIn.size > 0 ? 'imminent' : 'high', 'means-asked');
        // "I bought a rope and I'm going to use it tonight": means with a stated intention.
        else if (hits.some((o) => o.family === 'vague-plan' && !overlaps(o, hit))) raise(hit, ctx.timeIn.size > 0 ? 'imminent' : 'high', 'plan');
        // "I have a gun in my hand right now": means at hand, now.
        else if (base >= 2 && (hit.rule.id.startsWith('suicide.means.at-') ) && ctx.nowIn.has(hit.sentence)) raise(hit, 'high', 'now');
        break;
      case 'vague-plan':
        if (!untouched) break;
        if (selfRiskBesides(hit) >= 2 || namesSuicide(hit) || (signals.means & POSSESS_BIT) !== 0 || hits.some((o) => (o.family === 'means' || o.family === 'prep') && !overlaps(o, hit))) {
          raise(hit, ctx.timeIn.has(hit.sentence) ? 'imminent' : 'high', 'ideation-context');
        }
        break;
      case 'lethality':
        if (distressInContext) raise(hit, 'high', 'distress-context');
        else if ((signals.means & KIND_BITS) !== 0) raise(hit, 'high', 'repeated-means');
        break;
      case 'means-query':
        if (distressInContext) raise(hit, 'high', 'distress-context');
        else if (meansKinds >= 3 || (signals.means & LETHALITY_BIT) !== 0) raise(hit, 'high', 'repeated-means');
        else if (meansKinds >= 2) raise(hit, 'moderate', 'repeated-means');
        else if (ctx.framing) raise(hit, 'moderate', 'framed');
        break;
      case 'violence':
        if (untouched && base >= 3 && (ctx.weaponAtHand || ctx.timeIn.has(hit.sentence))) {
          raise(hit, 'imminent', ctx.weaponAtHand ? 'weapon' : 'time');
        }
        break;
      case 'abuse':
        if (untouched && base >= 3 && ctx.dangerNow) raise(hit, 'imminent', 'danger-now');
        break;
      default:
        break;
    }
  }

  let level: RiskLevel = 'none';
  let categoryBits = 0;
  let familyBits = 0;
  let selfRisk = 0;
  const evidence: RiskEvidence[] = [];
  let latent = 0;
  for (const hit of hits) {
    const kind = LATENT_KIND[hit.family];
    if (kind !== undefined && levelIndex(hit.level) < 2 && hit.tags.every((t) => t === 'no-context')) latent |= kind;
  }
  // A story or a friend's situation told with risk in it: the tracker watches for the reveal.
  if (hits.some((h) => h.family === 'third-party' || h.tags.includes('third-party')) || (hits.length > 0 && ctx.framing)) latent |= FRAMED;
  const sorted = hits.filter((h) => h.level !== 'none').sort((x, y) => x.a - y.a || x.rule.index - y.rule.index);
  for (const hit of sorted) {
    level = maxLevel(level, hit.level);
    const idx = levelIndex(hit.level);
    if (idx >= 2) {
      if (hit.category) categoryBits |= categoryBit(hit.category);
      if (hit.also) categoryBits |= categoryBit(hit.also);
      familyBits |= FAMILY_BIT.get(hit.family) ?? 0;
    }
    if (isOwnRisk(hit)) selfRisk = Math.max(selfRisk, idx);
    if (!withEvidence) continue;
    const first = norm.tokens[hit.t0];
    const last = norm.tokens[hit.t1];
    const start = first?.s ?? 0;
    const end = last?.e ?? start;
    const rule = hit.tags.length > 0 ? `${hit.rule.id}+${hit.tags.join('+')}` : hit.rule.id;
    const text = analysis.text.slice(start, end);
    const at = hit.level;
    // Written out rather than spread from a shared base: spreading is the slow path in V8.
    evidence.push(hit.category ? { start, end, text, rule, level: at, category: hit.category } : { start, end, text, rule, level: at });
    if (hit.also) evidence.push({ start, end, text, rule, level: at, category: hit.also });
  }
  // The text model gets its say where it reads more than the rules (see model/). A model
  // reading of `high` with a set time ("tonight", "on Friday") is a plan with a time: imminent.
  analysis.model ??= modelEnabled() ? readWithModel(norm, discounted(analysis)) : OFF;
  let timedSeen: boolean | undefined;
  let reading: ModelReading = analysis.model;
  // A reply supporting someone else describes their situation in the words of risk; only the
  // rules (which read who is speaking) judge it.
  if (reading.level > levelIndex(level) && !analysis.supporter()) {
    // The words that weighed are only gathered when they become evidence.
    if (withEvidence && reading.top.length === 0) reading = analysis.model = readWithModel(norm, discounted(analysis), true);
    const timed = reading.level === 3 && hasSetTime(norm.text);
    timedSeen = timed;
    const modelLevel: RiskLevel = timed ? 'imminent' : reading.level === 3 ? 'high' : 'moderate';
    level = modelLevel;
    categoryBits |= categoryBit('suicide');
    selfRisk = Math.max(selfRisk, reading.level);
    distress = true;
    if (withEvidence) {
      const rule = reading.level === 3 ? `model.acute-risk${timed ? '+time' : ''}` : 'model.self-risk';
      for (const { hit } of reading.top) {
        const start = norm.tokens[hit.t0]?.s ?? 0;
        const end = norm.tokens[hit.t1]?.e ?? start;
        evidence.push({ start, end, text: analysis.text.slice(start, end), rule, level: modelLevel, category: 'suicide' });
      }
    }
  }
  const ownDistress = hits.some((h) => h.level === 'low' && (h.family === 'distress' || SELF_RISK_FAMILIES.has(h.family)) && h.tags.every((t) => t === 'no-context' || t === 'everyday' || t === 'generic-you'));
  // A supporter's reply adds nothing to the multi-turn reading either (checked only when the
  // reading is strong enough to matter: the check reads the whole message again).
  const model = { sum: reading.sum > 0 && couldTip(reading) && analysis.supporter() ? 0 : reading.sum, features: reading.features, words: reading.words };
  const timed = timedSeen ?? hasSetTime(norm.text);
  return { level, evidence, categoryBits, selfRisk, familyBits, distress, ownDistress, distressInContext, means, model, timed, latent };
}
