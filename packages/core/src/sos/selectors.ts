// Read-only views of a session for the SOS screen.
import type { Tier } from '../plan/schema';
import { MOVE_ON_AFTER_MS, latestSuds } from './machine';
import type { PlannedStrategy } from './strategies';
import type { SosSession } from './types';

export { latestSuds };

/** The tier in force, or the proposed one before the person confirms. */
export function displayedTier(s: SosSession): Tier | null {
  return s.tier ?? s.proposedTier;
}

/**
 * When true, the screen pins crisis lines and the emergency number at the top. This is the
 * case as soon as the emergency tier is proposed or chosen, before anything else is tapped.
 */
export function showCrisisLinesFirst(s: SosSession): boolean {
  return s.phase !== 'done' && displayedTier(s) === 'emergency';
}

/** The strategies of the current tier, in order. */
export function currentTierStrategies(s: SosSession): PlannedStrategy[] {
  return s.tier ? s.strategies[s.tier] : [];
}

/** The strategy SOS offers next (in 'ready'), or null when the tier is used up. */
export function nextStrategy(s: SosSession): PlannedStrategy | null {
  return currentTierStrategies(s)[s.cursor] ?? null;
}

/** Milliseconds the running strategy has been going, per the last event or tick. */
export function strategyElapsedMs(s: SosSession): number {
  return s.current ? s.now - s.current.startedAt : 0;
}

/** Milliseconds until the 15-minute rule would apply to the running strategy (0 when due). */
export function msUntilMoveOn(s: SosSession): number | null {
  return s.current ? Math.max(0, MOVE_ON_AFTER_MS - strategyElapsedMs(s)) : null;
}
