import { expect, test, type Page } from '@playwright/test';
import { nsecEncode } from 'nostr-tools/nip19';
import {
  exerciseAddress,
  exerciseEvent,
  recordSet,
  templateAddress,
  templateEvent,
  workoutRecordEvent,
} from '../../src/testing/event-factories';
import { newAuthor } from '../../src/testing/sign';
import { exercisePath, recordPath, templatePath } from '../../src/lib/paths';
import { goTo, openApp } from './support/app';
import { importEventsFile, importKey } from './support/settings-screens';

/** 4,000 characters without a space: what a hostile or careless author can put in a title (within the 4 KB cap). */
const LONG = 'W'.repeat(4_000);
const PHONE_WIDTH = 390;

async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
}

test('4,000-character titles wrap on every screen: nothing is wider than the phone', async ({ page }) => {
  const me = newAuthor();
  const exercise = exerciseEvent({ author: me, d: 'long', title: `Long ${LONG}`, instructions: LONG });
  const template = templateEvent({
    author: me,
    d: 'long-template',
    title: `Template ${LONG}`,
    description: LONG,
    sets: [{ exerciseAddress: exerciseAddress(me.pubkey, 'long'), relayHint: '', params: ['100', '5', '', 'normal'], setNumber: 1 }],
  });
  const record = workoutRecordEvent({
    author: me,
    d: 'long-workout',
    title: `Workout ${LONG}`,
    notes: LONG,
    start: Math.floor(Date.now() / 1000) - 7200,
    sets: [recordSet(exerciseAddress(me.pubkey, 'long'))],
  });

  await openApp(page);
  await importKey(page, nsecEncode(me.secretKey));
  expect(await importEventsFile(page, [exercise, template, record], 'long.json')).toContain('3 stored');

  const screens: Array<[name: string, path: string, ready: RegExp]> = [
    ['exercise', exercisePath.build({ address: exerciseAddress(me.pubkey, 'long') }), /Long W/],
    ['template', templatePath.build({ address: templateAddress(me.pubkey, 'long-template') }), /Template W/],
    ['workout', recordPath.build({ key: record.id }), /Workout W/],
  ];
  for (const [name, path, ready] of screens) {
    await goTo(page, path);
    await expect(page.getByRole('heading', { level: 2, name: ready })).toBeVisible();
    expect(await pageWidth(page), `${name} screen width`).toBeLessThanOrEqual(PHONE_WIDTH);
  }
  await goTo(page, '/history');
  await expect(page.getByText(/Workout W/).first()).toBeVisible();
  expect(await pageWidth(page), 'history width').toBeLessThanOrEqual(PHONE_WIDTH);
  await goTo(page, '/');
  await page.getByRole('searchbox', { name: 'Search exercises' }).fill('long');
  await expect(page.getByText(/Long W/).first()).toBeVisible();
  expect(await pageWidth(page), 'library width').toBeLessThanOrEqual(PHONE_WIDTH);
  await goTo(page, '/workout');
  await expect(page.getByText(/Template W/).first()).toBeVisible();
  expect(await pageWidth(page), 'templates width').toBeLessThanOrEqual(PHONE_WIDTH);
});
