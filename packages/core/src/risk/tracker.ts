// RiskTracker: one per conversation. It carries a few counters between turns (no text), so
// each message costs the same whether it is the 5th or the 500th:
//   - distress window: distress or risk within the last DISTRESS_WINDOW turns makes a means
//     question ("tallest bridges?") read as facilitation-seeking;
//   - self-risk: the highest level of the person's own suicide/self-harm statements so far,
//     so "I have the pills right here" after "I want to kill myself" reads as imminent;
//   - repeated means-seeking: questions about two different kinds of means (bridges, then
//     trains) make the second moderate, three kinds (or any after a lethality question) high;
//   - cumulative risk: three different warning-sign families at moderate or above (say
//     hopelessness, burden, a passive wish), or three flagged turns, raise the turn to high;
//   - persistent distress: the person's own distress in four turns (no gap longer than the
//     distress window) makes the fourth and later ones moderate; after a past attempt, two
//     warning-sign families are enough for cumulative risk;
//   - hold: after a turn at moderate or above, the level that drives the product holds and
//     decays one step per HOLD_DECAY_TURNS consecutive calm turns;
//   - retraction: "never mind, I'm fine" after a flag re-asserts the conversation's peak for
//     that turn (and restarts the hold), because a single "I'm fine" does not close a flag;
//   - several turns read together: the text model's sums for the last MODEL_WINDOW turns
//     (numbers, no words) are added up, so risk spread over short messages, none enough on
//     its own, still reaches `moderate`.
import { analyse } from './analyse';
import { FRAMED, score, signalsKey, summarise, type ScoreSummary, type Scored } from './score';
import { normalise } from './normalise';
import { categoriesFromBits, levelAt, levelIndex } from './levels';
import { has, RETRACTION, REVEAL } from './context/markers';
import type { RiskEvidence, RiskTrackerState, TrackedAssessment } from './types';
import { CUMULATIVE_FAMILIES } from './rules';
import { modelLevel, modelWindowEnabled, type ModelSums } from './model/classify';

export const DISTRESS_WINDOW = 10;
export const HOLD_DECAY_TURNS = 5;
/** Turns within which two kinds of ambiguous acute signs are read together. */
const LATENT_WINDOW = 6;
/** Turns the text model reads together (this one included). */
export const MODEL_WINDOW = 6;
const CUMULATIVE_FAMILIES_NEEDED = 3;
// Three flagged turns rather than four, and a window of six turns rather than five (session 8):
// chosen on the own validation histories (Behavior/Attempt users reaching high 0.757 -> 0.771)
// and unseen conversations (reaching their own level 0.613 -> 0.621), with no change on the
// development sets' false alarms.
const CUMULATIVE_TURNS_NEEDED = 3;
const PERSISTENT_DISTRESS_TURNS = 4;
const DISTRESS_SHIFT = 16;
const FAMILY_MASK = (1 << DISTRESS_SHIFT) - 1;
const ATTEMPT_BIT = 1 << CUMULATIVE_FAMILIES.indexOf('attempt');

function popcount(bits: number): number {
  let n = 0;
  for (let b = bits; b !== 0; b &= b - 1) n++;
  return n;
}

export function initialState(): RiskTrackerState {
  return { v: 1, turns: 0, peak: 0, peakCats: 0, held: 0, heldCats: 0, calm: 0, lastDistress: -1, selfRisk: 0, families: 0, flagged: 0, means: 0 };
}

function validState(state: RiskTrackerState | undefined): RiskTrackerState {
  if (!state || state.v !== 1) return initialState();
  const n = (x: unknown, min: number, max: number, fallback: number) =>
    typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max ? x : fallback;
  return {
    v: 1,
    turns: n(state.turns, 0, Number.MAX_SAFE_INTEGER, 0),
    peak: n(state.peak, 0, 4, 0),
    peakCats: n(state.peakCats, 0, 31, 0),
    held: n(state.held, 0, 4, 0),
    heldCats: n(state.heldCats, 0, 31, 0),
    calm: n(state.calm, 0, Number.MAX_SAFE_INTEGER, 0),
    lastDistress: n(state.lastDistress, -1, Number.MAX_SAFE_INTEGER, -1),
    selfRisk: n(state.selfRisk, 0, 4, 0),
    families: n(state.families, 0, 0xffffff, 0),
    flagged: n(state.flagged, 0, Number.MAX_SAFE_INTEGER, 0),
    means: n(state.means, 0, 0x3ff, 0),
    window: validWindow(state.window),
    latent: n(state.latent, 0, 31, 0),
    latentTurn: n(state.latentTurn, -1, Number.MAX_SAFE_INTEGER, -1),
  };
}

function validWindow(window: unknown): number[] {
  if (!Array.isArray(window) || window.length % 3 !== 0 || window.length > 3 * (MODEL_WINDOW - 1)) return [];
  return window.every((x) => typeof x === 'number' && Number.isInteger(x) && Math.abs(x) < 1e9) ? [...(window as number[])] : [];
}

/** The window's earlier turns plus this one, summed. */
function windowSums(window: readonly number[], turn: ModelSums): ModelSums {
  const sums = { ...turn };
  for (let k = 0; k + 2 < window.length; k += 3) {
    sums.sum += window[k] ?? 0;
    sums.features += window[k + 1] ?? 0;
    sums.words += window[k + 2] ?? 0;
  }
  return sums;
}

function contextEvidence(rule: string, level: number, bits: number): RiskEvidence {
  const category = categoriesFromBits(bits)[0];
  const base = { start: 0, end: 0, text: '', rule, level: levelAt(level) };
  return category ? { ...base, category } : base;
}

// Replay cache. assessRisk(text, context) re-reads the same earlier turns on every call; what
// the tracker needs from an earlier turn is small (its score without evidence, under the
// context signals it was read with, and whether it is a retraction), so that is all that is
// kept, per text, for the most recent texts. It never changes a result.
interface ReplayRecord {
  summaries: Map<number, ScoreSummary>;
  retraction?: boolean;
}
// Two generations instead of evicting the oldest entry on every insert: deleting from the
// front of a Map leaves holes that `keys().next()` walks past, which cost more than the
// lookup it saves. A text used again is carried into the newer generation.
const REPLAY_GENERATION = 2048;
const REPLAY_MAX_TEXT = 4000;
let replayNewer = new Map<string, ReplayRecord>();
let replayOlder = new Map<string, ReplayRecord>();

function replayRecord(text: string): ReplayRecord | undefined {
  if (text.length > REPLAY_MAX_TEXT) return undefined;
  let record = replayNewer.get(text);
  if (record) return record;
  record = replayOlder.get(text) ?? { summaries: new Map() };
  if (replayNewer.size >= REPLAY_GENERATION) {
    replayOlder = replayNewer;
    replayNewer = new Map();
  }
  replayNewer.set(text, record);
  return record;
}

export class RiskTracker {
  private state: RiskTrackerState;

  constructor(state?: RiskTrackerState) {
    this.state = validState(state ? { ...state } : undefined);
  }

  /** Assess the next message of the conversation. */
  assess(text: string): TrackedAssessment {
    return this.step(text, true) as TrackedAssessment;
  }

  /**
   * Read an earlier turn for context only: the state advances exactly as with assess(), but
   * no assessment is built (used by assessRisk to replay a context cheaply).
   */
  observe(text: string): void {
    this.step(text, false);
  }

  private step(text: string, full: boolean): TrackedAssessment | undefined {
    const s = this.state;
    const turn = s.turns;
    const distressRecent = s.lastDistress >= 0 && turn - s.lastDistress <= DISTRESS_WINDOW;
    const signals = { distressRecent, selfRisk: s.selfRisk, means: s.means };
    const key = signalsKey(signals);
    const record = replayRecord(text);
    let scored: ScoreSummary | Scored | undefined = full ? undefined : record?.summaries.get(key);
    let canonicalText: string | undefined;
    if (!scored) {
      const analysis = analyse(text);
      canonicalText = analysis.norm.text;
      const fresh = score(analysis, signals, full);
      record?.summaries.set(key, summarise(fresh));
      scored = fresh;
    }
    const isRetraction = (): boolean => {
      if (record?.retraction !== undefined) return record.retraction;
      const found = has(RETRACTION, canonicalText ?? normalise(text).text);
      if (record) record.retraction = found;
      return found;
    };

    let messageLevel = levelIndex(scored.level);
    let categoryBits = scored.categoryBits;
    const evidence: RiskEvidence[] = full ? [...(scored as Scored).evidence] : [];

    // Cumulative risk: several warning-sign families, or many flagged turns.
    // Bits 0–15 of `families` are warning-sign families; bits 16–19 count turns of the
    // person's own distress (capped at 15), so the stored state keeps its shape.
    // The count restarts after DISTRESS_WINDOW turns without distress or risk.
    const earlier = distressRecent ? (s.families >>> DISTRESS_SHIFT) & 0xf : 0;
    const distressTurns = Math.min(15, earlier + (scored.ownDistress ? 1 : 0));
    const families = ((s.families | scored.familyBits) & FAMILY_MASK) | (distressTurns << DISTRESS_SHIFT);
    const familyCount = popcount(families & FAMILY_MASK);
    // Persistent distress: the same low-level pain turn after turn earns a gentle check-in.
    if (messageLevel === 1 && scored.ownDistress && distressTurns >= PERSISTENT_DISTRESS_TURNS) {
      messageLevel = 2;
      categoryBits = categoryBits || 1;
      if (full) evidence.push(contextEvidence('context.persistent-distress', 2, categoryBits));
    }
    // A past attempt makes any later warning sign weigh more (the strongest single predictor).
    const attemptSeen = (families & ATTEMPT_BIT) !== 0;
    if (messageLevel === 2 && (familyCount >= CUMULATIVE_FAMILIES_NEEDED || (attemptSeen && familyCount >= 2) || s.flagged + 1 >= CUMULATIVE_TURNS_NEEDED)) {
      messageLevel = 3;
      categoryBits = categoryBits || 1;
      if (full) evidence.push(contextEvidence('context.cumulative', 3, categoryBits));
    }
    // Several short turns that together read as risk (the text model over the window).
    const window = s.window ?? [];
    // A `high` reading over the last turns with a moment set in this one is a plan with a time.
    const windowRead = window.length > 0 && modelWindowEnabled() ? modelLevel(windowSums(window, scored.model)) : 0;
    const windowLevel = windowRead === 3 && scored.timed ? 4 : windowRead;
    if (windowLevel > messageLevel) {
      messageLevel = windowLevel;
      categoryBits = categoryBits || 1;
      if (full) evidence.push(contextEvidence(windowLevel === 4 ? 'context.model-window+time' : 'context.model-window', windowLevel, categoryBits));
    }
    // Every turn enters the window, flagged or not: "I want to die" (moderate) followed by
    // "got everything sorted" and "tonight then" is read as one plan only if the window still
    // holds the words of the turn that said it. (Until session 8 a flagged turn entered as
    // nothing; keeping it reached the labelled level in 74 of 116 development conversations
    // instead of 64, with no more false alarms on the calm ones.)
    const nextWindow = [...window, scored.model.sum, scored.model.features, scored.model.words].slice(-3 * (MODEL_WINDOW - 1));

    // Ambiguous acute signs of two kinds within a few turns ("everything is ready" … "gave my
    // guitar away" … "the dog is at my mum's") are a constellation: high, imminent with a time.
    const recentLatent = s.latent !== undefined && turn - (s.latentTurn ?? -99) <= LATENT_WINDOW ? s.latent : 0;
    const latent = recentLatent | scored.latent;
    // "It's about a girl who decides to end it on friday" … "ok honestly. it's me": the story
    // was the person's own plan all along.
    // (The frame and the reveal may come in the same message: "there's no friend. it's me".)
    if ((latent & FRAMED) !== 0 && messageLevel < 3 && has(REVEAL, canonicalText ?? normalise(text).text)) {
      messageLevel = scored.timed ? 4 : 3;
      categoryBits = categoryBits || 1;
      if (full) evidence.push(contextEvidence('context.frame-revealed', messageLevel, categoryBits));
    }
    // So is the person's own wish, hopelessness or burden said after one of those signs ("I have
    // a gun at home" … "my family would be better off"): the sign gives the words a means.
    const afterSign = (recentLatent & ~FRAMED) !== 0 && scored.selfRisk === 2;
    if ((afterSign || ((scored.latent & ~FRAMED) !== 0 && popcount(latent & ~FRAMED) >= 2)) && messageLevel < 4) {
      const signs = scored.timed ? 4 : 3;
      if (signs > messageLevel) {
        messageLevel = signs;
        categoryBits = categoryBits || 1;
        if (full) evidence.push(contextEvidence(signs === 4 ? 'context.acute-signs+time' : 'context.acute-signs', signs, categoryBits));
      }
    }
    const messageEvidence = full ? [...evidence] : evidence;

    // Retraction: only meaningful after a flag, and only if this turn is below that flag.
    const retraction = s.peak >= 2 && messageLevel < s.peak && isRetraction();

    // Hold and decay.
    let held = s.held;
    let heldCats = s.heldCats;
    let calm = s.calm;
    if (messageLevel >= 2) {
      if (messageLevel >= held) heldCats = categoryBits;
      else heldCats |= categoryBits;
      held = Math.max(held, messageLevel);
      calm = 0;
    } else {
      calm++;
      if (held > 0 && calm % HOLD_DECAY_TURNS === 0) held--;
      if (held < 2) heldCats = 0;
    }
    let level = messageLevel;
    let bits = categoryBits;
    if (retraction) {
      held = Math.max(held, s.peak);
      heldCats = heldCats | s.peakCats;
      calm = 0;
      // Taking back a wish or a hopeless remark is itself a warning sign (minimising after a
      // disclosure), so a retraction after a `moderate` flag is read one step higher.
      const back = Math.max(s.peak, 3);
      held = Math.max(held, back);
      if (back > level) {
        level = back;
        bits |= s.peakCats;
        if (full) evidence.push(contextEvidence('context.retraction-holds-flag', back, s.peakCats));
      }
    } else if (held > level) {
      level = held;
      bits |= heldCats;
      if (full) evidence.push(contextEvidence('context.held-flag', held, heldCats));
    }

    const peak = Math.max(s.peak, level);
    this.state = {
      v: 1,
      turns: turn + 1,
      peak,
      peakCats: level >= s.peak ? (level > s.peak ? bits : s.peakCats | bits) : s.peakCats,
      held,
      heldCats,
      calm,
      lastDistress: scored.distress || messageLevel >= 2 ? turn : s.lastDistress,
      // A multi-turn model reading is the person's own risk too (later plans read against it).
      selfRisk: Math.max(s.selfRisk, scored.selfRisk, windowLevel >= 2 ? windowLevel : 0),
      families,
      flagged: s.flagged + (messageLevel >= 2 ? 1 : 0),
      means: s.means | scored.means,
      window: nextWindow,
      latent,
      latentTurn: scored.latent !== 0 ? turn : s.latentTurn ?? -1,
    };
    if (!full) return undefined;

    return {
      level: levelAt(level),
      categories: categoriesFromBits(bits),
      evidence,
      message: { level: levelAt(messageLevel), categories: categoriesFromBits(categoryBits), evidence: messageEvidence },
      peak: levelAt(peak),
      retraction,
      distressInContext: scored.distressInContext,
    };
  }

  snapshot(): RiskTrackerState {
    return { ...this.state };
  }
}
