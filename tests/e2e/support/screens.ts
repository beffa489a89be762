import { expect, type Page } from '@playwright/test';

export const PASSPHRASE = 'correct horse battery';

/** From the signed-out Account screen, creates a local key and waits until it can sign. */
export async function createLocalKey(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByRole('button', { name: /^Create a new key/ }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Create key' }).click();
  await expect(page.getByRole('heading', { name: 'Signed in' })).toBeVisible();
  await expect(page.getByTestId('can-sign')).toHaveText('Can sign and publish');
}
