// SOS episodes for one person, keyed by the device-made UUID. Saving is an upsert: the outbox
// may send the same episode several times (a lost response, a reopened tab) and it must stay
// one episode. The body and the note are sealed separately so the note can be kept when an
// update arrives without one.
import type { Episode, EpochMs } from '@kinbridge/core';
import { toIso } from '@kinbridge/core';
import type { UserCipher } from '../crypto/sealed';
import { isUniqueViolation } from '../plan/unique-violation';
import type { Db } from '../storage/db';
import type { EpisodesTable } from '../storage/schema';

export type SaveEpisodeResult =
  | { kind: 'created'; episode: Episode }
  | { kind: 'updated'; episode: Episode }
  /** The id belongs to someone else's episode; nothing was written. */
  | { kind: 'taken' };

type Row = Pick<EpisodesTable, 'id' | 'user_id' | 'body' | 'note' | 'ended_at'>;
const COLUMNS = ['id', 'user_id', 'body', 'note', 'ended_at'] as const;

export class EpisodeStore {
  constructor(
    private readonly db: Db,
    private readonly cipher: UserCipher,
    private readonly ownerId: string,
  ) {}

  private toEpisode(row: Pick<Row, 'body' | 'note'>): Episode {
    const body = this.cipher.openJson<Omit<Episode, 'note'>>(row.body);
    const note = this.cipher.openOptional(row.note);
    return note === null ? body : { ...body, note };
  }

  async get(id: string): Promise<Episode | null> {
    const row = await this.db.selectFrom('episodes').select(COLUMNS).where('id', '=', id).where('user_id', '=', this.ownerId).executeTakeFirst();
    return row ? this.toEpisode(row) : null;
  }

  /** Newest first by start time; `before` (an ISO start time) pages backwards. */
  async list(options: { limit: number; before?: string | undefined }): Promise<Episode[]> {
    let q = this.db.selectFrom('episodes').select(['body', 'note']).where('user_id', '=', this.ownerId);
    if (options.before) q = q.where('started_at', '<', options.before);
    const rows = await q.orderBy('started_at', 'desc').orderBy('id', 'desc').limit(options.limit).execute();
    return rows.map((r) => this.toEpisode(r));
  }

  /**
   * Creates or replaces the episode with this id. Two rules keep late or partial copies from
   * losing data: a copy without `note` keeps the stored note (send "" to clear it), and an
   * unfinished copy never replaces a finished one.
   */
  async save(episode: Episode, now: EpochMs): Promise<SaveEpisodeResult> {
    const { note, ...body } = episode;
    const at = toIso(now);
    for (let attempt = 0; attempt < 2; attempt++) {
      const existing = await this.db.selectFrom('episodes').select(COLUMNS).where('id', '=', episode.id).executeTakeFirst();
      if (existing && existing.user_id !== this.ownerId) return { kind: 'taken' };
      if (existing) {
        if (existing.ended_at !== null && episode.endedAt === null) {
          const stored = this.toEpisode(existing);
          return { kind: 'updated', episode: stored };
        }
        const keptNote = note === undefined ? existing.note : note === '' ? null : this.cipher.seal(note);
        await this.db
          .updateTable('episodes')
          .set({ started_at: episode.startedAt, ended_at: episode.endedAt, body: this.cipher.sealJson(body), note: keptNote, updated_at: at })
          .where('id', '=', episode.id)
          .where('user_id', '=', this.ownerId)
          .execute();
        const noteNow = this.cipher.openOptional(keptNote);
        return { kind: 'updated', episode: noteNow === null ? body : { ...body, note: noteNow } };
      }
      try {
        await this.db
          .insertInto('episodes')
          .values({
            id: episode.id,
            user_id: this.ownerId,
            started_at: episode.startedAt,
            ended_at: episode.endedAt,
            body: this.cipher.sealJson(body),
            note: note ? this.cipher.seal(note) : null,
            created_at: at,
            updated_at: at,
          })
          .execute();
        return { kind: 'created', episode: note ? { ...body, note } : body };
      } catch (error) {
        // A parallel copy of the same episode won the insert: go round once more as an update.
        if (!isUniqueViolation(error)) throw error;
      }
    }
    throw new Error('episode save did not settle after a retry');
  }
}
