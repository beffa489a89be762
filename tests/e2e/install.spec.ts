import { expect, test } from '@playwright/test';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { openApp, waitForServiceWorkerControl } from './support/app';
import { withProfile } from './support/persistent';

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

test('the web app manifest is valid and Chromium reports the app installable', async ({ baseURL }) => {
  await withProfile(async (open) => {
    const context = await open(baseURL ?? '');
    const page = context.pages()[0] ?? (await context.newPage());
    await openApp(page);
    await waitForServiceWorkerControl(page);

    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifest = (await (await page.request.get(href ?? '')).json()) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      name: 'Plates — workout log',
      short_name: 'Plates',
      display: 'standalone',
      start_url: '/',
      theme_color: '#0b1220',
    });

    const icons = manifest.icons as ManifestIcon[];
    const wanted = [
      ['192x192', 'any'],
      ['512x512', 'any'],
      ['512x512', 'maskable'],
    ];
    for (const [sizes, purpose] of wanted) {
      const icon = icons.find((i) => i.sizes === sizes && (i.purpose ?? 'any') === purpose);
      expect(icon, `${sizes} ${purpose} icon`).toBeDefined();
      const response = await page.request.get(icon?.src ?? '');
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      const png = await response.body();
      // The PNG header holds width and height at bytes 16–23.
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(sizes);
    }

    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
    expect(installabilityErrors).toEqual([]);
  });
});

test('a new version waiting shows an update prompt, and Reload switches to it', async ({ page }) => {
  // A copy of the build we can change under the running app, as a deploy would.
  const root = await mkdtemp(join(tmpdir(), 'plates-update-'));
  await cp('dist', root, { recursive: true });
  const server = await startStaticServer({ root });
  try {
    await page.goto(`${server.url}/`);
    await expect(page.getByTestId('result-count')).toHaveText(/^\d+ exercises$/, { timeout: 30_000 });
    await waitForServiceWorkerControl(page);
    await expect(page.getByTestId('update-prompt')).toHaveCount(0);

    const swPath = join(root, 'sw.js');
    await writeFile(swPath, `${await readFile(swPath, 'utf8')}\n// next release\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const prompt = page.getByTestId('update-prompt');
    await expect(prompt).toBeVisible();
    await expect(prompt).toContainText('Update available');
    const reloaded = page.waitForEvent('load');
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await expect(page.getByTestId('result-count')).toHaveText(/^\d+ exercises$/, { timeout: 30_000 });
    const waiting = await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
    expect(waiting).toBe(false);
    await expect(page.getByTestId('update-prompt')).toHaveCount(0);
  } finally {
    await server.stop();
    await rm(root, { recursive: true, force: true });
  }
});
