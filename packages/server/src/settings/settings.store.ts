// Per-person settings. Only the region for now (it picks the crisis lines); a missing row
// means the defaults, so nothing has to be created at sign-up.
import { DEFAULT_REGION, normaliseRegionCode } from '@kinbridge/core';
import type { EpochMs } from '@kinbridge/core';
import { toIso } from '@kinbridge/core';
import type { Db } from '../storage/db';

export interface UserSettings {
  /** ISO 3166-1 alpha-2, e.g. "US", "GB". */
  region: string;
}

export const DEFAULT_SETTINGS: UserSettings = { region: DEFAULT_REGION };

export async function readSettings(db: Db, userId: string): Promise<UserSettings> {
  const row = await db.selectFrom('user_settings').select(['region']).where('user_id', '=', userId).executeTakeFirst();
  return row ? { region: row.region } : { ...DEFAULT_SETTINGS };
}

export async function writeSettings(db: Db, userId: string, settings: UserSettings, now: EpochMs): Promise<UserSettings> {
  const region = normaliseRegionCode(settings.region);
  const updated_at = toIso(now);
  await db
    .insertInto('user_settings')
    .values({ user_id: userId, region, updated_at })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ region, updated_at }))
    .execute();
  return { region };
}
