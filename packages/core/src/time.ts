// Core never reads the clock: time is passed in, so tests (and the SOS 15-minute rule) control it.

/** An ISO-8601 timestamp in UTC, e.g. "2026-12-03T16:00:00.000Z". */
export type IsoDateTime = string & { readonly __brand: 'IsoDateTime' };

/** Milliseconds since the epoch, as returned by a Clock. */
export type EpochMs = number & { readonly __brand: 'EpochMs' };

export interface Clock {
  now(): EpochMs;
}

export function toIso(ms: EpochMs | number): IsoDateTime {
  return new Date(ms).toISOString() as IsoDateTime;
}
