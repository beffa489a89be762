import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/lib/chromium.mjs';
import { E2E_RELAY_URL, waitForLibrary } from './support/app';
import { openFromSettings } from './support/settings-screens';

// The app as a deployed site would be: a name that is not loopback (mapped to the test server), a secure
// context as https would give. There a crafted `?relay=` link must not change where a person publishes.
const SITE = 'http://plates.test:4310';
const DEFAULT_RELAYS = ['wss://relay.damus.io', 'wss://nos.lol', 'wss://relay.primal.net'];

let browser: Browser;

test.beforeAll(async () => {
  browser = await chromium.launch({
    ...chromiumLaunchOptions,
    args: [
      ...(chromiumLaunchOptions.args ?? []),
      '--host-resolver-rules=MAP plates.test 127.0.0.1',
      `--unsafely-treat-insecure-origin-as-secure=${SITE}`,
    ],
  });
});

test.afterAll(async () => {
  await browser.close();
});

async function configuredRelays(page: Page): Promise<string[]> {
  await openFromSettings(page, 'Sync');
  const rows = page.getByRole('list', { name: 'Configured relays' }).getByRole('listitem');
  await expect(rows.first()).toBeVisible();
  return rows.allInnerTexts();
}

test('?relay= on a site that is not loopback is dropped: the relay list stays the default', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    await page.goto(`${SITE}/?relay=${encodeURIComponent('ws://evil.example')}`);
    await waitForLibrary(page);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
    // Dropped unread, and gone from the address bar.
    await expect(page).toHaveURL(`${SITE}/`);
    const relays = await configuredRelays(page);
    expect(relays.join('\n')).not.toContain('evil.example');
    expect(relays).toHaveLength(DEFAULT_RELAYS.length);
    for (const relay of DEFAULT_RELAYS) expect(relays.some((row) => row.includes(relay))).toBe(true);

    // After a reload too: nothing of it was saved.
    await page.goto(`${SITE}/`);
    await waitForLibrary(page);
    expect((await configuredRelays(page)).join('\n')).not.toContain('evil.example');
  } finally {
    await context.close();
  }
});

test('the same browser honours ?relay= on the loopback address (the local setup)', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:4310/?relay=${encodeURIComponent(E2E_RELAY_URL)}`);
    await waitForLibrary(page);
    const relays = await configuredRelays(page);
    expect(relays).toHaveLength(1);
    expect(relays[0]).toContain(E2E_RELAY_URL);
  } finally {
    await context.close();
  }
});
