import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../../scripts/lib/chromium.mjs';
import { installProbes } from './page-probes.mjs';

/**
 * Headless Chromium on the on-disk profile `dir`, phone-sized with touch as the app is used,
 * service workers allowed; each launch is a browser start, as opening the app at the gym is.
 */
export async function launchBrowser(dir) {
  const context = await chromium.launchPersistentContext(dir, {
    ...chromiumLaunchOptions,
    headless: true,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'allow',
  });
  await context.addInitScript(installProbes);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => message.type() === 'error' && console.error(`  page: ${message.text()}`));
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  return { context, page };
}

/** "156.0.8078.114", from the browser or its user agent. */
export async function browserVersion(context, page) {
  return context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent)).match(/Chrome\/([\d.]+)/)?.[1] ?? 'unknown';
}
