// Turns a session into the episode record the journal stores. Works on an unfinished session
// too (endedAt null), so the app can save early and update the same episode by id later.
import type { Episode } from '../episode/schema';
import { EPISODE_SCHEMA_VERSION } from '../episode/schema-version';
import { toIso } from '../time';
import type { Suds } from './suds';
import type { SosSession } from './types';

const minutesBetween = (from: number, to: number) => Math.round(((to - from) / 60_000) * 10) / 10;

export function peakSuds(s: SosSession): Suds | null {
  return s.ratings.reduce<Suds | null>((peak, r) => (peak === null || r.suds > peak ? r.suds : peak), null);
}

export function toEpisode(session: SosSession, note?: string): Episode {
  const episode: Episode = {
    id: session.id,
    schemaVersion: EPISODE_SCHEMA_VERSION,
    startedAt: toIso(session.startedAt),
    endedAt: session.endedAt === null ? null : toIso(session.endedAt),
    initialSuds: session.ratings[0]?.suds ?? null,
    finalSuds: session.ratings.at(-1)?.suds ?? null,
    peakSuds: peakSuds(session),
    tierPath: session.tierPath.map((t) => ({ tier: t.tier, at: toIso(t.at) })),
    steps: session.steps.map((step) => ({
      strategy: step.strategy,
      label: step.label,
      tier: step.tier,
      startedAt: toIso(step.startedAt),
      endedAt: toIso(step.endedAt),
      before: step.before,
      after: step.after,
      minutes: minutesBetween(step.startedAt, step.endedAt),
      outcome: step.outcome,
    })),
  };
  return note === undefined ? episode : { ...episode, note };
}
