import { expect, test } from '@playwright/test';
import { openApp } from './support/app';
import { openFromSettings } from './support/settings-screens';
import { createLocalKey, PASSPHRASE } from './support/screens';

test('signed out, the Account screen offers the ways to sign in; without window.nostr the extension is disabled', async ({ page }) => {
  await openApp(page);
  await openFromSettings(page, 'Account');
  await expect(page.getByRole('heading', { name: 'Sign in', level: 2 })).toBeVisible();

  const extension = page.getByRole('button', { name: /^Use browser extension/ });
  await expect(extension).toBeDisabled();
  await expect(extension).toContainText('No NIP-07 extension');
  for (const name of [/^Create a new key/, /^Import a key/, /^Read-only/]) await expect(page.getByRole('button', { name })).toBeEnabled();
});

test('a local key: created with a passphrase, locked after a reload, unlocked only by its passphrase', async ({ page }) => {
  await openApp(page);
  await openFromSettings(page, 'Account');

  await page.getByRole('button', { name: /^Create a new key/ }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill('short');
  await page.getByLabel('Passphrase again').fill('short');
  await page.getByRole('button', { name: 'Create key' }).click();
  await expect(page.getByRole('alert')).toHaveText('Choose a passphrase of at least 8 characters.');
  // The form's own Back, to the ways of signing in (the header's goes to Settings).
  await page.getByRole('main').getByRole('button', { name: 'Back' }).click();

  await createLocalKey(page);
  const npub = await page.getByTestId('account-npub').getAttribute('title');
  expect(npub).toMatch(/^npub1/);

  // The decrypted key lives only in the worker's memory: a new page finds it locked.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Unlock your key' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('account-npub')).toHaveAttribute('title', npub ?? '');

  const passphrase = page.getByLabel('Passphrase', { exact: true });
  await passphrase.fill('not the passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toHaveText('That passphrase does not unlock this key.');
  await expect(page.getByRole('heading', { name: 'Unlock your key' })).toBeVisible();

  await passphrase.fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Signed in' })).toBeVisible();
  await expect(page.getByTestId('can-sign')).toHaveText('Can sign and publish');
  await expect(page.getByTestId('account-npub')).toHaveAttribute('title', npub ?? '');
});
