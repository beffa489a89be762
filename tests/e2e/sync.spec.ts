import { expect, test } from '@playwright/test';
import { E2E_RELAY_URL, openApp } from './support/app';
import { goBack, openFromSettings } from './support/settings-screens';
import { createLocalKey } from './support/screens';

test('the Sync screen shows the local relay connected and publishes the relay list to it', async ({ page }) => {
  await openApp(page);
  await openFromSettings(page, 'Sync');

  const relay = page.getByRole('list', { name: 'Configured relays' }).getByRole('listitem').filter({ hasText: E2E_RELAY_URL });
  await expect(relay).toContainText('Connected');
  await expect(page.getByText('You are signed out.')).toBeVisible();
  await expect(page.getByText(/Nothing published yet/)).toBeVisible();

  await page.getByRole('link', { name: 'Go to Account' }).click();
  await createLocalKey(page);
  await goBack(page, 'Sync');

  await page.getByRole('button', { name: 'Publish as my relay list' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Relay list queued for 1 relay' })).toBeVisible();
  const item = page.getByRole('list', { name: 'Outbox' }).getByRole('listitem').filter({ hasText: 'Relay list' }).first();
  await expect(item).toContainText('Kind 10002');
  // The real local relay answered OK: the event reached it.
  const sent = item.getByRole('listitem').filter({ hasText: E2E_RELAY_URL });
  await expect(sent).toContainText('Sent');
  await expect(sent).toContainText('1 attempt');
  await expect(item.getByTestId('outbox-status')).toHaveText('Sent');
});

test('adding something that is not a relay address shows why, under the field', async ({ page }) => {
  await openApp(page);
  await openFromSettings(page, 'Sync');

  const field = page.getByLabel('Add a relay');
  await field.fill('not a url');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('not a ws:// or wss:// relay address: not a url');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('list', { name: 'Configured relays' }).getByRole('listitem')).toHaveCount(1);
});
