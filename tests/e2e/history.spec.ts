import { expect, test } from '@playwright/test';
import { openApp } from './support/app';
import { goBack, importEventsFile, importKey, openMainTab } from './support/settings-screens';
import { daysAgoAt, newLifter, starterExercise, workoutEvent } from './support/workout-events';

const SQUAT = starterExercise('Barbell_Squat');

test('History lists the signed-in person’s imported workouts, with detail, exercise history and calendar', async ({ page }) => {
  const me = newLifter();
  // Never in the future and always today, so the calendar's current month holds it.
  const start = Math.max(daysAgoAt(0, 0, 1), Math.floor(Date.now() / 1000) - 90 * 60);
  const ownExercise = `33401:${me.pubkey}:sled-push`;
  const template = `33402:${me.pubkey}:leg-day`;
  const latest = workoutEvent(me, {
    title: 'Leg day',
    start,
    minutes: 62,
    notes: 'Depth felt good on every rep.',
    templateAddress: template,
    prs: [{ exercise: SQUAT, metric: 'weight', value: 100 }],
    sets: [
      { exercise: SQUAT, kg: 60, reps: 5, rpe: 5, type: 'warmup' },
      { exercise: SQUAT, kg: 100, reps: 5, rpe: 7 },
      { exercise: SQUAT, kg: 100, reps: 5, rpe: 8 },
      { exercise: SQUAT, kg: 100, reps: 5, rpe: 9 },
      { exercise: ownExercise, kg: null, reps: 20 },
    ],
  });
  const earlier = workoutEvent(me, {
    title: 'Leg day',
    start: start - 3 * 86_400,
    minutes: 55,
    sets: [
      { exercise: SQUAT, kg: 90, reps: 5 },
      { exercise: SQUAT, kg: 90, reps: 5 },
      { exercise: SQUAT, kg: 90, reps: 6 },
    ],
  });

  await openApp(page);
  expect(await importEventsFile(page, [latest, earlier], 'workouts.json')).toContain('2 stored');

  // The records are stored, but History is the signed-in person's: signed out it says where to sign in.
  await openMainTab(page, 'History');
  await expect(page.getByText('Sign in to see your workouts')).toBeVisible();

  await importKey(page, me.nsec);
  await openMainTab(page, 'History');
  const cards = page.getByRole('list', { name: 'Workouts' }).getByRole('link');
  await expect(cards).toHaveCount(2);
  const newest = cards.first();
  await expect(newest).toContainText('Leg day');
  await expect(newest.getByTestId('record-volume')).toHaveText('1,500 kg');
  await expect(newest).toContainText('1 h 2 min');
  await expect(newest).toContainText('5 sets');
  await expect(newest).toContainText('1 PR');
  await expect(newest).toContainText('Barbell Squat · 1 exercise not on this device yet');

  await newest.click();
  await expect(page.getByRole('heading', { name: 'Workout', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Leg day', level: 2 })).toBeVisible();
  const squatSets = page.getByRole('list', { name: 'Sets of Barbell Squat' }).getByRole('listitem');
  await expect(squatSets).toHaveCount(4);
  await expect(squatSets.first()).toContainText('W');
  await expect(squatSets.first()).toContainText('60 kg × 5 @ 5');
  await expect(squatSets.nth(2)).toContainText('100 kg × 5 @ 8');
  await expect(page.getByText('Exercise not on this device yet')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Sets of this exercise' })).toContainText('BW × 20');
  const pr = page.getByRole('region', { name: 'Personal records' });
  await expect(pr).toContainText('Barbell Squat');
  await expect(pr).toContainText('Heaviest weight');
  await expect(pr).toContainText('100 kg');
  await expect(page.getByText('Depth felt good on every rep.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open the template this workout followed' })).toHaveAttribute(
    'href',
    `/template/${encodeURIComponent(template)}`,
  );

  await page.getByRole('link', { name: 'History and bests of this exercise' }).first().click();
  await expect(page.getByRole('heading', { name: 'Exercise history', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Barbell Squat', level: 2 })).toBeVisible();
  await expect(page.getByTestId('e1rm-formula')).toContainText('Epley: e1RM = weight × (1 + reps ÷ 30)');
  await expect(page.getByTestId('e1rm-chart')).toHaveAttribute('aria-label', /from 108 kg .* to 116\.7 kg .* 2 sessions/);
  const bests = page.getByRole('region', { name: 'Bests' });
  await expect(bests).toContainText('Heaviest weight100 kg');
  await expect(bests).toContainText('Best estimated 1RM116.7 kg');
  await expect(bests).toContainText('Best volume1,500 kg');
  const repsAtWeight = page.getByRole('region', { name: 'Most reps at each weight' }).getByRole('row');
  await expect(repsAtWeight.nth(1)).toHaveText('100 kg5');
  await expect(repsAtWeight.nth(2)).toHaveText('90 kg6');
  await expect(page.getByRole('region', { name: 'Sessions' }).getByRole('link')).toHaveCount(2);

  await goBack(page, 'Workout');
  await goBack(page, 'History');
  await page.getByRole('group', { name: 'Show workouts as' }).getByRole('button', { name: 'Calendar' }).click();
  const day = page.getByRole('button', { name: /, 1 workout$/ }).last();
  await day.click();
  await expect(day).toHaveAttribute('aria-pressed', 'true');
  const dayList = page.getByRole('region', { name: /^Workouts on / });
  await expect(dayList.getByRole('link')).toHaveCount(1);
  await expect(dayList.getByTestId('record-volume')).toHaveText('1,500 kg');
});
