import { expect, test } from '@playwright/test';
import type { NostrEvent } from '../../src/domain/nostr-event';
import { connectRelay } from '../../src/testing/relay-client';
import { E2E_RELAY_URL, openApp, waitForLibrary, waitForServiceWorkerControl } from './support/app';
import { sampleProgramme } from './support/sample-program';
import { createLocalKey } from './support/screens';
import { goBack, importEventsFile, importKey, openFromSettings, openMainTab } from './support/settings-screens';
import { daysAgoAt, followsEvent, newLifter, profileEvent, starterExercise, workoutEvent } from './support/workout-events';

// Phone-size pictures of each screen for docs/screenshots, looked at by a person.
const shot = (name: string) => ({ path: `docs/screenshots/${name}.png`, fullPage: false });

function startsThisMonth(event: NostrEvent): boolean {
  const start = new Date(Number(event.tags.find((tag) => tag[0] === 'start')?.[1]) * 1000);
  const now = new Date();
  return start.getFullYear() === now.getFullYear() && start.getMonth() === now.getMonth();
}

test('screenshots of the library and the exercise detail at 390x844', async ({ page, context }) => {
  await openApp(page);
  await page.screenshot(shot('library'));

  await page.getByRole('searchbox', { name: 'Search exercises' }).fill('squat');
  await page.getByRole('combobox', { name: 'Equipment' }).selectOption('barbell');
  await expect(page.getByTestId('result-count')).toHaveText(/^\d+ exercises?$/);
  await page.screenshot(shot('library-filtered'));

  await page.getByRole('searchbox', { name: 'Search exercises' }).fill('barbell deadlift');
  await page.getByRole('combobox', { name: 'Equipment' }).selectOption('');
  await page.getByRole('link', { name: /^Barbell Deadlift/ }).click();
  await expect(page.locator('img[data-stored="yes"]')).toHaveCount(2);
  await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode().catch(() => undefined))));
  await page.screenshot(shot('exercise-detail'));

  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  await page.goto('/');
  await waitForLibrary(page);
  await page.getByRole('searchbox', { name: 'Search exercises' }).fill('zzzz');
  await expect(page.getByTestId('result-count')).toHaveText('0 exercises');
  await page.screenshot(shot('library-offline-empty'));
});

test('screenshots of the account and sync screens at 390x844', async ({ page }) => {
  await openApp(page);
  await openFromSettings(page, 'Account');
  await page.screenshot(shot('account-signed-out'));

  await createLocalKey(page);
  await page.screenshot(shot('account-ready'));

  await goBack(page, 'Settings');
  await openFromSettings(page, 'Sync');
  await page.getByRole('button', { name: 'Publish as my relay list' }).click();
  const item = page.getByRole('list', { name: 'Outbox' }).getByRole('listitem').first();
  await expect(item.getByTestId('outbox-status')).toHaveText('Sent');
  await page.screenshot(shot('sync'));
});

test('screenshots of history, a workout, an exercise’s history, the feed and settings at 390x844', async ({ page, baseURL }) => {
  const me = newLifter();
  const bea = newLifter();
  const tom = newLifter();
  const relay = await connectRelay(E2E_RELAY_URL);
  try {
    const friends = [
      profileEvent(bea, { name: 'Bea Lifter', picture: `${baseURL ?? ''}/starter-pack/media/Barbell_Curl/0.jpg` }),
      profileEvent(tom, { name: 'Tom Okafor' }),
      workoutEvent(bea, {
        title: 'Upper body',
        start: daysAgoAt(0, 7, 10),
        minutes: 58,
        prs: [{ exercise: starterExercise('Barbell_Curl'), metric: 'weight', value: 35 }],
        sets: [
          ...[1, 2, 3].map(() => ({ exercise: starterExercise('Barbell_Bench_Press_-_Medium_Grip'), kg: 62.5, reps: 6 })),
          ...[1, 2, 3].map(() => ({ exercise: starterExercise('Barbell_Curl'), kg: 35, reps: 8 })),
        ],
      }),
      workoutEvent(tom, {
        title: '5×5 squat day',
        start: daysAgoAt(1, 18, 30),
        minutes: 71,
        sets: [1, 2, 3, 4, 5].map(() => ({ exercise: starterExercise('Barbell_Squat'), kg: 140, reps: 5 })),
      }),
      workoutEvent(bea, {
        title: 'Lower body',
        start: daysAgoAt(2, 6, 45),
        minutes: 49,
        sets: [1, 2, 3, 4].map(() => ({ exercise: starterExercise('Romanian_Deadlift'), kg: 70, reps: 8 })),
      }),
    ];
    for (const event of friends) expect((await relay.publish(event)).accepted).toBe(true);
  } finally {
    await relay.disconnect();
  }

  await openApp(page);
  await importKey(page, me.nsec);
  const programme = sampleProgramme(me);
  await importEventsFile(page, [...programme, followsEvent(me, [bea.pubkey, tom.pubkey])], 'plates-backup.json');

  await openMainTab(page, 'History');
  await expect(page.getByRole('list', { name: 'Workouts' }).getByRole('link').first()).toBeVisible();
  await page.screenshot(shot('history'));

  await page.getByRole('button', { name: 'Calendar' }).click();
  // The programme runs Mondays, Wednesdays and Fridays up to today: early in a month, its workouts are in the one before.
  if (!programme.some((event) => startsThisMonth(event))) await page.getByRole('button', { name: 'Previous month' }).click();
  await page
    .getByRole('button', { name: /, 1 workout$/ })
    .last()
    .click();
  await expect(page.getByRole('region', { name: /^Workouts on / }).getByRole('link')).toHaveCount(1);
  await page.screenshot(shot('history-calendar'));

  await page.getByRole('button', { name: 'List' }).click();
  await page.getByRole('list', { name: 'Workouts' }).getByRole('link', { name: /^Legs/ }).first().click();
  await expect(page.getByRole('heading', { name: 'Legs', level: 2 })).toBeVisible();
  await page.screenshot(shot('record-detail'));

  await page.getByRole('link', { name: 'History and bests of this exercise' }).first().click();
  await expect(page.getByTestId('e1rm-chart')).toBeVisible();
  await page.screenshot(shot('exercise-history'));

  await goBack(page, 'Workout');
  await goBack(page, 'History');
  await openMainTab(page, 'Feed');
  await expect(page.getByRole('list', { name: 'Feed' }).getByRole('listitem')).toHaveCount(3, { timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Checking' })).toHaveCount(0);
  // Bea's picture on both of her workouts, stored on the device and drawn.
  await expect(page.locator('img.avatar[src^="blob:"]')).toHaveCount(2);
  await expect.poll(() => page.evaluate(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0))).toBe(true);
  await page.screenshot(shot('feed'));

  await openMainTab(page, 'Settings');
  await expect(page.getByTestId('storage-usage')).toContainText('used');
  await expect(page.getByTestId('sync-summary')).toContainText('1 of 1 relay connected');
  await page.screenshot(shot('settings'));
});
