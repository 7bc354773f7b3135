// SOS episodes on this device: kept in IndexedDB for the journal, and queued in the outbox
// under "episode:<id>". The server upserts by that client-made id, so the same episode sent
// twice (a retry after a lost answer, a tab closed mid-send) is still one episode.
import type { Episode } from '@kinbridge/core/episode';
import { api } from '../app/api';
import { idbGetAll, idbPut } from './idb';
import { enqueue, registerSender } from './outbox';

export interface LocalEpisode extends Episode {
  userId: string;
}

export const episodeKey = (id: string) => `episode:${id}`;

/** Saves on this device and queues the upload; a newer save of the same episode replaces the queued one. */
export async function saveEpisodeLocally(userId: string, episode: Episode): Promise<void> {
  await idbPut('episodes', { ...episode, userId } satisfies LocalEpisode);
  await enqueue({ key: episodeKey(episode.id), userId, kind: 'episode', body: episode });
}

export function localEpisodes(userId: string): Promise<LocalEpisode[]> {
  return idbGetAll<LocalEpisode>('episodes', { name: 'userId', value: userId });
}

registerSender('episode', {
  send: (entry) => {
    const episode = entry.body as Episode;
    return api(`/api/episodes/${encodeURIComponent(episode.id)}`, { method: 'PUT', body: episode });
  },
});
