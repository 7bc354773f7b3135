// The journal's list: episodes from the server merged with those recorded on this device.
// A local copy whose upload is still waiting wins (it is newer); offline, the local ones show.
import { useCallback, useEffect, useState } from 'react';
import type { Episode } from '@kinbridge/core/episode';
import { api } from '../app/api';
import { episodeKey, localEpisodes } from '../offline/episode-sync';
import { onOutboxChange, outboxEntries } from '../offline/outbox';

export interface JournalEntry {
  episode: Episode;
  /** Still waiting in the outbox. */
  unsynced: boolean;
}

export function useEpisodes(userId: string): { entries: JournalEntry[] | null; offline: boolean } {
  const [entries, setEntries] = useState<JournalEntry[] | null>(null);
  const [offline, setOffline] = useState(false);

  const load = useCallback(async () => {
    const [local, outbox, server] = await Promise.all([
      localEpisodes(userId).catch(() => []),
      outboxEntries(userId).catch(() => []),
      api<{ episodes: Episode[] }>('/api/episodes?limit=100').then(
        (r) => r.episodes,
        () => null,
      ),
    ]);
    setOffline(server === null);
    const waiting = new Set(outbox.map((e) => e.key));
    const byId = new Map<string, JournalEntry>();
    for (const episode of server ?? []) byId.set(episode.id, { episode, unsynced: false });
    for (const episode of local) {
      const unsynced = waiting.has(episodeKey(episode.id));
      if (unsynced || !byId.has(episode.id)) {
        const { userId: _owner, ...plain } = episode;
        byId.set(episode.id, { episode: plain, unsynced });
      }
    }
    setEntries([...byId.values()].sort((a, b) => b.episode.startedAt.localeCompare(a.episode.startedAt)));
  }, [userId]);

  useEffect(() => {
    void load();
    return onOutboxChange(() => void load());
  }, [load]);
  return { entries, offline };
}
