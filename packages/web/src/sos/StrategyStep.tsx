// One strategy at a time: what comes next, the strategy itself, and afterwards "how intense
// now?". Suggestions from the machine (the 15-minute rule, rising distress) appear as gentle
// offers with a button; the person decides.
import { useEffect, useRef, useState } from 'react';
import { nextStrategy } from '@kinbridge/core/sos';
import type { SosEvent, SosSession, SosSuggestion } from '@kinbridge/core/sos';
import type { CrisisPlan } from '@kinbridge/core/plan';
import type { EpochMs } from '@kinbridge/core';
import { DistressScale } from './DistressScale';
import { StrategyBody } from './StrategyBody';

interface Props {
  session: SosSession;
  plan: CrisisPlan;
  region: string;
  send(event: SosEvent): void;
  now(): EpochMs;
}

const SUGGESTION_TEXT: Record<SosSuggestion, string> = {
  move_on: 'You have given this 15 minutes and it has not eased things. That is okay. Trying something else can help.',
  next_tier: 'It sounds like this is getting harder. Moving up a level brings in more support.',
  step_down: 'Things have eased a bit. You can move down a level if that feels right.',
  finish: 'Your distress is lower now. You can stop here, or keep going if you like.',
};

function Suggestion({ suggestion, send, now }: { suggestion: SosSuggestion; send(e: SosEvent): void; now(): EpochMs }) {
  const action: Record<SosSuggestion, [string, SosEvent['type']]> = {
    move_on: ['Try the next step', 'skip'],
    next_tier: ['Move up a level', 'escalate'],
    step_down: ['Move down a level', 'deescalate'],
    finish: ['Finish for now', 'end'],
  };
  const [label, type] = action[suggestion];
  return (
    <div className="suggestion" role="status">
      <p>{SUGGESTION_TEXT[suggestion]}</p>
      <button type="button" className="primary" onClick={() => send({ type, at: now() } as SosEvent)}>
        {label}
      </button>
    </div>
  );
}

export function StrategyStep({ session, plan, region, send, now }: Props) {
  const [rating, setRating] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusKey = `${session.phase}|${session.tier}|${session.cursor}`;
  // Move focus to the new step so keyboard and screen-reader users land on it.
  useEffect(() => heading.current?.focus(), [focusKey]);

  if (session.phase === 'ready') {
    const next = nextStrategy(session);
    return (
      <section className="panel" aria-labelledby="sos-step">
        {session.suggestion && <Suggestion suggestion={session.suggestion} send={send} now={now} />}
        {next ? (
          <>
            <h2 id="sos-step" ref={heading} tabIndex={-1}>
              {session.cursor > 0 || session.steps.length > 0 ? 'Next: ' : ''}
              {next.label}
            </h2>
            <div className="actions">
              <button type="button" className="primary" onClick={() => send({ type: 'startStrategy', at: now() })}>
                Start
              </button>
              <button type="button" onClick={() => send({ type: 'skip', at: now() })}>
                Skip this one
              </button>
            </div>
          </>
        ) : (
          <h2 id="sos-step" ref={heading} tabIndex={-1}>
            You have been through every step at this level.
          </h2>
        )}
      </section>
    );
  }

  const current = session.current;
  if (!current) return null;
  return (
    <section className="panel" aria-labelledby="sos-step">
      <h2 id="sos-step" ref={heading} tabIndex={-1}>
        {current.strategy.label}
      </h2>
      <StrategyBody strategy={current.strategy.ref} plan={plan} region={region} />
      {session.suggestion && <Suggestion suggestion={session.suggestion} send={send} now={now} />}
      {rating ? (
        <DistressScale
          autoFocus
          question="How intense is it now?"
          hint={current.before !== null ? `Before this step it was ${current.before}.` : undefined}
          onRate={(suds) => {
            setRating(false);
            send({ type: 'completeStrategy', suds, at: now() });
          }}
        />
      ) : (
        <div className="actions">
          <button type="button" className="primary" onClick={() => setRating(true)}>
            I've done this
          </button>
          <button type="button" onClick={() => send({ type: 'skip', at: now() })}>
            Try something else
          </button>
        </div>
      )}
    </section>
  );
}
