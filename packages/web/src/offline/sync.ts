// When the outbox is sent: at start, when the browser comes back online, when the tab becomes
// visible again, right after something is queued, and on a slow retry timer while anything is
// still waiting. Sending is single-flight (see outbox.ts), so extra triggers cost nothing.
import { useEffect, useState } from 'react';
import { flushOutbox, onOutboxChange, outboxEntries } from './outbox';
import type { OutboxEntry } from './outbox';

const RETRY_MS = 30_000;
const FIRST_RETRY_MS = 2_000;
const SETTLE_RETRY_MS = 4_500;

/** Starts syncing for this person; returns a stop function. */
export function startSync(userId: string): () => void {
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let backoff = FIRST_RETRY_MS;
  let stopped = false;
  // After a failed send (server unreachable, a hiccup), try again soon, then less and less often.
  const retryIfWaiting = async () => {
    const entries = await outboxEntries(userId).catch(() => []);
    clearTimeout(retryTimer);
    if (stopped) return;
    if (!entries.some((e) => e.state === 'pending')) {
      backoff = FIRST_RETRY_MS;
      return;
    }
    retryTimer = setTimeout(flush, backoff);
    backoff = Math.min(backoff * 2, RETRY_MS);
  };
  const flush = () => {
    if (navigator.onLine !== false) void flushOutbox(userId).then(retryIfWaiting);
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') flush();
  };
  let queued = false;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  // Coalesce bursts into one send shortly after; plan edits also get a send once they have
  // settled (see Sender.settleMs), so typing with pauses does not make a version per pause.
  const unsubscribe = onOutboxChange(() => {
    clearTimeout(settleTimer);
    settleTimer = setTimeout(flush, SETTLE_RETRY_MS);
    if (queued) return;
    queued = true;
    setTimeout(() => {
      queued = false;
      flush();
    }, 300);
  });
  window.addEventListener('online', flush);
  document.addEventListener('visibilitychange', onVisible);
  const timer = setInterval(() => {
    void outboxEntries(userId)
      .then((entries) => entries.some((e) => e.state === 'pending') && flush())
      .catch(() => undefined);
  }, RETRY_MS);
  flush();
  return () => {
    stopped = true;
    unsubscribe();
    window.removeEventListener('online', flush);
    document.removeEventListener('visibilitychange', onVisible);
    clearInterval(timer);
    clearTimeout(settleTimer);
    clearTimeout(retryTimer);
  };
}

export interface OutboxStatus {
  /** Changes waiting to be sent. */
  pending: number;
  /** Changes the server refused (a conflict or invalid data), kept until the person decides. */
  problems: OutboxEntry[];
}

/** Live view of the outbox for banners ("2 changes waiting to sync"). */
export function useOutboxStatus(userId: string | null): OutboxStatus {
  const [status, setStatus] = useState<OutboxStatus>({ pending: 0, problems: [] });
  useEffect(() => {
    if (!userId) return;
    let cancelled = false;
    const refresh = () =>
      void outboxEntries(userId)
        .then((entries) => {
          if (!cancelled) setStatus({ pending: entries.filter((e) => e.state === 'pending').length, problems: entries.filter((e) => e.state !== 'pending') });
        })
        .catch(() => undefined);
    refresh();
    const unsubscribe = onOutboxChange(refresh);
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [userId]);
  return status;
}
