// The companion's MemoryStore on the server: one instance per person, every item sealed with
// that person's data key. Every query is scoped by the owner's id, so a store built for one
// person can never read, list or delete another person's items.
import { randomUUID } from 'node:crypto';
import type { Clock, IsoDateTime } from '@kinbridge/core';
import { toIso } from '@kinbridge/core';
import type { MemoryItem, MemoryKind, MemoryStore, NewMemory } from '@kinbridge/companion';
import type { UserCipher } from '../crypto/sealed';
import type { Db } from '../storage/db';

interface SealedItem {
  kind: MemoryKind;
  text: string;
  source: MemoryItem['source'];
}

/** Most items kept per person; the oldest go first when the limit is reached. */
export const MEMORY_LIMIT = 500;

export class SealedMemoryStore implements MemoryStore {
  constructor(
    private readonly db: Db,
    private readonly cipher: UserCipher,
    private readonly ownerId: string,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<MemoryItem[]> {
    const rows = await this.db
      .selectFrom('companion_memory')
      .select(['id', 'body', 'at'])
      .where('user_id', '=', this.ownerId)
      .orderBy('at', 'asc')
      .orderBy('created_at', 'asc')
      .limit(MEMORY_LIMIT)
      .execute();
    return rows.map((row) => {
      const item = this.cipher.openJson<SealedItem>(row.body);
      return { id: row.id, kind: item.kind, text: item.text, source: item.source, at: row.at as IsoDateTime };
    });
  }

  async add(item: NewMemory): Promise<MemoryItem> {
    const id = randomUUID();
    const body: SealedItem = { kind: item.kind, text: item.text, source: item.source };
    await this.db
      .insertInto('companion_memory')
      .values({ id, user_id: this.ownerId, body: this.cipher.sealJson(body), at: item.at, created_at: toIso(this.clock.now()) })
      .execute();
    await this.trim();
    return { ...item, id };
  }

  async remove(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('companion_memory').where('id', '=', id).where('user_id', '=', this.ownerId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async clear(): Promise<number> {
    const result = await this.db.deleteFrom('companion_memory').where('user_id', '=', this.ownerId).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  private async trim(): Promise<void> {
    const count = await this.db.selectFrom('companion_memory').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', this.ownerId).executeTakeFirst();
    const excess = Number(count?.n ?? 0) - MEMORY_LIMIT;
    if (excess <= 0) return;
    const oldest = await this.db.selectFrom('companion_memory').select('id').where('user_id', '=', this.ownerId).orderBy('at', 'asc').orderBy('created_at', 'asc').limit(excess).execute();
    await this.db.deleteFrom('companion_memory').where('user_id', '=', this.ownerId).where('id', 'in', oldest.map((r) => r.id)).execute();
  }
}
