import { expect, type Page } from '@playwright/test';
import { PASSPHRASE } from './screens';

type Tab = 'Workout' | 'History' | 'Library' | 'Feed' | 'Settings';

/** Goes to a top-level screen through the bottom tab bar. */
export async function openMainTab(page: Page, name: Tab): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${name === 'Library' ? '/' : `/${name.toLowerCase()}`}$`));
}

/** Opens Account or Sync, which live under Settings. */
export async function openFromSettings(page: Page, screen: 'Account' | 'Sync'): Promise<void> {
  await openMainTab(page, 'Settings');
  await page.getByRole('link', { name: screen === 'Account' ? /^Account/ : /^Relays and sync/ }).click();
  await expect(page.getByRole('heading', { name: screen, level: 1 })).toBeVisible();
}

/** The header's back button, to the screen titled `title`. */
export async function goBack(page: Page, title: string): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}

/** Signs in with a secret key (nsec) through Settings → Account → Import a key, and returns to Settings. */
export async function importKey(page: Page, nsec: string): Promise<void> {
  await openFromSettings(page, 'Account');
  await page.getByRole('button', { name: /^Import a key/ }).click();
  await page.getByLabel('Secret key or backup').fill(nsec);
  await page.getByLabel('New passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Import key' }).click();
  await expect(page.getByRole('heading', { name: 'Signed in' })).toBeVisible();
  await goBack(page, 'Settings');
}

/** Imports events as a JSON file through Settings → Backup → Import; resolves with the report's text. */
export async function importEventsFile(page: Page, events: unknown[], name = 'events.json'): Promise<string> {
  await openMainTab(page, 'Settings');
  await page.getByLabel('Import a file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(events)) });
  const report = page.getByTestId('import-result');
  await expect(report).toContainText(name);
  return (await report.textContent()) ?? '';
}
