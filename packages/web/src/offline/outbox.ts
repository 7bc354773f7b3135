// The outbox: changes made on this device wait here until the server confirms them.
//
// Idea (as in Actual Budget's and Excalidraw's local-first sync): every change is written to
// IndexedDB *first*, under a key made on the client (the episode's id, "plan"), and sent later.
// An entry is deleted only after the server has answered 2xx for exactly that revision of it.
// If the tab closes mid-request the entry is still there and is sent again on the next start;
// that is harmless because the server's writes are idempotent (episodes are upserted by their
// client-made id, plan saves carry a clientChangeId). A newer change to the same thing replaces
// the pending entry with a new `rev`, so a confirmation for the older revision never deletes it.
//
// Only one sender runs at a time: a flag within the tab, and navigator.locks across tabs.
import { ApiError } from '../app/api';
import { idbGetAll, idbUpdate, transact } from './idb';

export type OutboxKind = 'episode' | 'plan' | 'settings';

export interface OutboxEntry {
  /** What it is about, e.g. "episode:<uuid>" or "plan". Newer changes to the same key replace older ones. */
  key: string;
  userId: string;
  kind: OutboxKind;
  /** Changes every time the entry is replaced; a confirmation only removes the revision it was for. */
  rev: string;
  body: unknown;
  createdAt: number;
  /** When this revision was queued. */
  updatedAt: number;
  attempts: number;
  /** pending: will be sent. conflict/rejected: the server refused it; kept (never lost) until the person decides. */
  state: 'pending' | 'conflict' | 'rejected';
  error?: string;
  /** For a conflict: what the server holds now. */
  details?: unknown;
}

export interface Sender {
  send(entry: OutboxEntry): Promise<unknown>;
  /**
   * Wait this long after the last change before sending (unless forced), so a burst of edits
   * becomes one server version instead of one per pause in typing.
   */
  settleMs?: number;
  /** Runs after a confirmed send, before listeners hear about it. */
  confirmed?(entry: OutboxEntry, response: unknown): Promise<void>;
}

const senders = new Map<OutboxKind, Sender>();
const listeners = new Set<() => void>();

export function registerSender(kind: OutboxKind, sender: Sender): void {
  senders.set(kind, sender);
}

/** Called whenever the outbox changes (queued, sent, refused). */
export function onOutboxChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Other tabs of the app hear about changes too (a banner or journal there stays current).
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('kinbridge-outbox');
if (channel) channel.onmessage = () => notifyHere();

function notifyHere(): void {
  for (const listener of listeners) listener();
}

function notify(): void {
  notifyHere();
  channel?.postMessage('changed');
}

/** For writers that queue an entry in their own transaction (plan-sync.ts). */
export const notifyOutboxChanged = notify;

export function newId(): string {
  return crypto.randomUUID();
}

/** Queues (or replaces) a change. Resolves once it is safely stored on this device. */
export async function enqueue(entry: Pick<OutboxEntry, 'key' | 'userId' | 'kind' | 'body'>): Promise<OutboxEntry> {
  const stored = await idbUpdate<OutboxEntry>('outbox', entry.key, (current) => ({
    ...entry,
    rev: newId(),
    createdAt: current?.createdAt ?? Date.now(),
    updatedAt: Date.now(),
    attempts: 0,
    state: 'pending',
  }));
  notify();
  return stored!;
}

export function outboxEntries(userId: string): Promise<OutboxEntry[]> {
  return idbGetAll<OutboxEntry>('outbox').then((all) => all.filter((e) => e.userId === userId).sort((a, b) => a.createdAt - b.createdAt));
}

/** Removes an entry only if it is still the revision that was sent. */
async function confirm(entry: OutboxEntry): Promise<void> {
  await transact('outbox', 'readwrite', (tx) => {
    const os = tx.objectStore('outbox');
    const read = os.get(entry.key) as IDBRequest<OutboxEntry | undefined>;
    read.onsuccess = () => {
      if (read.result?.rev === entry.rev) os.delete(entry.key);
    };
  });
}

async function markRefused(entry: OutboxEntry, state: 'conflict' | 'rejected' | 'pending', error: string, details?: unknown): Promise<void> {
  await idbUpdate<OutboxEntry>('outbox', entry.key, (current) =>
    current && current.rev === entry.rev ? { ...current, state, error, details, attempts: current.attempts + 1 } : current,
  );
}

/** Drops an entry the person chose to give up (e.g. "use the saved version" after a conflict). */
export async function discard(key: string): Promise<void> {
  await idbUpdate<OutboxEntry>('outbox', key, () => undefined);
  notify();
}

type RoundOutcome = 'empty' | 'progress' | 'stopped';

const settled = (entry: OutboxEntry, force: boolean) => force || Date.now() - (entry.updatedAt ?? 0) >= (senders.get(entry.kind)?.settleMs ?? 0);

async function sendRound(userId: string, force: boolean): Promise<RoundOutcome> {
  const pending = (await outboxEntries(userId)).filter((e) => e.state === 'pending' && settled(e, force));
  if (pending.length === 0) return 'empty';
  for (const entry of pending) {
    const sender = senders.get(entry.kind);
    if (!sender) continue;
    try {
      const response = await sender.send(entry);
      await sender.confirmed?.(entry, response);
      await confirm(entry);
    } catch (error) {
      if (!(error instanceof ApiError)) {
        await markRefused(entry, 'pending', error instanceof Error ? error.message : String(error));
        return 'stopped';
      }
      // Offline, logged out, or a server hiccup: keep everything and try again later.
      if (error.offline || error.status === 401 || error.status === 429 || error.status >= 500) {
        if (!error.offline) await markRefused(entry, 'pending', error.message);
        return 'stopped';
      }
      // A 409 carries what the server holds now (error.body.current), for the person to compare.
      await markRefused(entry, error.status === 409 ? 'conflict' : 'rejected', error.message, error.status === 409 ? error.body : error.details);
    } finally {
      notify();
    }
  }
  return 'progress';
}

let running: Promise<void> | null = null;
let again = false;
let forceNext = false;

async function flushLocked(userId: string, force: boolean): Promise<void> {
  // Entries queued while a round was being sent are picked up by the next round.
  for (let round = 0; round < 5; round++) {
    const outcome = await sendRound(userId, force);
    if (outcome !== 'progress') return;
  }
}

/**
 * Sends everything pending for this person. Safe to call often: concurrent calls in a tab
 * share one run (with one re-run for changes queued meanwhile), and tabs take turns.
 */
export function flushOutbox(userId: string, options: { force?: boolean } = {}): Promise<void> {
  forceNext ||= options.force === true;
  if (running) {
    again = true;
    return running;
  }
  const run = async () => {
    do {
      again = false;
      const force = forceNext;
      forceNext = false;
      if (navigator.locks) await navigator.locks.request('kinbridge-outbox', () => flushLocked(userId, force));
      else await flushLocked(userId, force);
    } while (again);
  };
  running = run()
    .catch(() => undefined)
    .finally(() => {
      running = null;
    });
  return running;
}
