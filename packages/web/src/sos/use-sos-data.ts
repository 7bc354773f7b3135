// What SOS needs before it can walk someone through their plan: the plan and the region, both
// read from this device (IndexedDB), never waited for over the network. Without an account or
// a saved plan, SOS still works with the built-in exercises and the region's crisis lines.
import { useEffect, useState } from 'react';
import { defaultTiers } from '@kinbridge/core/plan';
import type { CrisisPlan } from '@kinbridge/core/plan';
import { DEFAULT_REGION } from '@kinbridge/core/resources';
import { lastKnownUser } from '../auth/session';
import { onPlanCached, readPlanAndRegion, readRegion } from '../offline/local-data';

export interface SosData {
  plan: CrisisPlan;
  region: string;
  /** True when this is the person's own plan, not the built-in fallback. */
  ownPlan: boolean;
}

const none = { copingStrategies: [], distractions: [], supportContacts: [], professionals: [], comfortBox: [] };

/** Built in, with no Zod: only exercises, crisis lines and the emergency number. */
export function fallbackPlan(): CrisisPlan {
  return {
    schemaVersion: 2,
    triggers: [],
    warningSigns: { physical: [], emotional: [], cognitive: [], behavioural: [] },
    ...none,
    safeEnvironment: [],
    reasonsForLiving: [],
    tiers: defaultTiers(none),
  };
}

/** A stored plan is trusted (it was validated before it was written), but a damaged record must not break SOS. */
function usable(plan: unknown): plan is CrisisPlan {
  const p = plan as Partial<CrisisPlan> | null;
  return !!p && typeof p === 'object' && !!p.tiers && Array.isArray(p.tiers.mild) && Array.isArray(p.supportContacts) && Array.isArray(p.safeEnvironment);
}

function regionNow(): string {
  try {
    return localStorage.getItem('kinbridge.region') ?? DEFAULT_REGION;
  } catch {
    return DEFAULT_REGION;
  }
}

async function readSosData(userId: string | null): Promise<SosData> {
  try {
    const { cached, region } = userId ? await readPlanAndRegion(userId) : { cached: undefined, region: await readRegion(null) };
    const stored = cached?.plan;
    const own = usable(stored) ? stored : null;
    return { plan: own ?? fallbackPlan(), region: region ?? DEFAULT_REGION, ownPlan: own !== null };
  } catch {
    return { plan: fallbackPlan(), region: regionNow(), ownPlan: false };
  }
}

// Opened straight at /sos (the home-screen shortcut, a reload): start reading storage while
// React is still starting, for the account last seen here.
let coldStart: { userId: string | null; promise: Promise<SosData>; value?: SosData } | null = null;
if (typeof window !== 'undefined' && window.location.pathname === '/sos') {
  const userId = lastKnownUser()?.id ?? null;
  const promise = readSosData(userId);
  coldStart = { userId, promise };
  void promise.then((value) => coldStart && (coldStart.value = value));
}

export function useSosData(userId: string | null): SosData | null {
  const [data, setData] = useState<SosData | null>(() => (coldStart?.userId === userId ? (coldStart.value ?? null) : null));
  useEffect(() => {
    let cancelled = false;
    // The cold-start read is used once; every later visit reads afresh (the plan may have changed).
    const promise = coldStart?.userId === userId ? coldStart.promise : readSosData(userId);
    coldStart = null;
    void promise.then((value) => !cancelled && setData(value));
    // Opened before this device held the person's plan (just signed in): take it when it lands.
    const stopListening = userId
      ? onPlanCached(userId, () => {
          void readSosData(userId).then((value) => !cancelled && value.ownPlan && setData((old) => (old?.ownPlan ? old : value)));
        })
      : () => undefined;
    return () => {
      cancelled = true;
      stopListening();
    };
  }, [userId]);
  return data;
}

/** Region to show before IndexedDB has answered (crisis lines never wait). */
export const initialRegion = regionNow;
