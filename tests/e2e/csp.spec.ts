import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { E2E_RELAY_URL, openApp, waitForLibrary, waitForServiceWorkerControl } from './support/app';
import { openFromSettings } from './support/settings-screens';

// The policy every other browser test runs under too: the meta tag is in the build, the header comes from
// the static server (scripts/lib/csp.mjs holds the one text).

interface Report {
  'document-uri': string;
  'blocked-uri': string;
  'effective-directive'?: string;
  'violated-directive': string;
}

/** Violation reports the static server received (report-uri): the page's, the workers', the service worker's. */
async function reports(request: APIRequestContext): Promise<Report[]> {
  return (await (await request.get('/csp-report')).json()) as Report[];
}

/** Every securitypolicyviolation the page sees, from its first script on. */
async function collectPageViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
}

const pageViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/** Adds an inline script, which the policy must refuse; resolves with whether it ran. */
function injectInlineScript(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineScriptRan = true;';
    document.body.append(script);
    return (window as unknown as { inlineScriptRan?: boolean }).inlineScriptRan === true;
  });
}

test('the app is served with a strict policy, as header and meta tag, and loading it breaks none of it', async ({ page, request }) => {
  const before = (await reports(request)).length;
  await collectPageViolations(page);
  const response = await page.goto(`/?relay=${encodeURIComponent(E2E_RELAY_URL)}`);
  await waitForLibrary(page);

  const header = response?.headers()['content-security-policy'] ?? '';
  const meta = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  for (const policy of [header, meta]) {
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain("'unsafe-eval'");
  }
  // The build is strict wherever it is hosted; only the local server's header lets the workers reach its relay.
  expect(meta).toContain("connect-src 'self' wss: https:;");
  expect(header).toContain(`connect-src 'self' wss: https: ${E2E_RELAY_URL} ${E2E_RELAY_URL.replace('ws:', 'http:')};`);
  expect(header).toContain("frame-ancestors 'none'");

  // Under it: the worker's wasm checks the starter pack, the relay connects, the service worker installs.
  await waitForServiceWorkerControl(page);
  await openFromSettings(page, 'Sync');
  const relay = page.getByRole('list', { name: 'Configured relays' }).getByRole('listitem').filter({ hasText: E2E_RELAY_URL });
  await expect(relay).toContainText('Connected');

  // One deliberate violation last: once its report is in, any the app made would be too.
  expect(await injectInlineScript(page)).toBe(false);
  await expect.poll(async () => (await reports(request)).length).toBeGreaterThan(before);
  const made = (await reports(request)).slice(before);
  expect(made.map((r) => `${r['effective-directive'] ?? r['violated-directive']} ${r['blocked-uri']}`)).toEqual(['script-src-elem inline']);
  // Both policies refuse it, each with its own event.
  expect(await pageViolations(page)).toEqual(['script-src-elem inline', 'script-src-elem inline']);
});

test('an injected inline script does not run and fires securitypolicyviolation', async ({ page }) => {
  await openApp(page);
  const violation = page.evaluate(
    () =>
      new Promise<{ directive: string; blocked: string; disposition: string }>((resolve) =>
        document.addEventListener('securitypolicyviolation', (e) =>
          resolve({ directive: e.effectiveDirective, blocked: e.blockedURI, disposition: e.disposition }),
        ),
      ),
  );
  expect(await injectInlineScript(page)).toBe(false);
  expect(await violation).toEqual({ directive: 'script-src-elem', blocked: 'inline', disposition: 'enforce' });
  expect(await page.evaluate(() => (window as unknown as { inlineScriptRan?: boolean }).inlineScriptRan)).toBeUndefined();
});

test('the worker is held to the header: a relay on another loopback port is refused and reported', async ({ page, request }) => {
  const before = (await reports(request)).length;
  await openApp(page);
  await openFromSettings(page, 'Sync');
  const elsewhere = 'ws://127.0.0.1:9';
  await page.getByLabel('Add a relay').fill(elsewhere);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Configured relays' }).getByRole('listitem').filter({ hasText: elsewhere })).toBeVisible();
  await expect
    .poll(async () =>
      (await reports(request))
        .slice(before)
        .filter((r) => r['blocked-uri'].startsWith(elsewhere))
        .map((r) => `${r['effective-directive'] ?? r['violated-directive']} ${new URL(r['document-uri']).pathname.split('/')[1]}`),
    )
    .toContainEqual('connect-src assets');
});

test('start-up asks no third-party host; a starter photo that is not bundled is fetched when its exercise is opened', async ({
  page,
  context,
}) => {
  const hosts: string[] = [];
  // Every request of the page, its workers and the service worker that leaves this machine (blob: URLs stay in).
  context.on('request', (r) => {
    const { protocol, hostname } = new URL(r.url());
    if (protocol.startsWith('http') && hostname !== '127.0.0.1') hosts.push(hostname);
  });
  await openApp(page);
  // The first rows (3/4 Sit-Up, 90/90 Hamstring…) have photos that are not bundled: their rows show initials.
  const first = page.getByRole('link', { name: /^3\/4 Sit-Up/ });
  await expect(first).toBeVisible();
  await expect(first.locator('img')).toHaveCount(0);
  // A bundled starter photo shows in its row, from the device.
  await page.getByRole('searchbox', { name: 'Search exercises' }).fill('barbell curl');
  await expect(
    page
      .getByRole('link', { name: /^Barbell Curl\b/ })
      .first()
      .locator('img.exercise-item__thumb'),
  ).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search exercises' }).fill('');
  await expect(first).toBeVisible();
  await page.waitForTimeout(2_000);
  expect(hosts).toEqual([]);

  await first.click();
  await expect(page.getByRole('heading', { name: '3/4 Sit-Up', level: 2 })).toBeVisible();
  await expect.poll(() => hosts).toContain('raw.githubusercontent.com');
  expect(new Set(hosts)).toEqual(new Set(['raw.githubusercontent.com']));
});
