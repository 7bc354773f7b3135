// A thin promise layer over the raw IndexedDB API (no library: the SOS route has to stay
// small). Every write resolves only when its transaction has *committed*, so "saved on this
// phone" is never claimed for data that a closing tab could still lose.
//
// Stores:
//   kv        key → value: the cached plan, region, drafts (keys are namespaced by user id)
//   outbox    changes made here that the server has not confirmed yet (see outbox.ts)
//   episodes  SOS episodes recorded on this device, for the journal while offline

export const DB_NAME = 'kinbridge';
const DB_VERSION = 1;

export type StoreName = 'kv' | 'outbox' | 'episodes';

let opening: Promise<IDBDatabase> | null = null;

function upgrade(db: IDBDatabase): void {
  if (!db.objectStoreNames.contains('kv')) db.createObjectStore('kv');
  if (!db.objectStoreNames.contains('outbox')) db.createObjectStore('outbox', { keyPath: 'key' });
  if (!db.objectStoreNames.contains('episodes')) {
    const episodes = db.createObjectStore('episodes', { keyPath: 'id' });
    episodes.createIndex('userId', 'userId');
  }
}

/** The shared connection. Reopened if the browser closes it (storage pressure, version change). */
export function openDb(): Promise<IDBDatabase> {
  if (opening) return opening;
  opening = new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('IndexedDB is not available in this browser.'));
      return;
    }
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => upgrade(request.result);
    request.onsuccess = () => {
      const db = request.result;
      // Another tab with a newer app version wants to upgrade: step aside so it can.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      db.onclose = () => {
        opening = null;
      };
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error('Could not open local storage.'));
    request.onblocked = () => reject(new Error('Local storage is busy in another tab. Close other Kinbridge tabs and try again.'));
  });
  opening.catch(() => {
    opening = null;
  });
  return opening;
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('A local storage write failed.'));
    tx.onabort = () => reject(tx.error ?? new Error('A local storage write was cancelled.'));
  });
}

function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('A local storage read failed.'));
  });
}

/**
 * Runs `body` inside one transaction and resolves with its value once the transaction has
 * committed. `body` must only issue requests synchronously or chained on request callbacks
 * (an `await` on anything else lets the transaction auto-commit early).
 */
export async function transact<T>(stores: StoreName | StoreName[], mode: IDBTransactionMode, body: (tx: IDBTransaction) => Promise<T> | T): Promise<T> {
  const db = await openDb();
  const tx = db.transaction(stores, mode, { durability: 'strict' });
  const committed = done(tx);
  let value: T;
  try {
    value = await body(tx);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished
    }
    await committed.catch(() => undefined);
    throw error;
  }
  await committed;
  return value;
}

export function idbGet<T>(store: StoreName, key: IDBValidKey): Promise<T | undefined> {
  return transact(store, 'readonly', (tx) => result(tx.objectStore(store).get(key) as IDBRequest<T | undefined>));
}

export function idbGetAll<T>(store: StoreName, index?: { name: string; value: IDBValidKey }): Promise<T[]> {
  return transact(store, 'readonly', (tx) => {
    const os = tx.objectStore(store);
    const request = index ? os.index(index.name).getAll(index.value) : os.getAll();
    return result(request as IDBRequest<T[]>);
  });
}

/** Several records of one store in one transaction (SOS reads its plan and region this way). */
export function idbGetMany<T extends unknown[]>(store: StoreName, keys: IDBValidKey[]): Promise<{ [K in keyof T]: T[K] | undefined }> {
  return transact(store, 'readonly', (tx) => {
    const os = tx.objectStore(store);
    return Promise.all(keys.map((key) => result(os.get(key)))) as Promise<{ [K in keyof T]: T[K] | undefined }>;
  });
}

/** Puts a value (with an explicit key for the kv store; in-line keys elsewhere). */
export function idbPut(store: StoreName, value: unknown, key?: IDBValidKey): Promise<void> {
  return transact(store, 'readwrite', (tx) => {
    const os = tx.objectStore(store);
    if (key === undefined) os.put(value);
    else os.put(value, key);
  });
}

export function idbDelete(store: StoreName, key: IDBValidKey): Promise<void> {
  return transact(store, 'readwrite', (tx) => {
    tx.objectStore(store).delete(key);
  });
}

/** Reads one record and writes back whatever `change` returns (undefined deletes it), atomically. */
export function idbUpdate<T>(
  store: StoreName,
  key: IDBValidKey,
  change: (current: T | undefined) => T | undefined,
  explicitKey = store === 'kv',
): Promise<T | undefined> {
  return transact(store, 'readwrite', (tx) => {
    const os = tx.objectStore(store);
    return new Promise<T | undefined>((resolve, reject) => {
      const read = os.get(key) as IDBRequest<T | undefined>;
      read.onerror = () => reject(read.error ?? new Error('A local storage read failed.'));
      read.onsuccess = () => {
        let next: T | undefined;
        try {
          next = change(read.result);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        if (next === undefined) os.delete(key);
        else if (explicitKey) os.put(next, key);
        else os.put(next);
        resolve(next);
      };
    });
  });
}

/** Namespaced kv keys, so two accounts on one device never see each other's data. */
export const kvKey = {
  plan: (userId: string) => `plan:${userId}`,
  settings: (userId: string) => `settings:${userId}`,
};
