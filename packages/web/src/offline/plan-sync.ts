// Saving the plan, online or not. An edit is written to this device first (the cached plan and
// one outbox entry, in a single IndexedDB transaction, so they can never disagree), then sent
// as PUT /api/plan with the version it was based on and a clientChangeId.
//
// Edits made while an earlier save is on its way replace the pending entry; when the earlier
// save is confirmed as version N, the pending one is re-based on N (it was made on top of it).
// A 409 (someone else saved in between, e.g. the therapist) keeps the local edit and marks it
// as a conflict for the person to resolve: nothing is overwritten and nothing is lost.
import type { CrisisPlan, PlanVersion, SavePlanRequest } from '@kinbridge/core/plan';
import { api } from '../app/api';
import type { CachedPlan } from './local-data';
import { kvKey, transact } from './idb';
import { discard, newId, notifyOutboxChanged, registerSender } from './outbox';
import type { OutboxEntry } from './outbox';

export const PLAN_OUTBOX_KEY = 'plan';

/** Saves on this device and queues the upload. Resolves when both are committed locally. */
export async function savePlanLocally(userId: string, plan: CrisisPlan, origin: 'edit' | 'restore' = 'edit', basedOn?: number | null): Promise<CachedPlan> {
  const cached = await transact(['kv', 'outbox'], 'readwrite', (tx) => {
    const kv = tx.objectStore('kv');
    const outbox = tx.objectStore('outbox');
    return new Promise<CachedPlan>((resolve, reject) => {
      const readPlan = kv.get(kvKey.plan(userId)) as IDBRequest<CachedPlan | undefined>;
      readPlan.onerror = () => reject(readPlan.error ?? new Error('Could not read the saved plan.'));
      readPlan.onsuccess = () => {
        const version = basedOn !== undefined ? basedOn : (readPlan.result?.version ?? null);
        const next: CachedPlan = { plan, version, dirty: true, updatedAt: Date.now() };
        kv.put(next, kvKey.plan(userId));
        const readEntry = outbox.get(PLAN_OUTBOX_KEY) as IDBRequest<OutboxEntry | undefined>;
        readEntry.onsuccess = () => {
          const body: SavePlanRequest = { plan, basedOnVersion: version, clientChangeId: newId(), origin };
          const entry: OutboxEntry = {
            key: PLAN_OUTBOX_KEY,
            userId,
            kind: 'plan',
            rev: newId(),
            body,
            createdAt: readEntry.result?.createdAt ?? Date.now(),
            updatedAt: Date.now(),
            attempts: 0,
            state: 'pending',
          };
          outbox.put(entry);
          resolve(next);
        };
      };
    });
  });
  notifyOutboxChanged();
  return cached;
}

/** After the server confirmed one revision: update the cache and re-base a newer pending edit. */
async function planConfirmed(entry: OutboxEntry, saved: PlanVersion): Promise<void> {
  await transact(['kv', 'outbox'], 'readwrite', (tx) => {
    const kv = tx.objectStore('kv');
    const outbox = tx.objectStore('outbox');
    const readEntry = outbox.get(PLAN_OUTBOX_KEY) as IDBRequest<OutboxEntry | undefined>;
    readEntry.onsuccess = () => {
      const newer = readEntry.result && readEntry.result.rev !== entry.rev ? readEntry.result : undefined;
      if (newer) outbox.put({ ...newer, body: { ...(newer.body as SavePlanRequest), basedOnVersion: saved.version } } satisfies OutboxEntry);
      const readPlan = kv.get(kvKey.plan(entry.userId)) as IDBRequest<CachedPlan | undefined>;
      readPlan.onsuccess = () => {
        const current = readPlan.result;
        const next: CachedPlan =
          newer && current
            ? { ...current, version: saved.version, dirty: true }
            : { plan: saved.plan, version: saved.version, dirty: false, updatedAt: Date.now() };
        kv.put(next, kvKey.plan(entry.userId));
      };
    };
  });
}

registerSender('plan', {
  settleMs: 4_000,
  send: (entry) => api<PlanVersion>('/api/plan', { method: 'PUT', body: entry.body }),
  confirmed: (entry, response) => planConfirmed(entry, response as PlanVersion),
});

/** "Keep my version" after a conflict: save mine again on top of what the server holds now. */
export async function keepMineAfterConflict(userId: string, plan: CrisisPlan, currentVersion: number): Promise<void> {
  await savePlanLocally(userId, plan, 'edit', currentVersion);
}

/** "Use the saved version" after a conflict: drop my unsent edit and take the server's copy. */
export async function takeTheirsAfterConflict(userId: string, current: PlanVersion): Promise<void> {
  await discard(PLAN_OUTBOX_KEY);
  await transact('kv', 'readwrite', (tx) => {
    tx.objectStore('kv').put({ plan: current.plan, version: current.version, dirty: false, updatedAt: Date.now() } satisfies CachedPlan, kvKey.plan(userId));
  });
  notifyOutboxChanged();
}
