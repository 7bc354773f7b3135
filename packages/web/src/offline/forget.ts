// On log-out, this device forgets the person's plan, region and synced episodes, so the next
// person to pick up a shared phone does not find them. Changes still waiting in the outbox are
// kept (deleting them would lose what the person wrote); they sync at their next log-in.
import { kvKey, transact } from './idb';
import type { OutboxEntry } from './outbox';

export async function forgetAccountOnDevice(userId: string): Promise<void> {
  await transact(['kv', 'episodes', 'outbox'], 'readwrite', (tx) => {
    const kv = tx.objectStore('kv');
    kv.delete(kvKey.plan(userId));
    kv.delete(kvKey.settings(userId));
    const waiting = tx.objectStore('outbox').getAll() as IDBRequest<OutboxEntry[]>;
    waiting.onsuccess = () => {
      const keep = new Set(waiting.result.filter((e) => e.userId === userId).map((e) => e.key));
      const episodes = tx.objectStore('episodes');
      const mine = episodes.index('userId').getAllKeys(userId);
      mine.onsuccess = () => {
        for (const id of mine.result) if (!keep.has(`episode:${String(id)}`)) episodes.delete(id);
      };
    };
  });
}
