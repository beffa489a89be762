import { expect, test } from '@playwright/test';

test('a worker that cannot open the database shows the reason, not a blank page', async ({ page }) => {
  // A database Plates cannot use: a newer version that lacks Plates' tables (as after a bad release).
  await page.goto('/manifest.webmanifest');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('plates', 9999);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Plates could not start' })).toBeVisible();
  await expect(alert).toContainText('The data worker did not start');
  await expect(alert).toContainText('One of the specified object stores was not found');
  await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
});
