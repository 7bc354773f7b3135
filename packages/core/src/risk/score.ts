// Scoring one message: each surviving match has a level; combinations raise it, following the
// clinical ladder:
//   active thoughts/method/intent + a time in the same sentence        → imminent (plan + time)
//   means at hand or standing at a height + active ideation (any turn) → imminent (means at hand)
//     … with passive ideation or distress only                          → high
//   a farewell or preparation + active ideation (any turn)             → imminent
//   "I'm doing it tonight" / "I have a plan" + earlier ideation        → high, imminent with a time
//   a lethality question + distress (this turn or recent ones)         → high
//   a neutral means question (bridges, trains, rope) + distress        → high; framed "for a
//     friend" or "for a story" → moderate; otherwise it is not evidence at all
//   violence + a weapon at hand or a time                              → imminent
//   being harmed + danger now (at the door, has a knife)               → imminent
// The message level is the highest surviving level; categories are those at moderate or above.
import type { Analysis, Hit } from './analyse';
import { CUMULATIVE_FAMILIES, SELF_RISK_FAMILIES, type Family } from './rules';
import { categoryBit, levelIndex, maxLevel } from './levels';
import { RISK_CATEGORIES, type RiskCategory, type RiskEvidence, type RiskLevel } from './types';

export interface ContextSignals {
  /** Distress or risk within the recent turns. */
  distressRecent: boolean;
  /** Highest self-risk level index from earlier turns (0 = none). */
  selfRisk: number;
}

export interface Scored {
  level: RiskLevel;
  evidence: RiskEvidence[];
  /** Category bits of evidence at moderate or above. */
  categoryBits: number;
  /** Highest level among the person's own suicide/self-harm statements this turn. */
  selfRisk: number;
  /** Cumulative-family bits at moderate or above. */
  familyBits: number;
  /** Whether this message itself shows distress or risk. */
  distress: boolean;
  /** Whether distress was present in recent turns or this one. */
  distressInContext: boolean;
}

const FAMILY_BIT = new Map<Family, number>(CUMULATIVE_FAMILIES.map((f, i) => [f, 1 << i]));
const ACTIVE: ReadonlySet<Family> = new Set<Family>(['thoughts', 'method', 'intent', 'prep', 'farewell', 'sh-urge']);
const CONTEXT_ONLY: ReadonlySet<Family> = new Set<Family>(['means-query', 'lethality', 'mention', 'third-party', 'mask']);

function raise(hit: Hit, to: RiskLevel, tag: string): void {
  if (levelIndex(to) > levelIndex(hit.level)) {
    hit.level = to;
    hit.tags.push(tag);
  }
}

function isOwnRisk(hit: Hit): boolean {
  return SELF_RISK_FAMILIES.has(hit.family) && !hit.tags.includes('negated');
}

export function score(analysis: Analysis, signals: ContextSignals): Scored {
  const { hits, ctx, norm } = analysis;
  let ownMax = 0;
  let ownActive = false;
  let distress = false;
  for (const hit of hits) {
    if (isOwnRisk(hit)) {
      ownMax = Math.max(ownMax, levelIndex(hit.level));
      if (ACTIVE.has(hit.family) && levelIndex(hit.level) >= 3) ownActive = true;
    }
    if (!CONTEXT_ONLY.has(hit.family) && levelIndex(hit.level) >= 1) distress = true;
  }
  const selfRiskAny = Math.max(ownMax, signals.selfRisk);
  const activeAny = ownActive || signals.selfRisk >= 3;
  const distressInContext = distress || signals.distressRecent || signals.selfRisk >= 2;

  for (const hit of hits) {
    const untouched = hit.tags.length === 0;
    switch (hit.family) {
      case 'thoughts':
      case 'method':
      case 'intent':
      case 'sh-urge':
        if (untouched && levelIndex(hit.level) >= 3 && ctx.timeIn.has(hit.sentence)) raise(hit, 'imminent', 'time');
        break;
      case 'farewell':
      case 'prep':
        if (untouched && (activeAny || ctx.timeIn.has(hit.sentence))) raise(hit, 'imminent', activeAny ? 'ideation' : 'time');
        break;
      case 'means':
        if (!untouched) break;
        if (activeAny) raise(hit, 'imminent', 'ideation');
        else if (selfRiskAny >= 2 || distressInContext) raise(hit, 'high', 'distress-context');
        break;
      case 'vague-plan':
        if (!untouched) break;
        if (selfRiskAny >= 2) raise(hit, ctx.timeIn.has(hit.sentence) ? 'imminent' : 'high', 'ideation-context');
        break;
      case 'lethality':
        if (distressInContext) raise(hit, 'high', 'distress-context');
        break;
      case 'means-query':
        if (distressInContext) raise(hit, 'high', 'distress-context');
        else if (ctx.framing) raise(hit, 'moderate', 'framed');
        break;
      case 'violence':
        if (untouched && levelIndex(hit.level) >= 3 && (ctx.weaponAtHand || ctx.timeIn.has(hit.sentence))) {
          raise(hit, 'imminent', ctx.weaponAtHand ? 'weapon' : 'time');
        }
        break;
      case 'abuse':
        if (untouched && levelIndex(hit.level) >= 3 && ctx.dangerNow) raise(hit, 'imminent', 'danger-now');
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
    const first = norm.tokens[hit.t0];
    const last = norm.tokens[hit.t1];
    const start = first?.s ?? 0;
    const end = last?.e ?? start;
    const rule = hit.tags.length > 0 ? `${hit.rule.id}+${hit.tags.join('+')}` : hit.rule.id;
    const base = { start, end, text: analysis.text.slice(start, end), rule, level: hit.level };
    evidence.push(hit.category ? { ...base, category: hit.category } : base);
    if (hit.also) evidence.push({ ...base, category: hit.also });
  }
  return { level, evidence, categoryBits, selfRisk, familyBits, distress, distressInContext };
}

export function categoriesOf(bits: number): RiskCategory[] {
  return RISK_CATEGORIES.filter((_, i) => (bits & (1 << i)) !== 0);
}
