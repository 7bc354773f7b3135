import { describe, expect, it } from 'vitest';
import { parseEpisode } from '../episode/schema';
import { starterPlan } from '../plan/starter';
import type { EpochMs } from '../time';
import { toEpisode } from './episode';
import { applySosEvent, startSosSession } from './machine';
import type { SosEvent, SosSession } from './types';

const T0 = Date.UTC(2026, 11, 3, 2, 0, 0) as EpochMs;
const min = (m: number) => (T0 + m * 60_000) as EpochMs;
const ID = '0b7f3c1e-8d2a-4e6b-9a41-5f0c2d9e7a13';

function run(events: SosEvent[]): SosSession {
  return events.reduce((s, e) => {
    const r = applySosEvent(s, e);
    if (!r.ok) throw new Error(r.error.message);
    return r.session;
  }, startSosSession({ id: ID, now: T0, plan: starterPlan() }));
}

describe('toEpisode', () => {
  const session = run([
    { type: 'rate', suds: 6, at: T0 },
    { type: 'chooseTier', tier: 'moderate', at: T0 },
    { type: 'startStrategy', at: min(1) },
    { type: 'completeStrategy', suds: 8, at: min(7.5) },
    { type: 'escalate', at: min(8) },
    { type: 'startStrategy', at: min(8) },
    { type: 'completeStrategy', suds: 4, at: min(20) },
    { type: 'end', at: min(21) },
  ]);
  const episode = toEpisode(session, 'Called the line, it helped.');

  it('records start, end, peak, first and last ratings', () => {
    expect(episode).toMatchObject({
      id: ID,
      startedAt: '2026-12-03T02:00:00.000Z',
      endedAt: '2026-12-03T02:21:00.000Z',
      initialSuds: 6,
      finalSuds: 4,
      peakSuds: 8,
      note: 'Called the line, it helped.',
    });
  });

  it('records the tier path and each step with before/after and minutes', () => {
    expect(episode.tierPath.map((t) => t.tier)).toEqual(['moderate', 'severe']);
    expect(episode.steps.map((s) => [s.tier, s.before, s.after, s.minutes, s.outcome])).toEqual([
      ['moderate', 6, 8, 6.5, 'completed'],
      ['severe', 8, 4, 12, 'completed'],
    ]);
    expect(episode.steps[0]!.label).toBe('Slow my breathing down with a breathing exercise');
  });

  it('produces something the shared episode schema accepts', () => {
    const r = parseEpisode(JSON.parse(JSON.stringify(episode)));
    expect(r.ok).toBe(true);
  });

  it('can be saved while still open', () => {
    const open = toEpisode(run([{ type: 'rate', suds: 9, at: T0 }]));
    expect(open.endedAt).toBeNull();
    expect(open.steps).toEqual([]);
    expect(open.note).toBeUndefined();
    expect(parseEpisode(open).ok).toBe(true);
  });
});

describe('parseEpisode', () => {
  const valid = () => JSON.parse(JSON.stringify(toEpisode(run([{ type: 'rate', suds: 3, at: T0 }, { type: 'end', at: min(1) }]))));

  it('needs a UUID made by the device', () => {
    const r = parseEpisode({ ...valid(), id: 'episode-1' });
    expect(!r.ok && r.issues[0]!.message).toBe('Episode id must be a UUID made by the device.');
  });

  it('refuses ratings out of range and an end before the start', () => {
    expect(parseEpisode({ ...valid(), peakSuds: 11 }).ok).toBe(false);
    expect(parseEpisode({ ...valid(), endedAt: '2020-01-01T00:00:00.000Z' }).ok).toBe(false);
  });

  it('keeps a note with HTML as plain text and refuses an overlong one', () => {
    const r = parseEpisode({ ...valid(), note: '<b>hi</b> 🙂' });
    expect(r.ok && r.episode.note).toBe('<b>hi</b> 🙂');
    expect(parseEpisode({ ...valid(), note: 'x'.repeat(5001) }).ok).toBe(false);
  });
});
