// Keeps this device's copy of the plan and region fresh whenever the app opens online, so SOS
// has the person's latest plan the next time they are offline. Unsent local edits are never
// overwritten (acceptServerPlan keeps them).
import type { PlanVersion } from '@kinbridge/core/plan';
import { api } from '../app/api';
import { idbGet } from './idb';
import { acceptServerPlan, acceptServerRegion } from './local-data';
import type { OutboxEntry } from './outbox';
import type { Settings } from './settings-sync';

export async function refreshLocalCopies(userId: string): Promise<void> {
  const askedAt = Date.now();
  // A region change made here and not yet confirmed wins over the server's older value.
  const waiting = (await idbGet<OutboxEntry>('outbox', 'settings'))?.userId === userId;
  const [plan, settings] = await Promise.allSettled([api<PlanVersion>('/api/plan'), api<Settings>('/api/settings')]);
  if (plan.status === 'fulfilled') await acceptServerPlan(userId, plan.value.plan, plan.value.version);
  if (settings.status === 'fulfilled' && !waiting) await acceptServerRegion(userId, settings.value.region, askedAt);
}
