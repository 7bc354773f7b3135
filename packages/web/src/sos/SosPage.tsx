// SOS: public (help never sits behind a log-in), works offline, and opens before anything
// else has loaded. The emergency number, the 24/7 lines and the distress scale are on screen
// from the first frame; the person's own plan follows from this device's storage a moment
// later (a rating tapped before then is kept, with its time).
import { useState } from 'react';
import type { EpochMs } from '@kinbridge/core';
import { lastKnownUser, useSession } from '../auth/session';
import { CrisisLines } from './CrisisLines';
import { DistressScale } from './DistressScale';
import { SosFlow } from './SosFlow';
import { initialRegion, useSosData } from './use-sos-data';

export function SosPage() {
  const { user, status } = useSession();
  // Before the server has answered, trust the account last seen here: help must not wait.
  const userId = status === 'loading' ? (lastKnownUser()?.id ?? null) : (user?.id ?? null);
  const data = useSosData(userId);
  const [early, setEarly] = useState<{ suds: number; at: EpochMs } | null>(null);
  return (
    <main className="page narrow sos" id="main">
      <h1>SOS</h1>
      <p className="lead">You opened SOS, and that is a good step. Take it one moment at a time.</p>
      {data ? (
        <SosFlow key={userId ?? 'guest'} plan={data.plan} region={data.region} userId={userId} ownPlan={data.ownPlan} firstRating={early} />
      ) : (
        <>
          <CrisisLines region={initialRegion()} compact />
          {early ? (
            <p className="muted">One moment…</p>
          ) : (
            <DistressScale question="How intense is it right now?" onRate={(suds) => setEarly({ suds, at: Date.now() as EpochMs })} />
          )}
        </>
      )}
    </main>
  );
}
