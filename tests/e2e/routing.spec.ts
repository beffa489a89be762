import { expect, test, type Page } from '@playwright/test';
import { E2E_RELAY_URL, openApp, waitForLibrary } from './support/app';

/** Opens a path straight from the address bar, as a pasted or mistyped link does. */
async function openPath(page: Page, path: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${path}?relay=${encodeURIComponent(E2E_RELAY_URL)}`);
  return errors;
}

async function expectNotFound(page: Page): Promise<void> {
  await expect(page.getByTestId('not-found')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'Page not found', level: 1 })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Back' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.locator('.boot--error')).toHaveCount(0);
  await expect(page.getByTestId('result-count')).toHaveCount(0);
}

for (const path of ['/exercise/%E0', '/template/%', '/no-such-page']) {
  test(`${path} shows the not-found screen in the app frame, with a way back to the Library`, async ({ page }) => {
    const errors = await openPath(page, path);
    await expectNotFound(page);
    expect(errors).toEqual([]);
    await page.getByRole('link', { name: 'Go to the Library' }).click();
    await waitForLibrary(page);
    await expect(page).toHaveURL(/\/$/);
  });
}

test('Back from an exercise returns the Library to where it was scrolled', async ({ page }) => {
  await openApp(page);
  const items = page.locator('.exercise-item');
  await expect(items.nth(39)).toBeAttached();

  // Far enough down that the list's second page has to come in, as a person scrolling does.
  await page.mouse.wheel(0, 2500);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
  await expect.poll(() => items.count()).toBeGreaterThan(40);
  const left = await page.evaluate(() => window.scrollY);

  // An exercise in view: clicking it needs no scrolling.
  const index = await items.evaluateAll((links) => links.findIndex((link) => link.getBoundingClientRect().top > 120));
  const title = await items.nth(index).locator('.exercise-item__title').textContent();
  await items.nth(index).click();
  await expect(page).toHaveURL(/\/exercise\//);
  await expect(page.getByRole('heading', { name: 'Exercise', level: 1 })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);

  // The app restores the place itself (the browser's own restoring would jump before the list is back).
  expect(await page.evaluate(() => history.scrollRestoration)).toBe('manual');
  await page.goBack();
  await waitForLibrary(page);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(left - 4);
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(left + 4);
  await expect(items.filter({ hasText: title ?? '' }).first()).toBeInViewport();

  // Forward navigation still starts at the top.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});
