import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The service worker precaches the whole app shell (and the SOS route's code), so a person
// who has opened Kinbridge once can reach SOS, their plan and crisis lines with no network.
export default defineConfig({
  plugins: [
    react(),
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
