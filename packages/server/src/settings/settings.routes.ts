// GET/PUT /api/settings: the person's region (default US), which picks the crisis lines shown
// in SOS and printed on the crisis card. Any ISO 3166 alpha-2 code is accepted; a region
// without its own table gets the worldwide directory (findahelpline.com) and an emergency hint.
import { SUPPORTED_REGIONS, supportedRegion } from '@kinbridge/core';
import type { RegionSettings } from '@kinbridge/core';
import { z } from 'zod';
import { registerExporter } from '../account/data-export';
import { requireUser } from '../auth/require-user';
import type { App } from '../types';
import { readSettings, writeSettings } from './settings.store';

export const settingsBody = z.object({
  region: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, { error: 'must be a two-letter country code, like US, GB or DE.' }),
});

export const settingsResponse = z.object({
  region: z.string(),
  /** False when the region has no crisis-line table yet (the worldwide directory is used). */
  regionSupported: z.boolean(),
  supportedRegions: z.array(z.string()),
});

function present(region: string): RegionSettings {
  return { region, regionSupported: supportedRegion(region) !== null, supportedRegions: [...SUPPORTED_REGIONS] };
}

registerExporter({
  section: 'settings',
  async export(ctx, user) {
    return readSettings(ctx.db, user.id);
  },
});

export async function settingsRoutes(app: App): Promise<void> {
  app.get('/api/settings', { schema: { tags: ['settings'], response: { 200: settingsResponse } } }, async (request) => {
    const user = await requireUser(request);
    return present((await readSettings(app.ctx.db, user.id)).region);
  });

  app.put('/api/settings', { schema: { tags: ['settings'], body: settingsBody, response: { 200: settingsResponse } } }, async (request) => {
    const user = await requireUser(request);
    const saved = await writeSettings(app.ctx.db, user.id, { region: request.body.region }, app.ctx.clock.now());
    return present(saved.region);
  });
}
