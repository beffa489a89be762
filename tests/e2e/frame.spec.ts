import { expect, test } from '@playwright/test';
import { openApp } from './support/app';
import { goBack, openMainTab } from './support/settings-screens';

test('the tab bar reaches the five top-level screens', async ({ page }) => {
  await openApp(page);
  const tabs = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
  await expect(tabs).toHaveText(['Workout', 'History', 'Library', 'Feed', 'Settings']);

  for (const name of ['History', 'Feed', 'Settings', 'Library', 'Workout'] as const) {
    await openMainTab(page, name);
    await expect(tabs.filter({ hasText: name })).toHaveAttribute('aria-current', 'page');
    await expect(tabs.and(page.locator('[aria-current="page"]'))).toHaveCount(1);
    // The Workout screen is its own area's; the others are checked by their header.
    if (name !== 'Workout') await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  }
  // Five tabs fit a 390 px phone without crowding: each at least a 48 px touch target.
  for (const box of await tabs.evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.width).toBeGreaterThanOrEqual(48);
    expect(box.height).toBeGreaterThanOrEqual(48);
  }
});

test('Account and Sync open from Settings as detail screens with a back button', async ({ page }) => {
  await openApp(page);
  for (const [link, title] of [
    [/^Account/, 'Account'],
    [/^Relays and sync/, 'Sync'],
  ] as const) {
    await openMainTab(page, 'Settings');
    await page.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await goBack(page, 'Settings');
  }
});

test('an install offer from the browser shows Install in the header until the app is installed', async ({ page }) => {
  await openApp(page);
  const install = page.getByRole('button', { name: 'Install' });
  await expect(install).toHaveCount(0);

  const offer = () =>
    page.evaluate(() => {
      const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
        prompt: async () => {
          document.body.dataset.installPrompted = 'yes';
        },
      });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    });
  // The browser's own banner is held back: the header makes the offer.
  expect(await offer()).toBe(true);
  await expect(install).toBeVisible();
  await install.click();
  await expect(page.locator('body')).toHaveAttribute('data-install-prompted', 'yes');
  await expect(install).toHaveCount(0);

  await offer();
  await expect(install).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event('appinstalled')));
  await expect(install).toHaveCount(0);
});
