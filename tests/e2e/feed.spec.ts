import { expect, test } from '@playwright/test';
import { connectRelay } from '../../src/testing/relay-client';
import { E2E_RELAY_URL, openApp, waitForServiceWorkerControl } from './support/app';
import { importEventsFile, importKey, openMainTab } from './support/settings-screens';
import { daysAgoAt, followsEvent, newLifter, profileEvent, starterExercise, workoutEvent } from './support/workout-events';

test('the feed shows workouts of followed people fetched from the relay, with their names, and keeps them offline', async ({
  page,
  context,
}) => {
  const me = newLifter();
  const friend = newLifter();
  const relay = await connectRelay(E2E_RELAY_URL);
  try {
    const published = [
      // Her picture is served by the local relay over HTTP, so it is fetched and kept for real.
      profileEvent(friend, { name: 'Bea Lifter', picture: `${E2E_RELAY_URL.replace('ws://', 'http://')}/media/Barbell_Curl/0.jpg` }),
      workoutEvent(friend, {
        title: 'Push day',
        start: daysAgoAt(1, 18),
        minutes: 48,
        sets: [
          { exercise: starterExercise('Barbell_Bench_Press_-_Medium_Grip'), kg: 70, reps: 5 },
          { exercise: starterExercise('Barbell_Bench_Press_-_Medium_Grip'), kg: 70, reps: 5 },
          { exercise: starterExercise('Dips_-_Triceps_Version'), kg: null, reps: 12 },
        ],
      }),
    ];
    for (const event of published) expect((await relay.publish(event)).accepted).toBe(true);
  } finally {
    await relay.disconnect();
  }

  await openApp(page);
  await openMainTab(page, 'Feed');
  await expect(page.getByText('Sign in to see your friends’ workouts')).toBeVisible();

  await importKey(page, me.nsec);
  await openMainTab(page, 'Feed');
  await expect(page.getByText('You follow nobody yet')).toBeVisible();
  await expect(page.getByText(/Plates reads your kind 3 list/)).toBeVisible();

  expect(await importEventsFile(page, [followsEvent(me, [friend.pubkey])], 'follows.json')).toContain('1 stored');
  await openMainTab(page, 'Feed');
  const item = page.getByRole('list', { name: 'Feed' }).getByRole('listitem').first();
  await expect(item).toContainText('Bea Lifter', { timeout: 20_000 });
  await expect(item).toContainText('Push day');
  await expect(item).toContainText('48 min');
  await expect(item).toContainText('700 kg');
  await expect(item).toContainText('3 sets');
  await expect(item).toContainText('Barbell Bench Press - Medium Grip · Dips - Triceps Version');
  await expect(item.locator('img.avatar')).toHaveAttribute('src', /^blob:/);

  await item.getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Push day', level: 2 })).toBeVisible();

  // Offline, a new page reads the feed from this device and says so.
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  await page.goto('/feed');
  await expect(page.getByRole('list', { name: 'Feed' }).getByRole('listitem').first()).toContainText('Bea Lifter', { timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Offline: showing the workouts saved on this device.' })).toBeVisible();
  // Her picture too, from the device.
  await expect(page.getByRole('list', { name: 'Feed' }).getByRole('listitem').first().locator('img.avatar')).toHaveAttribute(
    'src',
    /^blob:/,
  );
});
