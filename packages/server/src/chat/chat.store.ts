// The companion conversation for one person: its sealed state, its sealed history, the log of
// crisis lines shown (time only) and ASQ results. Scoped by owner id on every query.
import { randomUUID } from 'node:crypto';
import type { EpochMs } from '@kinbridge/core';
import { toIso } from '@kinbridge/core';
import type { AsqRecord, CrisisResource, FlowId, QuickAction } from '@kinbridge/companion';
import type { UserCipher } from '../crypto/sealed';
import type { Db } from '../storage/db';

export interface MessageMeta {
  flow: FlowId;
  risk: { level: string; categories: string[] };
  resources: CrisisResource[];
  actions: QuickAction[];
}

export interface StoredMessage {
  id: string;
  seq: number;
  role: 'person' | 'companion';
  text: string;
  createdAt: string;
  meta?: MessageMeta;
}

export class ChatStore {
  constructor(
    private readonly db: Db,
    private readonly cipher: UserCipher,
    private readonly ownerId: string,
  ) {}

  async loadState(): Promise<unknown> {
    const row = await this.db.selectFrom('chat_conversations').select('state').where('user_id', '=', this.ownerId).executeTakeFirst();
    if (!row) return undefined;
    try {
      return this.cipher.openJson<unknown>(row.state);
    } catch {
      // An unreadable state must not lock the person out of the companion: start afresh.
      return undefined;
    }
  }

  async saveState(state: unknown, now: EpochMs): Promise<void> {
    const at = toIso(now);
    const sealed = this.cipher.sealJson(state);
    const updated = await this.db.updateTable('chat_conversations').set({ state: sealed, updated_at: at }).where('user_id', '=', this.ownerId).executeTakeFirst();
    if (Number(updated.numUpdatedRows) > 0) return;
    await this.db.insertInto('chat_conversations').values({ user_id: this.ownerId, state: sealed, created_at: at, updated_at: at }).execute();
  }

  /** Appends the person's message and the companion's reply, in order. */
  async appendTurn(personText: string, reply: string, meta: MessageMeta, now: EpochMs): Promise<void> {
    const at = toIso(now);
    await this.db.transaction().execute(async (trx) => {
      const last = await trx.selectFrom('chat_messages').select((eb) => eb.fn.max<number>('seq').as('seq')).where('user_id', '=', this.ownerId).executeTakeFirst();
      const seq = Number(last?.seq ?? 0);
      await trx
        .insertInto('chat_messages')
        .values([
          { id: randomUUID(), user_id: this.ownerId, seq: seq + 1, role: 'person', body: this.cipher.seal(personText), meta: null, created_at: at },
          { id: randomUUID(), user_id: this.ownerId, seq: seq + 2, role: 'companion', body: this.cipher.seal(reply), meta: this.cipher.sealJson(meta), created_at: at },
        ])
        .execute();
    });
  }

  /** Newest last; `before` (a seq) pages backwards. */
  async history(options: { limit: number; before?: number | undefined }): Promise<StoredMessage[]> {
    let q = this.db.selectFrom('chat_messages').select(['id', 'seq', 'role', 'body', 'meta', 'created_at']).where('user_id', '=', this.ownerId);
    if (options.before !== undefined) q = q.where('seq', '<', options.before);
    const rows = await q.orderBy('seq', 'desc').limit(options.limit).execute();
    return rows.reverse().map((row) => ({
      id: row.id,
      seq: Number(row.seq),
      role: row.role,
      text: this.cipher.open(row.body),
      createdAt: row.created_at,
      ...(row.meta ? { meta: this.cipher.openJson<MessageMeta>(row.meta) } : {}),
    }));
  }

  async recordReferral(now: EpochMs): Promise<void> {
    await this.db.insertInto('crisis_referrals').values({ id: randomUUID(), user_id: this.ownerId, source: 'companion', shown_at: toIso(now) }).execute();
  }

  async recordScreening(record: AsqRecord): Promise<void> {
    await this.db.insertInto('asq_screenings').values({ id: randomUUID(), user_id: this.ownerId, body: this.cipher.sealJson(record), at: record.at }).execute();
  }

  async screenings(): Promise<AsqRecord[]> {
    const rows = await this.db.selectFrom('asq_screenings').select('body').where('user_id', '=', this.ownerId).orderBy('at', 'asc').execute();
    return rows.map((r) => this.cipher.openJson<AsqRecord>(r.body));
  }
}
