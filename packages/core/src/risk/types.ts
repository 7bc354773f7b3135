// Public shapes of the crisis detector. Levels follow a C-SSRS-like ladder (wish → thoughts →
// method → intent → plan → behaviour), folded into five steps the product can act on:
//   none      nothing of concern
//   low       distress without risk (sad, overwhelmed, lost a job), or a risk word that was
//             negated, past with recovery, about someone else, or said in a study context
//   moderate  passive wish to be dead, hopelessness, burden; a lethality question on its own;
//             past behaviour without recovery
//   high      active thoughts, method, intent, self-harm urges or acts; a means question after
//             distress; threats of violence from or toward the person
//   imminent  a plan with a time or means at hand, an act under way, an overdose taken,
//             a weapon ready, a medical emergency happening now

export type RiskLevel = 'none' | 'low' | 'moderate' | 'high' | 'imminent';

/** All levels in ascending order. */
export const RISK_LEVELS: readonly RiskLevel[] = Object.freeze(['none', 'low', 'moderate', 'high', 'imminent']);

export type RiskCategory = 'suicide' | 'self_harm' | 'harm_to_others' | 'being_harmed' | 'medical_emergency';

/** All categories in the order they are reported. */
export const RISK_CATEGORIES: readonly RiskCategory[] = Object.freeze([
  'suicide',
  'self_harm',
  'harm_to_others',
  'being_harmed',
  'medical_emergency',
]);

/**
 * One reason behind an assessment. `start`/`end` index the original message (UTF-16 code
 * units, end exclusive); signals that come from earlier turns have start = end = 0 and empty
 * text, because the tracker keeps no raw text. `rule` names the rule plus any modifier that
 * changed its level, e.g. `suicide.thoughts.kill-self+negated`.
 */
export interface RiskEvidence {
  start: number;
  end: number;
  text: string;
  rule: string;
  level: RiskLevel;
  category?: RiskCategory;
}

export interface RiskAssessment {
  level: RiskLevel;
  /** Categories of the evidence at `moderate` or above, in RISK_CATEGORIES order. */
  categories: RiskCategory[];
  evidence: RiskEvidence[];
}

export interface TrackedAssessment extends RiskAssessment {
  /** This message on its own (with the tracker's context signals), before any hold. */
  message: RiskAssessment;
  /** Highest level reached in this conversation so far (including this turn). */
  peak: RiskLevel;
  /** The message reads like "never mind, I'm fine" after an earlier flag. */
  retraction: boolean;
  /** Recent turns (or this one) showed distress: decides how means questions are read. */
  distressInContext: boolean;
}

/**
 * Everything the tracker remembers between turns: counters and bit sets, never text, so it
 * can be stored beside a conversation without holding its content.
 */
export interface RiskTrackerState {
  v: 1;
  /** Turns seen so far. */
  turns: number;
  /** Peak level index (0 = none … 4 = imminent). */
  peak: number;
  /** Bit set of categories that reached moderate or above. */
  peakCats: number;
  /** Level index currently held after a flag, and its categories. */
  held: number;
  heldCats: number;
  /** Consecutive turns below moderate since the last flag (drives the hold's decay). */
  calm: number;
  /** Turn index of the last turn with distress or risk (-1 = never). */
  lastDistress: number;
  /** Highest suicide/self-harm level index seen from the person's own statements. */
  selfRisk: number;
  /**
   * Bits 0–15: signal families seen at moderate or above (for cumulative risk); bits 16–19: a
   * count of recent turns with the person's own distress (for persistent distress).
   */
  families: number;
  /** Number of turns that reached moderate or above on their own. */
  flagged: number;
  /** Bits 0–8: kinds of means asked about so far (bridges, trains, pills, …, lethality); bit 9: the person said they have lethal means. */
  means: number;
  /**
   * The text model's sums for the last few turns, oldest first, as [sum, features, words]
   * triples: numbers only, so several short messages can be read together without keeping
   * what they said.
   */
  window?: number[];
  /** Kinds of ambiguous acute signs seen (see score.ts `latent`), and the turn of the last one. */
  latent?: number;
  latentTurn?: number;
}
