// The region setting: kept on this device (so SOS shows the right crisis lines offline) and
// sent as PUT /api/settings through the outbox.
import { api } from '../app/api';
import { writeRegion } from './local-data';
import { enqueue, registerSender } from './outbox';

export interface Settings {
  region: string;
}

export async function saveRegion(userId: string, region: string): Promise<void> {
  await writeRegion(userId, region);
  await enqueue({ key: 'settings', userId, kind: 'settings', body: { region } satisfies Settings });
}

registerSender('settings', {
  send: (entry) => api<Settings>('/api/settings', { method: 'PUT', body: entry.body }),
});
