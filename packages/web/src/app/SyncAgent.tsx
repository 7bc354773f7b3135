// Runs in the background for a logged-in person: sends the outbox (plan edits, episodes,
// settings made offline) and refreshes this device's copy of the plan when online.
import { useEffect } from 'react';
import { useSession } from '../auth/session';
import '../offline/plan-sync';
import '../offline/episode-sync';
import '../offline/settings-sync';
import { refreshLocalCopies } from '../offline/refresh';
import { startSync } from '../offline/sync';

export function SyncAgent() {
  const { user, offline } = useSession();
  const userId = user?.id ?? null;
  useEffect(() => (userId ? startSync(userId) : undefined), [userId]);
  useEffect(() => {
    if (userId && !offline) void refreshLocalCopies(userId).catch(() => undefined);
  }, [userId, offline]);
  return null;
}
