import { expect, test, type Page } from '@playwright/test';
import { SET_TYPE_UNIT } from '../../src/domain/exercise-format';
import { runstrRun } from '../../src/testing/dialect-events';
import { exerciseEvent, recordSet, workoutRecordEvent } from '../../src/testing/event-factories';
import { openApp } from './support/app';
import { goBack, importEventsFile, importKey, openMainTab } from './support/settings-screens';
import { daysAgoAt, newLifter, starterExercise } from './support/workout-events';

// Phone-size pictures of History with workouts of every format (lifts, holds, rows, another app's run), for docs/screenshots.
const shot = (name: string) => ({ path: `docs/screenshots/${name}.png`, fullPage: false });

const SQUAT = starterExercise('Barbell_Squat');
// The starter rower logs [duration, distance, rpe, set_type] in seconds and km.
const ROW = starterExercise('Rowing_Stationary');

/** The lifter's own timed exercise: the starter Plank logs weight and reps, a hold is logged by its time. */
function frontPlank(me: ReturnType<typeof newLifter>) {
  return exerciseEvent({
    author: me,
    d: 'front-plank',
    title: 'Front Plank',
    format: ['duration', 'rpe', 'set_type'],
    formatUnits: ['seconds', '0-10', SET_TYPE_UNIT],
    equipment: 'body only',
    hashtags: ['abdominals'],
  });
}

/** A finished workout of `minutes` from `start`, each set as its exercise's format writes it. */
function workout(
  me: ReturnType<typeof newLifter>,
  title: string,
  start: number,
  minutes: number,
  sets: Array<[string, string[]]>,
  prs: Array<{ exerciseAddress: string; metric: string; value: number }> = [],
) {
  const numbers = new Map<string, number>();
  return workoutRecordEvent({
    author: me,
    d: `${title}-${start}`,
    title,
    start,
    end: start + minutes * 60,
    created_at: start + minutes * 60,
    prs,
    sets: sets.map(([exercise, params]) => {
      const setNumber = (numbers.get(exercise) ?? 0) + 1;
      numbers.set(exercise, setNumber);
      return recordSet(exercise, { params, setNumber });
    }),
  });
}

async function openExerciseHistory(page: Page, exercise: string): Promise<void> {
  await page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: exercise, level: 4 }) })
    .getByRole('link', { name: 'History and bests of this exercise' })
    .click();
  await expect(page.getByRole('heading', { name: exercise, level: 2 })).toBeVisible();
}

test('screenshots of History, a workout and exercise histories of every format at 390x844', async ({ page }) => {
  const me = newLifter();
  const plank = `33401:${me.pubkey}:front-plank`;
  const squat = (kg: number, reps: number, type = 'normal'): [string, string[]] => [SQUAT, [String(kg), String(reps), '8', type]];
  const row = (seconds: number, km: number, rpe = 7): [string, string[]] => [ROW, [String(seconds), String(km), String(rpe), 'normal']];
  const hold = (seconds: number, rpe = 7): [string, string[]] => [plank, [String(seconds), String(rpe), 'normal']];
  const events = [
    frontPlank(me),
    workout(me, 'Rowing intervals', daysAgoAt(9, 7, 0), 35, [row(496, 2), row(251, 1, 8)]),
    workout(me, 'Core and row', daysAgoAt(6, 18, 0), 40, [row(489, 2), hold(60), hold(75)]),
    workout(me, 'Legs', daysAgoAt(4, 18, 15), 55, [squat(90, 5), squat(90, 5), squat(90, 5), hold(90)]),
    // RUNSTR's running dialect: an activity, a distance and a duration, no sets.
    runstrRun({ author: me, id: 'morning-run', start: daysAgoAt(2, 6, 30), distanceMeters: 5200, durationSeconds: 30 * 60 + 45 }),
    workout(
      me,
      'Full body and cardio',
      daysAgoAt(0, 7, 30),
      68,
      [squat(60, 5, 'warmup'), squat(100, 5), squat(100, 5), squat(100, 4), row(478, 2), hold(90), hold(105, 8)],
      [
        { exerciseAddress: SQUAT, metric: 'weight', value: 100 },
        { exerciseAddress: ROW, metric: 'pace', value: 239 },
        { exerciseAddress: plank, metric: 'duration', value: 105 },
      ],
    ),
  ];

  await openApp(page);
  await importKey(page, me.nsec);
  expect(await importEventsFile(page, events, 'workouts.json')).toContain('6 stored');

  await openMainTab(page, 'History');
  const cards = page.getByRole('list', { name: 'Workouts' }).getByRole('link');
  await expect(cards).toHaveCount(5);
  const mixed = cards.first();
  await expect(mixed.getByTestId('record-volume')).toHaveText('1,400 kg');
  await expect(mixed.getByTestId('record-distance')).toHaveText('2 km');
  const run = cards.nth(1);
  await expect(run).toContainText('Running');
  await expect(run.getByTestId('record-distance')).toHaveText('5.2 km');
  await expect(run.getByTestId('record-volume')).toHaveCount(0);
  await expect(run.getByTestId('record-sets')).toHaveCount(0);
  await page.screenshot(shot('history-formats'));

  await run.click();
  await expect(page.getByRole('heading', { name: 'Running Workout', level: 2 })).toBeVisible();
  await page.screenshot(shot('record-run'));

  await goBack(page, 'History');
  await mixed.click();
  await expect(page.getByRole('heading', { name: 'Full body and cardio', level: 2 })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Sets of Rowing, Stationary' })).toContainText('2 km in 7:58 · 3:59 /km @ 7');
  await expect(page.getByRole('list', { name: 'Sets of Front Plank' })).toContainText('1:45 @ 8');
  await page.screenshot(shot('record-mixed'));
  await page.getByRole('list', { name: 'Sets of Rowing, Stationary' }).evaluate((list) => list.scrollIntoView({ block: 'center' }));
  await page.screenshot(shot('record-mixed-sets'));

  await openExerciseHistory(page, 'Front Plank');
  await expect(page.getByTestId('duration-chart')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Bests' })).toContainText('Longest time1:45');
  await expect(page.getByTestId('e1rm-formula')).toHaveCount(0);
  await page.screenshot(shot('exercise-history-plank'));

  await goBack(page, 'Workout');
  await openExerciseHistory(page, 'Rowing, Stationary');
  await expect(page.getByTestId('pace-chart')).toBeVisible();
  const bests = page.getByRole('region', { name: 'Bests' });
  await expect(bests).toContainText('Longest distance2 km');
  await expect(bests).toContainText('Fastest pace3:59 /km');
  await expect(page.getByRole('region', { name: 'Sessions' }).getByRole('link').first()).toContainText('Best 2 km in 7:58');
  await page.screenshot(shot('exercise-history-row'));
});
