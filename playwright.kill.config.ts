import { defineConfig } from '@playwright/test';

/**
 * `npm run test:kill`: the kill-point sweep (tests/kill). It launches and kills Chromium itself
 * on a persistent profile and serves the built app on free ports, so it can run beside the
 * browser tests (playwright.config.ts, ports 4310/4311). Build first (`npm run build`).
 */
export default defineConfig({
  testDir: 'tests/kill',
  outputDir: 'test-results/kill',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  expect: { timeout: 10_000 },
  reporter: [['list']],
});
