import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '../../../scripts/lib/chromium.mjs';

/**
 * A Chromium profile on disk, as a person's browser has: IndexedDB survives closing it,
 * and Chromium's installability checks apply (they refuse incognito pages).
 */
export async function withProfile<T>(run: (open: (baseURL: string) => Promise<BrowserContext>) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'plates-profile-'));
  const contexts: BrowserContext[] = [];
  try {
    return await run(async (baseURL) => {
      const context = await chromium.launchPersistentContext(dir, {
        ...chromiumLaunchOptions,
        baseURL,
        viewport: { width: 390, height: 844 },
        serviceWorkers: 'allow',
      });
      contexts.push(context);
      return context;
    });
  } finally {
    for (const context of contexts) await context.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}
