import { expect, test, type Page } from '@playwright/test';
import { naddrEncode } from 'nostr-tools/nip19';
import { exerciseEvent, profileEvent } from '../../src/testing/event-factories';
import { connectRelay } from '../../src/testing/relay-client';
import { newAuthor, signEvent } from '../../src/testing/sign';
import type { NostrEvent } from '../../src/domain/nostr-event';
import { E2E_RELAY_URL, goTo, openApp } from './support/app';
import { addExercise } from './support/screens';

// Issue 13, item 4: a missing exercise named with a way to fetch it again; "+ Add exercise" clear of the editor's bar.

const STARTER_PUBKEY = 'bae5acac061e6ebb26de5520cd1813c4d48733a0a64af758cb6dcff9a3457f69';

async function publish(events: NostrEvent[]): Promise<void> {
  const relay = await connectRelay(E2E_RELAY_URL);
  try {
    for (const event of events) expect((await relay.publish(event)).accepted).toBe(true);
  } finally {
    await relay.disconnect();
  }
}

/** Scrolls to the very bottom and taps where "+ Add exercise" shows: whatever is on top there gets the tap. */
async function tapAddExerciseAtTheBottom(page: Page): Promise<void> {
  // The bar's height (an error in it) reaches the editor's padding through a ResizeObserver: a frame later.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForFunction(() => Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight - 1);
  const add = await page.getByRole('button', { name: '+ Add exercise' }).boundingBox();
  const save = await page.getByRole('button', { name: 'Save template' }).boundingBox();
  const bar = await page.locator('.editor-bar').boundingBox();
  if (!add || !save || !bar) throw new Error('the editor is not laid out');
  expect(add.y + add.height, '"+ Add exercise" ends above the Cancel/Save bar').toBeLessThanOrEqual(bar.y);
  await page.touchscreen.tap(add.x + add.width / 2, add.y + add.height / 2);
}

test('an incomplete template names its missing exercises (d tag, author) and "Fetch again" brings one published since', async ({
  page,
}) => {
  const author = newAuthor();
  const stranger = newAuthor();
  const squat = `33401:${STARTER_PUBKEY}:Barbell_Squat`;
  const mystery = `33401:${author.pubkey}:mystery-lift`;
  const carry = `33401:${stranger.pubkey}:odd-carry-7f3a9c21`;
  const template = signEvent(author, {
    kind: 33402,
    content: 'Squats, then two lifts this device has never seen.',
    tags: [
      ['d', 'odd-day'],
      ['title', 'Odd day'],
      ['type', 'strength'],
      ['exercise', squat, '', '100', '5', '', 'normal', '1'],
      ['exercise', mystery, '', '40', '10', '', 'normal', '2'],
      ['exercise', carry, '', '32', '20', '', 'normal', '3'],
    ],
  });
  await publish([profileEvent({ author, name: 'Dana Lifts' }), template]);
  const naddr = naddrEncode({ kind: 33402, pubkey: author.pubkey, identifier: 'odd-day', relays: [E2E_RELAY_URL] });

  await openApp(page);
  await goTo(page, '/workout');
  await page.getByRole('button', { name: 'Open a shared link' }).click();
  await page.getByLabel('Shared template link').fill(naddr);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Odd day', level: 2 })).toBeVisible();

  const missing = page.getByRole('region', { name: 'Missing exercises' });
  await expect(missing).toContainText('2 exercises are not on this device yet');
  const items = missing.getByRole('listitem');
  await expect(items).toHaveCount(2);
  // In the template's order: the title its d tag suggests, the d tag itself, and whose it is.
  await expect(items.nth(0)).toContainText('Mystery lift');
  await expect(items.nth(0)).toContainText('d tag mystery-lift');
  await expect(items.nth(0)).toContainText('by Dana Lifts');
  await expect(items.nth(0)).toContainText('Relays last asked');
  await expect(items.nth(1)).toContainText('Odd carry');
  await expect(items.nth(1)).toContainText('d tag odd-carry-7f3a9c21');
  await expect(items.nth(1)).toContainText(/by npub1[a-z0-9]{5}…[a-z0-9]{4}/);
  await expect(page.getByText('Probably “Mystery lift”, by Dana Lifts')).toBeVisible();
  await page.getByText('Probably “Mystery lift”, by Dana Lifts').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/template-missing-prescribed.png' });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'test-results/template-missing-named.png' });

  // Published after the app asked for it (and within the 5 minutes it would not ask again by itself).
  await publish([exerciseEvent({ author, d: 'mystery-lift', title: 'Mystery Lift' })]);
  await missing.getByRole('button', { name: 'Fetch again' }).click();
  await expect(missing.getByRole('status')).toHaveText('Found 1 of 2 (asked 1 relay).');
  await expect(page.getByRole('region', { name: 'Mystery Lift' })).toBeVisible();
  await expect(missing).toContainText('1 exercise is not on this device yet');
  await expect(items).toHaveCount(1);
  await expect(items.nth(0)).toContainText('Odd carry');

  await missing.getByRole('button', { name: 'Fetch again' }).click();
  await expect(missing.getByRole('status')).toHaveText('Not found: asked 1 relay just now. Its author may not have published it there.');
  await page.screenshot({ path: 'test-results/template-missing-fetched-again.png' });
});

test('at 390×844, "+ Add exercise" scrolled to the bottom opens the picker, also with a save error in the bar', async ({ page }) => {
  await openApp(page);
  await goTo(page, '/template-new');
  await page.getByLabel('Title').fill('Long day');
  await addExercise(page, 'goblet squat', 'Goblet Squat');
  await addExercise(page, 'pushups', 'Pushups');
  await addExercise(page, 'dumbbell flyes', 'Dumbbell Flyes');

  await tapAddExerciseAtTheBottom(page);
  await expect(page.getByRole('dialog', { name: 'Add exercise' })).toBeVisible();
  await expect(page.getByText('Sign in first', { exact: false })).toHaveCount(0);
  await page.getByRole('dialog', { name: 'Add exercise' }).getByRole('searchbox').fill('barbell bench press medium');
  await page
    .getByRole('dialog', { name: 'Add exercise' })
    .getByRole('button', { name: /^Barbell Bench Press - Medium Grip/ })
    .first()
    .click();
  await expect(page.getByRole('region', { name: 'Barbell Bench Press - Medium Grip' })).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.screenshot({ path: 'test-results/template-editor-bottom.png' });

  // Signed out, Save puts its error (with a link to Account) in the bar, which grows: the button still clears it.
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.locator('.editor-bar').getByRole('alert').filter({ hasText: 'Sign in first' })).toBeVisible();
  await tapAddExerciseAtTheBottom(page);
  await expect(page.getByRole('dialog', { name: 'Add exercise' })).toBeVisible();
  await page.getByRole('dialog', { name: 'Add exercise' }).getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog', { name: 'Add exercise' })).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.screenshot({ path: 'test-results/template-editor-bottom-error.png' });
});
