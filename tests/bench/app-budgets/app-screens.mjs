import { basename } from 'node:path';

// How the budgets drive the app: through its screens, as a person does (tests/e2e/support
// does the same for the browser tests, with Playwright's test-runner assertions).
const LONG = { timeout: 120_000 };
const PASSPHRASE = 'correct horse battery';

export async function waitForLibrary(page) {
  await page
    .getByTestId('result-count')
    .filter({ hasText: /^[1-9]\d* exercises?$/ })
    .waitFor(LONG);
}

export async function openMainTab(page, name) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
  await page.waitForURL(name === 'Library' ? /\/$/ : new RegExp(`/${name.toLowerCase()}$`));
}

/** Settings → Account → Import a key, with a passphrase; back on Settings afterwards. */
export async function signInWithKey(page, nsec) {
  await openMainTab(page, 'Settings');
  await page.getByRole('link', { name: /^Account/ }).click();
  await page.getByRole('button', { name: /^Import a key/ }).click();
  await page.getByLabel('Secret key or backup').fill(nsec);
  await page.getByLabel('New passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Import key' }).click();
  await page.getByRole('heading', { name: 'Signed in' }).waitFor(LONG);
  // Account is a detail screen: no tab bar, the header's back button returns to Settings.
  await page.getByRole('banner').getByRole('button', { name: 'Back' }).click();
  await page.waitForURL(/\/settings$/);
}

/** Settings → Account → Unlock with the passphrase (a key is locked in each new browser session); back on Settings. */
export async function unlockKey(page) {
  await openMainTab(page, 'Settings');
  await page.getByRole('link', { name: /^Account/ }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('heading', { name: 'Signed in' }).waitFor(LONG);
  await page.getByRole('banner').getByRole('button', { name: 'Back' }).click();
  await page.waitForURL(/\/settings$/);
}

/**
 * Chooses a file on disk in Settings → Import, as a person picks one (the browser reads it, not
 * Playwright: a file handed over as a buffer is rebuilt by script in the page, on its main thread).
 */
export async function startImport(page, file) {
  await openMainTab(page, 'Settings');
  await page.getByLabel('Import a file').setInputFiles(file);
}

/** Imports a file through Settings and resolves with the app's report ("N stored · …"). */
export async function importEvents(page, file) {
  await startImport(page, file);
  const name = basename(file);
  const report = page.getByTestId('import-result').filter({ hasText: name });
  await report.waitFor(LONG);
  return (await report.textContent()).replace(name, '').trim();
}
