// Everything a request handler needs, built once at start and decorated onto the app as `ctx`.
import type { Clock } from '@kinbridge/core';
import type { Config } from './config';
import type { KeyService } from './crypto/key-service';
import type { Db, Dialect } from './storage/db';

export interface AppContext {
  config: Config;
  db: Db;
  dialect: Dialect;
  keys: KeyService;
  clock: Clock;
}

export const systemClock: Clock = { now: () => Date.now() as ReturnType<Clock['now']> };
