import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { openApp } from './support/app';
import { goBack, importEventsFile, importKey, openMainTab } from './support/settings-screens';
import { daysAgoAt, newLifter, starterExercise, workoutEvent } from './support/workout-events';

const BENCH = starterExercise('Barbell_Bench_Press_-_Medium_Grip');

test('kg/lb changes every displayed weight; export downloads the person’s events; import reports what it refused', async ({ page }) => {
  const me = newLifter();
  const record = workoutEvent(me, {
    title: 'Bench session',
    start: daysAgoAt(2, 7),
    minutes: 40,
    sets: [
      { exercise: BENCH, kg: 100, reps: 5, rpe: 8 },
      { exercise: BENCH, kg: 100, reps: 5, rpe: 9 },
    ],
  });
  const forged = {
    ...workoutEvent(me, { title: 'Forged', start: daysAgoAt(3, 7), minutes: 30, sets: [{ exercise: BENCH, kg: 200, reps: 1 }] }),
  };
  forged.content = 'changed after signing';

  await openApp(page);
  await importKey(page, me.nsec);
  const report = await importEventsFile(page, [record, forged], 'backup.json');
  expect(report).toContain('1 stored · 0 already here · 1 rejected');
  await expect(page.getByRole('list', { name: 'Why events were rejected' }).getByRole('listitem')).toHaveCount(1);

  await openMainTab(page, 'History');
  const card = page.getByRole('list', { name: 'Workouts' }).getByRole('link').first();
  await expect(card.getByTestId('record-volume')).toHaveText('1,000 kg');
  await card.click();
  await expect(page.getByRole('list', { name: 'Sets of Barbell Bench Press - Medium Grip' })).toContainText('100 kg × 5 @ 8');

  await goBack(page, 'History');
  await openMainTab(page, 'Settings');
  const units = page.getByRole('group', { name: 'Weight unit' });
  await units.getByRole('button', { name: 'Pounds (lb)' }).click();
  await expect(units.getByRole('button', { name: 'Pounds (lb)' })).toHaveAttribute('aria-pressed', 'true');
  await openMainTab(page, 'History');
  await expect(card.getByTestId('record-volume')).toHaveText('2,205 lb');
  await card.click();
  await expect(page.getByRole('list', { name: 'Sets of Barbell Bench Press - Medium Grip' })).toContainText('220.5 lb × 5 @ 8');

  // The choice is kept: a new page shows pounds at once.
  await page.reload();
  await expect(page.getByRole('list', { name: 'Sets of Barbell Bench Press - Medium Grip' })).toContainText('220.5 lb × 5 @ 8', {
    timeout: 30_000,
  });

  await goBack(page, 'History');
  await openMainTab(page, 'Settings');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export my events' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^plates-${me.pubkey.slice(0, 8)}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  const exported = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as Array<{ id: string; pubkey: string }>;
  expect(exported.map((event) => event.id)).toContain(record.id);
  expect(exported.every((event) => event.pubkey === me.pubkey)).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: 'exported' })).toContainText(
    `${exported.length} ${exported.length === 1 ? 'event' : 'events'} exported`,
  );
});

test('Settings shows storage use, persistence, and the diagnostics summary', async ({ page }) => {
  await openApp(page);
  await openMainTab(page, 'Settings');
  await expect(page.getByTestId('storage-usage')).toHaveText(/^[\d.]+ (bytes|KB|MB|GB) used of [\d.]+ (KB|MB|GB|TB) available$/);
  await expect(page.getByTestId('storage-persistence')).toHaveText(/^(Persistent|Not persistent): /);
  await expect(page.getByTestId('account-summary')).toHaveText('Not signed in: sign in to keep a history and publish workouts');
  await expect(page.getByTestId('sync-summary')).toHaveText('1 of 1 relay connected · 0 waiting to publish · 0 failed');
  const diagnostics = page.getByRole('region', { name: 'Diagnostics' });
  await expect(diagnostics).toContainText('Cache hit rate');
  await expect(diagnostics).toContainText('Requests avoided');
  await expect(diagnostics).toContainText('Stale served');
});
