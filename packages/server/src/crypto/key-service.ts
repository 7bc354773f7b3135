// Envelope encryption: each person has a random 256-bit data key; it is stored only wrapped
// (AES-256-GCM) by a server key. Rotating the server key re-wraps the data keys and leaves all
// sealed data untouched. Deleting a person's wrapped key makes their data unreadable
// (crypto-shredding), which backs erasure even for copies in old backups.
import { randomBytes } from 'node:crypto';
import type { Db } from '../storage/db';
import { openBytes, sealBytes, UserCipher, type Sealed } from './sealed';
import type { ServerKey } from './server-keys';

const CACHE_LIMIT = 1000;

export class KeyService {
  readonly #db: Db;
  readonly #keys: ServerKey[];
  readonly #now: () => Date;
  /** Unwrapped data keys of recently active people; small and bounded. */
  readonly #cache = new Map<string, Buffer>();

  constructor(db: Db, keys: ServerKey[], now: () => Date = () => new Date()) {
    if (keys.length === 0) throw new Error('KeyService needs at least one server key');
    this.#db = db;
    this.#keys = keys;
    this.#now = now;
  }

  get currentKeyId(): string {
    return this.#keys[0]!.id;
  }

  /** Creates and stores a data key for a new person. Call inside the sign-up transaction. */
  async createUserKey(userId: string, db: Db = this.#db): Promise<void> {
    const dataKey = randomBytes(32);
    const current = this.#keys[0]!;
    await db
      .insertInto('user_keys')
      .values({ user_id: userId, server_key_id: current.id, wrapped_key: this.#wrap(current, dataKey, userId), created_at: this.#now().toISOString(), rotated_at: null })
      .execute();
    this.#remember(userId, dataKey);
  }

  async forUser(userId: string): Promise<UserCipher> {
    const cached = this.#cache.get(userId);
    if (cached) return new UserCipher(cached, userId);
    const row = await this.#db.selectFrom('user_keys').select(['server_key_id', 'wrapped_key']).where('user_id', '=', userId).executeTakeFirst();
    if (!row) throw new Error('no data key for this user');
    const dataKey = this.#unwrap(row.server_key_id, row.wrapped_key, userId);
    this.#remember(userId, dataKey);
    return new UserCipher(dataKey, userId);
  }

  /** Forgets a person's key from memory (after erasure). */
  forget(userId: string): void {
    this.#cache.delete(userId);
  }

  /**
   * Re-wraps every data key not already under the current server key. Each row is updated on
   * its own, so an interrupted rotation can simply be run again.
   */
  async rotate(): Promise<{ rewrapped: number; alreadyCurrent: number }> {
    const current = this.#keys[0]!;
    const rows = await this.#db.selectFrom('user_keys').select(['user_id', 'server_key_id', 'wrapped_key']).execute();
    let rewrapped = 0;
    for (const row of rows) {
      if (row.server_key_id === current.id) continue;
      const dataKey = this.#unwrap(row.server_key_id, row.wrapped_key, row.user_id);
      await this.#db
        .updateTable('user_keys')
        .set({ server_key_id: current.id, wrapped_key: this.#wrap(current, dataKey, row.user_id), rotated_at: this.#now().toISOString() })
        .where('user_id', '=', row.user_id)
        .where('server_key_id', '=', row.server_key_id)
        .execute();
      rewrapped += 1;
    }
    this.#cache.clear();
    return { rewrapped, alreadyCurrent: rows.length - rewrapped };
  }

  #wrap(serverKey: ServerKey, dataKey: Buffer, userId: string): string {
    return sealBytes(serverKey.key, dataKey, `user-key:${userId}`);
  }

  #unwrap(serverKeyId: string, wrapped: string, userId: string): Buffer {
    const serverKey = this.#keys.find((k) => k.id === serverKeyId);
    if (!serverKey) throw new Error(`server key ${serverKeyId} is not configured; add it back to the keyring to read this data`);
    return openBytes(serverKey.key, wrapped as Sealed, `user-key:${userId}`);
  }

  #remember(userId: string, dataKey: Buffer): void {
    if (this.#cache.size >= CACHE_LIMIT) {
      const oldest = this.#cache.keys().next().value;
      if (oldest !== undefined) this.#cache.delete(oldest);
    }
    this.#cache.set(userId, dataKey);
  }
}
