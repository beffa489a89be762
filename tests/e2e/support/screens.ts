import { expect, type Page } from '@playwright/test';

export const PASSPHRASE = 'correct horse battery';

/**
 * From the signed-out Account screen, creates a local key, passes its backup step (a new key's
 * workouts are signed only once it is backed up) and waits until it can sign; returns the
 * key's backup (ncryptsec).
 */
export async function createLocalKey(page: Page, passphrase = PASSPHRASE): Promise<string> {
  await startLocalKey(page, passphrase);
  await page.getByRole('button', { name: 'Show backup' }).click();
  const ncryptsec = await page.getByLabel('Encrypted key (ncryptsec)').inputValue();
  expect(ncryptsec).toMatch(/^ncryptsec1/);
  await page.getByRole('button', { name: 'I have saved my backup' }).click();
  await expect(page.getByRole('heading', { name: 'Signed in' })).toBeVisible();
  await expect(page.getByTestId('can-sign')).toHaveText('Can sign and publish');
  return ncryptsec;
}

/** Creates a local key and stops at its backup step. */
export async function startLocalKey(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByRole('button', { name: /^Create a new key/ }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Create key' }).click();
  await expect(page.getByRole('heading', { name: 'Back up your new key' })).toBeVisible();
}

/** Adds an exercise through the picker (a workout or the template editor): searched, picked by its title, shown as a card. */
export async function addExercise(page: Page, search: string, title: string): Promise<void> {
  await page.getByRole('button', { name: '+ Add exercise' }).click();
  const picker = page.getByRole('dialog', { name: 'Add exercise' });
  await picker.getByRole('searchbox').fill(search);
  await picker
    .getByRole('button', { name: new RegExp(`^${title}`) })
    .first()
    .click();
  await expect(page.getByRole('region', { name: title })).toBeVisible();
}
