import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium.mjs';

const APP_PORT = 4310;
const RELAY_PORT = 4311;

/**
 * Browser tests run Debian's Chromium against the production build, served with a real
 * local relay (in memory) exactly as `npm start` serves them.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'allow',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: `node scripts/start.mjs --no-build --port ${APP_PORT} --relay-port ${RELAY_PORT} --relay-db :memory:`,
    url: `http://127.0.0.1:${APP_PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
