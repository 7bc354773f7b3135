import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Adds <link rel="modulepreload"> for the SOS page and everything it imports, so a cold start
 * (the home-screen SOS shortcut, a reload while offline) fetches and compiles that code while
 * React is still starting, instead of after it.
 */
function preloadSosChunks(): Plugin {
  return {
    name: 'kinbridge-preload-sos',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle ?? {};
        const sos = Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/sos/SosPage.tsx'));
        if (!sos || sos.type !== 'chunk') return [];
        const files = new Set<string>([sos.fileName]);
        const visit = (name: string) => {
          const chunk = bundle[name];
          if (chunk?.type !== 'chunk') return;
          for (const dep of chunk.imports) {
            const isEntry = (bundle[dep] as { isEntry?: boolean } | undefined)?.isEntry;
            if (files.has(dep) || isEntry) continue;
            files.add(dep);
            visit(dep);
          }
        };
        visit(sos.fileName);
        return [...files].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `/${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

// The service worker precaches the whole app shell (and the SOS route's code), so a person
// who has opened Kinbridge once can reach SOS, their plan and crisis lines with no network.
export default defineConfig({
  plugins: [
    react(),
    preloadSosChunks(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'Kinbridge',
        short_name: 'Kinbridge',
        description: 'Your crisis plan, SOS steps and support between therapy sessions.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#14212b',
        theme_color: '#14212b',
        icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any maskable' }],
        shortcuts: [{ name: 'SOS', short_name: 'SOS', description: 'Open SOS now', url: '/sos', icons: [{ src: '/icon.svg', sizes: 'any' }] }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/docs/],
        cleanupOutdatedCaches: true,
        // Take control on the very first visit, so SOS works offline without a reload. No
        // skipWaiting: an open tab keeps the old version (and its lazily loaded SOS code)
        // until it is closed, instead of finding that code deleted from the cache.
        clientsClaim: true,
      },
    }),
  ],
  build: { target: 'es2022', sourcemap: false },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
