/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './scripts/lib/csp.mjs';

/**
 * The Content-Security-Policy as the page's first meta tag, in the build only: the dev server's
 * React refresh preamble is an inline script and its HMR socket a ws: of its own.
 */
function cspMeta(): Plugin {
  return {
    name: 'plates-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  plugins: [
    react(),
    cspMeta(),
    VitePWA({
      // The app registers the worker itself with workbox-window and asks before updating.
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Plates — workout log',
        short_name: 'Plates',
        description: 'Log workouts offline and share them on Nostr.',
        id: '/',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#0b1220',
        background_color: '#0b1220',
        categories: ['health', 'fitness', 'sports'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The shell, the worker bundle and the starter pack; photos go to IndexedDB instead.
        globPatterns: ['**/*.{js,css,html,svg,png,ndjson,wasm}'],
        globIgnores: ['starter-pack/media/**'],
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first install controls the open page at once, so it works offline without a reload.
        clientsClaim: true,
      },
    }),
  ],
  resolve: {
    // NDK's event emitter (tseep) compiles its listener loops with eval, which the Content-Security-Policy
    // forbids (no 'unsafe-eval'): its eval-free build, made safe for listeners removed mid-emit.
    alias: [{ find: /^tseep$/, replacement: fileURLToPath(new URL('./src/worker/relay/event-emitter.ts', import.meta.url)) }],
  },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  test: {
    // Playwright specs live in tests/e2e and must never be picked up here.
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/sync/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
