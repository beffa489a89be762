import { expect, test } from '@playwright/test';
import { openApp, waitForLibrary, waitForServiceWorkerControl } from './support/app';

test('after one online visit the library works with the network cut', async ({ page, context }) => {
  await openApp(page);
  await waitForServiceWorkerControl(page);

  await context.setOffline(true);
  await page.reload();
  await waitForLibrary(page);
  await expect(page.getByTestId('network-state')).toHaveText('Offline');

  await page.getByRole('searchbox', { name: 'Search exercises' }).fill('deadlift');
  await expect(page.getByTestId('result-count')).toHaveText(/^\d+ exercises$/);
  const first = page.getByRole('link', { name: /^Barbell Deadlift/ });
  await expect(first).toBeVisible();
  await first.click();

  await expect(page.getByRole('heading', { name: 'Barbell Deadlift', level: 2 })).toBeVisible();
  const steps = page.getByTestId('instructions').getByRole('listitem');
  await expect(steps.first()).toContainText('Stand in front of a loaded barbell');
  // The bundled photos were stored in IndexedDB on first run and show without a network.
  await expect(page.locator('img[data-stored="yes"]')).toHaveCount(2);
});
