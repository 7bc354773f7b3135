import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/helpers';
import { useSignedUpApp } from '../../test/shared-app';

describe.each(dialects)('on %s', (dialect) => {
  const shared = useSignedUpApp(dialect);

  const get = () => shared.t.app.inject({ method: 'GET', url: '/api/settings', headers: shared.me.headers });
  const put = (region: unknown, headers: Record<string, string> = shared.me.headers) => shared.t.app.inject({ method: 'PUT', url: '/api/settings', headers, payload: { region } });

  describe('settings', () => {
    it('defaults to the US', async () => {
      expect((await get()).json()).toMatchObject({ region: 'US', regionSupported: true });
    });

    it('saves a region, normalising case and UK to GB', async () => {
      expect((await put('uk')).json()).toMatchObject({ region: 'GB', regionSupported: true });
      expect((await get()).json().region).toBe('GB');
      expect((await put('de')).json().region).toBe('DE');
    });

    it('accepts a region without its own crisis-line table and says so', async () => {
      const r = await put('FR');
      expect(r.statusCode).toBe(200);
      expect(r.json()).toMatchObject({ region: 'FR', regionSupported: false });
      expect(r.json().supportedRegions).toContain('US');
    });

    it('refuses something that is not a two-letter code', async () => {
      for (const bad of ['USA', '1', '', 42]) expect((await put(bad)).statusCode).toBe(400);
      expect((await get()).json().region).toBe('FR');
    });

    it('needs a session and a same-origin request', async () => {
      expect((await shared.t.app.inject({ method: 'GET', url: '/api/settings' })).statusCode).toBe(401);
      expect((await put('US', { cookie: shared.me.cookie, origin: 'https://evil.example' })).statusCode).toBe(403);
    });
  });
});
