// Crisis risk detector: public API. See types.ts for the levels and docs/safety/
// crisis-protocol.md for what each level triggers in the product and how this was evaluated.
import { RiskTracker } from './tracker';
import type { RiskAssessment } from './types';

export type {
  RiskLevel, RiskCategory, RiskEvidence, RiskAssessment, TrackedAssessment, RiskTrackerState,
} from './types';
export { RISK_LEVELS, RISK_CATEGORIES } from './types';
export { compareRiskLevels, isAtLeast, maxLevel } from './levels';
export { RiskTracker, DISTRESS_WINDOW, HOLD_DECAY_TURNS } from './tracker';

/**
 * Assess one message given the earlier user turns of the conversation (oldest first).
 * Equal by definition to a fresh RiskTracker fed `context` and then `text`.
 */
export function assessRisk(text: string, context: readonly string[] = []): RiskAssessment {
  const tracker = new RiskTracker();
  for (const turn of context) tracker.observe(turn);
  const { level, categories, evidence } = tracker.assess(text);
  return { level, categories, evidence };
}
