// One SOS session, driven by core's pure state machine. The screen only turns taps and clock
// ticks into events; the machine decides tiers, suggestions and the 15-minute rule. Time comes
// from Date.now(), which browser tests control (Playwright's page.clock).
import { useEffect, useReducer, useRef, useState } from 'react';
import { planCanChange, showCrisisLinesFirst, sosReducer, startSosSession, toEpisode } from '@kinbridge/core/sos';
import type { SosEvent, SosSession } from '@kinbridge/core/sos';
import type { CrisisPlan } from '@kinbridge/core/plan';
import type { EpochMs } from '@kinbridge/core';
import { newId } from '../offline/outbox';
import { saveEpisodeLocally } from '../offline/episode-sync';
import { CrisisLines } from './CrisisLines';
import { DistressScale } from './DistressScale';
import { EmergencyPanel } from './EmergencyPanel';
import { SessionEnd } from './SessionEnd';
import { StrategyStep } from './StrategyStep';
import { TierBar, TierProposal } from './TierControls';

const now = () => Date.now() as EpochMs;
/** How often the 15-minute rule is checked. The rule itself lives in core. */
const TICK_MS = 5_000;

interface Props {
  plan: CrisisPlan;
  region: string;
  userId: string | null;
  ownPlan: boolean;
  /** A rating tapped before the plan had loaded. */
  firstRating?: { suds: number; at: EpochMs } | null;
}

/** A signature of what is worth saving: saving on every tick would only churn storage. */
const saveKey = (s: SosSession) => `${s.phase}|${s.ratings.length}|${s.steps.length}|${s.tierPath.length}|${s.current?.startedAt ?? ''}`;

export function SosFlow({ plan, region, userId, ownPlan, firstRating }: Props) {
  const [session, dispatch] = useReducer(sosReducer, undefined, () => {
    const started = startSosSession({ id: newId(), now: firstRating?.at ?? now(), plan });
    return firstRating ? sosReducer(started, { type: 'rate', suds: firstRating.suds, at: firstRating.at }) : started;
  });
  const latest = useRef(session);
  latest.current = session;
  const send = (event: SosEvent) => dispatch(event);

  // The person's own plan can arrive a moment after SOS opened with the built-in steps. It is
  // taken only before the first step, so nothing changes under someone mid-exercise.
  const [stepsFromOwnPlan, setStepsFromOwnPlan] = useState(ownPlan);
  useEffect(() => {
    if (!ownPlan || stepsFromOwnPlan || !planCanChange(latest.current)) return;
    dispatch({ type: 'usePlan', plan, at: now() });
    setStepsFromOwnPlan(true);
  }, [plan, ownPlan, stepsFromOwnPlan]);

  useEffect(() => {
    const tick = () => dispatch({ type: 'tick', now: now() });
    const timer = setInterval(tick, TICK_MS);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, []);

  // Saved early and often (by id, so it stays one episode), so a closed tab loses nothing.
  const key = saveKey(session);
  useEffect(() => {
    const s = latest.current;
    if (userId && s.ratings.length > 0) void saveEpisodeLocally(userId, toEpisode(s)).catch(() => undefined);
  }, [key, userId]);

  // Leaving SOS mid-session (home, quick exit) ends it, so the journal shows where it stopped.
  useEffect(
    () => () => {
      const s = latest.current;
      if (!userId || s.phase === 'done' || s.ratings.length === 0) return;
      const ended = sosReducer(s, { type: 'end', at: now() });
      void saveEpisodeLocally(userId, toEpisode(ended)).catch(() => undefined);
    },
    [userId],
  );

  const emergency = showCrisisLinesFirst(session);
  return (
    <>
      {emergency ? <EmergencyPanel plan={plan} region={region} /> : <CrisisLines region={region} compact />}
      {session.phase === 'rating' && <DistressScale question="How intense is it right now?" onRate={(suds) => send({ type: 'rate', suds, at: now() })} />}
      {session.phase === 'tier_proposed' && session.proposedTier && (
        <TierProposal
          tier={session.proposedTier}
          session={session}
          onConfirm={() => send({ type: 'chooseTier', tier: session.proposedTier!, at: now() })}
          onUp={() => send({ type: 'escalate', at: now() })}
          onDown={() => send({ type: 'deescalate', at: now() })}
        />
      )}
      {(session.phase === 'ready' || session.phase === 'in_strategy') && session.tier && (
        <>
          <StrategyStep session={session} plan={plan} region={region} send={send} now={now} />
          <TierBar
            tier={session.tier}
            onUp={() => send({ type: 'escalate', at: now() })}
            onDown={() => send({ type: 'deescalate', at: now() })}
            onEnd={() => send({ type: 'end', at: now() })}
          />
        </>
      )}
      {session.phase === 'done' && <SessionEnd session={session} userId={userId} region={region} />}
      {!stepsFromOwnPlan && session.phase !== 'done' && <p className="muted small">These are general steps. Once you make your own plan, SOS will use it.</p>}
    </>
  );
}
