import { build } from 'vite';

/**
 * Builds the real app with the project's vite.config.ts (service worker, precache, worker
 * chunks) into `outDir`, outside dist/ so that the browser tests' build is never touched.
 */
export async function buildApp(outDir) {
  // 'error': the NDK dependency's known eval warnings are not news in a benchmark.
  await build({ configFile: 'vite.config.ts', logLevel: 'error', build: { outDir, emptyOutDir: true } });
}
