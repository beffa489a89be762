import { expect, test } from '@playwright/test';
import { openApp, waitForLibrary, waitForServiceWorkerControl } from './support/app';
import { createLocalKey, openTab } from './support/screens';

// Phone-size pictures of each screen for docs/screenshots, looked at by a person.
const shot = (name: string) => ({ path: `docs/screenshots/${name}.png`, fullPage: false });

test('screenshots of the library and the exercise detail at 390x844', async ({ page, context }) => {
  await openApp(page);
  await page.screenshot(shot('library'));

  await page.getByRole('searchbox', { name: 'Search exercises' }).fill('squat');
  await page.getByRole('combobox', { name: 'Equipment' }).selectOption('barbell');
  await expect(page.getByTestId('result-count')).toHaveText(/^\d+ exercises?$/);
  await page.screenshot(shot('library-filtered'));

  await page.getByRole('searchbox', { name: 'Search exercises' }).fill('barbell deadlift');
  await page.getByRole('combobox', { name: 'Equipment' }).selectOption('');
  await page.getByRole('link', { name: /^Barbell Deadlift/ }).click();
  await expect(page.locator('img[data-stored="yes"]')).toHaveCount(2);
  await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode().catch(() => undefined))));
  await page.screenshot(shot('exercise-detail'));

  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  await page.goto('/');
  await waitForLibrary(page);
  await page.getByRole('searchbox', { name: 'Search exercises' }).fill('zzzz');
  await expect(page.getByTestId('result-count')).toHaveText('0 exercises');
  await page.screenshot(shot('library-offline-empty'));
});

test('screenshots of the account and sync screens at 390x844', async ({ page }) => {
  await openApp(page);
  await openTab(page, 'Account');
  await page.screenshot(shot('account-signed-out'));

  await createLocalKey(page);
  await page.screenshot(shot('account-ready'));

  await openTab(page, 'Sync');
  await page.getByRole('button', { name: 'Publish as my relay list' }).click();
  const item = page.getByRole('list', { name: 'Outbox' }).getByRole('listitem').first();
  await expect(item.getByTestId('outbox-status')).toHaveText('Sent');
  await page.screenshot(shot('sync'));
});
