import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { npubEncode } from 'nostr-tools/nip19';
import { decrypt } from 'nostr-tools/nip49';
import { getPublicKey } from 'nostr-tools/pure';
import { connectRelay } from '../../src/testing/relay-client';
import { E2E_RELAY_URL, goTo, openApp, waitForLibrary } from './support/app';
import { addExercise, createLocalKey, PASSPHRASE, startLocalKey } from './support/screens';
import { openFromSettings, openMainTab } from './support/settings-screens';
import { daysAgoAt, newLifter, starterExercise, workoutEvent } from './support/workout-events';

// The database is deleted from a blank page of the app's origin, which the service worker would answer with the app.
test.use({ serviceWorkers: 'block' });

const BLANK = '/__blank-page-for-tests';

/**
 * What the browser did once in about 160 hard kills: the site's IndexedDB gone (here deleted
 * from a page of the origin where the app is not running, so nothing holds it open), the
 * Cache Storage beside it kept. Then the app is opened again.
 */
async function loseDatabaseAndReopen(page: Page): Promise<void> {
  await page.route(`**${BLANK}`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }));
  await page.goto(BLANK);
  const caches = await page.evaluate(async () => {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('plates');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('deleteDatabase failed'));
    });
    return self.caches.keys();
  });
  expect(caches).toContain('plates-account-marker');
  await page.goto(`/?relay=${encodeURIComponent(E2E_RELAY_URL)}`);
  await expect(page.getByRole('heading', { name: 'The data on this device was lost', level: 1 })).toBeVisible({ timeout: 30_000 });
}

test('a lost database: the start screen names the account, the backup signs in again and the workouts come back from relays', async ({
  page,
}) => {
  await openApp(page);
  await goTo(page, '/account');
  const ncryptsec = await createLocalKey(page);
  const npub = (await page.getByTestId('account-npub').getAttribute('title')) ?? '';

  // Two workouts this key published earlier (signed here with the key the backup holds).
  const secret = decrypt(ncryptsec, PASSPHRASE);
  const me = { secretKey: secret, pubkey: getPublicKey(secret) };
  const relay = await connectRelay(E2E_RELAY_URL);
  try {
    for (const [title, days] of [
      ['Leg day', 3],
      ['Push day', 1],
    ] as const) {
      const event = workoutEvent(me, {
        title,
        start: daysAgoAt(days, 18),
        minutes: 45,
        sets: [{ exercise: starterExercise('Barbell_Squat'), kg: 100, reps: 5 }],
      });
      expect((await relay.publish(event)).accepted).toBe(true);
    }
  } finally {
    await relay.disconnect();
  }

  await loseDatabaseAndReopen(page);
  await expect(page.getByTestId('lost-npub')).toHaveText(npub);
  await expect(page.getByText('Key on this device (NIP-49)')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/lost-database-start.png' });

  await page.getByRole('button', { name: /^Import your backup/ }).click();
  await page.getByLabel('Secret key or backup').fill(ncryptsec);
  await page.getByLabel('Passphrase of this backup').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Import key' }).click();
  await expect(page.getByRole('heading', { name: 'Bring back your workouts' })).toBeVisible();
  await expect(page.getByTestId('account-npub')).toHaveAttribute('title', npub);
  await page.getByRole('button', { name: 'Bring back workouts' }).click();
  await expect(page.getByTestId('bring-back-report')).toHaveText('2 workouts on this device now.');
  await page.screenshot({ path: 'test-results/lost-database-brought-back.png' });

  await page.getByRole('button', { name: 'Continue' }).click();
  await waitForLibrary(page);
  await openMainTab(page, 'History');
  await expect(page.getByText('Push day')).toBeVisible();
  await expect(page.getByText('Leg day')).toBeVisible();

  // The database holds the account again: the next start is an ordinary one.
  await openApp(page);
  await openFromSettings(page, 'Account');
  await expect(page.getByRole('heading', { name: 'Unlock your key' })).toBeVisible();
});

test('a lost read-only account: starting fresh removes the marker, and the app opens signed out from then on', async ({ page }) => {
  const npub = npubEncode(newLifter().pubkey);
  await openApp(page);
  await openFromSettings(page, 'Account');
  await page.getByRole('button', { name: /^Read-only/ }).click();
  await page.getByLabel('Public key').fill(npub);
  await page.getByRole('button', { name: 'Continue read-only' }).click();
  await expect(page.getByRole('heading', { name: 'Signed in' })).toBeVisible();

  await loseDatabaseAndReopen(page);
  await expect(page.getByTestId('lost-npub')).toHaveText(npub);
  await expect(page.getByText('Read-only (npub)')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Continue as this account/ })).toBeVisible();

  await page.getByRole('button', { name: 'Start fresh' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Start fresh?' });
  await expect(confirm).toContainText('stops offering to bring this account back');
  await confirm.getByRole('button', { name: 'Start fresh' }).click();
  await waitForLibrary(page);

  await openApp(page);
  await openFromSettings(page, 'Account');
  await expect(page.getByRole('heading', { name: 'Sign in', level: 2 })).toBeVisible();
});

test('a new key is backed up before its first workout is signed; the workout waits, Account reminds', async ({ page }) => {
  await openApp(page);
  await goTo(page, '/account');
  await startLocalKey(page);
  await page.screenshot({ path: 'test-results/backup-step.png' });
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(page.getByRole('heading', { name: 'Signed in' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your key is not backed up yet' })).toBeVisible();
  await page.screenshot({ path: 'test-results/backup-reminder.png', fullPage: true });

  await goTo(page, '/workout');
  await page.getByRole('button', { name: 'Start empty workout' }).click();
  await addExercise(page, 'barbell squat', 'Barbell Squat');
  const card = page.getByRole('region', { name: 'Barbell Squat' });
  await card.getByLabel('Weight, set 1').fill('100');
  await card.getByLabel('Reps, set 1').fill('5');
  await card.getByLabel('RPE, set 1').fill('8');
  await card.getByRole('button', { name: 'Set 1 done' }).click();
  await expect(card.getByRole('button', { name: 'Set 1 done' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Finish' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'Back up your new key before your first workout is signed' });
  await expect(refusal).toContainText('kept on this device');
  await page.screenshot({ path: 'test-results/backup-required.png' });

  await refusal.getByRole('link', { name: 'Back up your key' }).click();
  await expect(page.getByRole('heading', { name: 'Your key is not backed up yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Show backup' }).click();
  const ncryptsec = await page.getByLabel('Encrypted key (ncryptsec)').inputValue();
  const npub = (await page.getByTestId('account-npub').getAttribute('title')) ?? '';
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`plates-key-backup-${npub.slice(0, 16)}.txt`);
  const text = await readFile((await file.path()) ?? '', 'utf8');
  expect(text).toContain(ncryptsec);
  expect(text).toContain(npub);
  await page.getByRole('button', { name: 'I have saved my backup' }).click();
  await expect(page.getByText('Backed up. Show it again to make another copy.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Backup', exact: true })).toBeVisible();

  await goTo(page, '/workout');
  await page.getByRole('button', { name: 'Save workout' }).click();
  await expect(page.getByRole('heading', { name: 'Workout complete', level: 1 })).toBeVisible();
});
