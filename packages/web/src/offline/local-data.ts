// The person's own data as kept on this device: their plan (with the server version it is
// based on and whether it has unsent edits) and their region. SOS reads only from here, so it
// opens the same way with or without a network. No Zod on purpose: this module is on the SOS
// route, and what is stored here was validated before it was written.
import type { CrisisPlan } from '@kinbridge/core/plan';
import { idbGet, idbGetMany, idbPut, idbUpdate, kvKey } from './idb';

export interface CachedPlan {
  plan: CrisisPlan;
  /** The server version this copy is (or, with unsent edits, was based on); null before the first save. */
  version: number | null;
  /** True while edits made here wait in the outbox. */
  dirty: boolean;
  updatedAt: number;
}

export interface CachedSettings {
  region: string;
  /** When it was last written here (by the person, or from the server). */
  updatedAt?: number;
}

const REGION_FALLBACK_KEY = 'kinbridge.region';

export function readCachedPlan(userId: string): Promise<CachedPlan | undefined> {
  return idbGet<CachedPlan>('kv', kvKey.plan(userId)).catch(() => undefined);
}

export function writeCachedPlan(userId: string, cached: CachedPlan): Promise<void> {
  return idbPut('kv', cached, kvKey.plan(userId));
}

/**
 * Takes the server's copy unless this device holds edits it has not sent yet (those win
 * locally; the outbox sends them, and a clash with a newer server version becomes a conflict
 * the person resolves, never a silent overwrite).
 */
export async function acceptServerPlan(userId: string, plan: CrisisPlan, version: number): Promise<CachedPlan | undefined> {
  const stored = await idbUpdate<CachedPlan>('kv', kvKey.plan(userId), (current) => {
    if (current?.dirty) return current;
    // An answer that left the server before our own save landed must not undo it.
    if (current && current.version !== null && current.version > version) return current;
    return { plan, version, dirty: false, updatedAt: Date.now() };
  });
  announcePlanCached(userId);
  return stored;
}

const PLAN_CACHED_EVENT = 'kinbridge:plan-cached';

function announcePlanCached(userId: string): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(PLAN_CACHED_EVENT, { detail: userId }));
}

/**
 * Calls back when this tab has written the server's plan for this person here. SOS opened
 * straight after signing in (before the first refresh landed) uses it to switch from the
 * built-in steps to the person's own.
 */
export function onPlanCached(userId: string, listener: () => void): () => void {
  const handler = (event: Event) => {
    if ((event as CustomEvent<string>).detail === userId) listener();
  };
  window.addEventListener(PLAN_CACHED_EVENT, handler);
  return () => window.removeEventListener(PLAN_CACHED_EVENT, handler);
}

/** After the server confirmed a save: later local edits (if any) are now based on that version. */
export function markPlanSaved(userId: string, version: number, stillDirty: boolean, plan?: CrisisPlan): Promise<CachedPlan | undefined> {
  return idbUpdate<CachedPlan>('kv', kvKey.plan(userId), (current) => {
    if (!current) return plan ? { plan, version, dirty: false, updatedAt: Date.now() } : undefined;
    return { ...current, version, dirty: stillDirty };
  });
}

/** The plan and region together, in one read: the first thing SOS needs. */
export async function readPlanAndRegion(userId: string): Promise<{ cached: CachedPlan | undefined; region: string | null }> {
  const [cached, settings] = await idbGetMany<[CachedPlan, CachedSettings]>('kv', [kvKey.plan(userId), kvKey.settings(userId)]);
  return { cached, region: settings?.region ?? fallbackRegion() };
}

function fallbackRegion(): string | null {
  try {
    return localStorage.getItem(REGION_FALLBACK_KEY);
  } catch {
    return null;
  }
}

export async function readRegion(userId: string | null): Promise<string | null> {
  if (userId) {
    const settings = await idbGet<CachedSettings>('kv', kvKey.settings(userId)).catch(() => undefined);
    if (settings?.region) return settings.region;
  }
  return fallbackRegion();
}

export async function writeRegion(userId: string, region: string): Promise<void> {
  try {
    // Also kept outside the account so SOS shows the right lines even when logged out.
    localStorage.setItem(REGION_FALLBACK_KEY, region);
  } catch {
    // storage disabled: IndexedDB below still has it
  }
  await idbPut('kv', { region, updatedAt: Date.now() } satisfies CachedSettings, kvKey.settings(userId));
}

/** Takes the server's region unless it was changed here after `askedAt` (the answer is older). */
export async function acceptServerRegion(userId: string, region: string, askedAt: number): Promise<void> {
  const updated = await idbUpdate<CachedSettings>('kv', kvKey.settings(userId), (current) =>
    current && (current.updatedAt ?? 0) >= askedAt ? current : { region, updatedAt: Date.now() },
  );
  if (updated?.region === region) {
    try {
      localStorage.setItem(REGION_FALLBACK_KEY, region);
    } catch {
      // storage disabled
    }
  }
}
