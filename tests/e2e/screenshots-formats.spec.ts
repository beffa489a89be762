import { expect, test, type Locator, type Page } from '@playwright/test';
import { goTo, openApp, readStoredWorkout } from './support/app';
import { addExercise, createLocalKey } from './support/screens';

// A stretch held for a time and a row over a distance, logged in the workout at phone size (docs/screenshots, looked at by a person).
const STRETCH = "Child's Pose";
const ROW = 'Rowing, Stationary';
const shot = (name: string) => ({ path: `docs/screenshots/${name}.png`, fullPage: false });

function card(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title });
}

async function tick(exercise: Locator, set: number): Promise<void> {
  await exercise.getByRole('button', { name: `Set ${set} done` }).click();
  await expect(exercise.getByRole('button', { name: `Set ${set} done` })).toHaveAttribute('aria-pressed', 'true');
}

/** Which set's timer the stored workout in progress runs ("set 1"). */
async function storedTimerSet(page: Page): Promise<string | undefined> {
  const session = await readStoredWorkout<{ timer?: { setId: string }; exercises: Array<{ sets: Array<{ id: string }> }> }>(page);
  const sets = session?.exercises.flatMap((exercise) => exercise.sets) ?? [];
  const i = sets.findIndex((set) => set.id === session?.timer?.setId);
  return i < 0 ? undefined : `set ${i + 1}`;
}

/** Starts an empty workout with the stretch and the row. */
async function startWithStretchAndRow(page: Page): Promise<void> {
  await goTo(page, '/workout');
  await page.getByRole('button', { name: 'Start empty workout' }).click();
  await addExercise(page, 'child pose', STRETCH);
  await addExercise(page, 'rowing stationary', ROW);
}

test('a stretch by time with the set timer and a row by distance, finished into a summary without volume, then again from last time, at 390x844', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openApp(page);
  await goTo(page, '/account');
  await createLocalKey(page);
  await startWithStretchAndRow(page);

  const stretch = card(page, STRETCH);
  await expect(stretch.getByText('Time', { exact: true })).toBeVisible();
  // A time typed as seconds shows as a clock.
  const time1 = stretch.getByLabel('Time, set 1');
  await time1.fill('90');
  await time1.blur();
  await expect(time1).toHaveValue('1:30');
  await stretch.getByLabel('RPE, set 1').fill('6');
  await tick(stretch, 1);
  // No time yet: the timer counts up, and its time becomes the set's.
  await stretch.getByRole('button', { name: '+ Add set' }).click();
  await stretch.getByRole('button', { name: 'Start timer, set 2' }).click();
  await expect(stretch.getByRole('timer', { name: 'Timer, set 2' })).toHaveText(/^0:0[2-9]$/);
  await stretch.getByRole('button', { name: 'Stop timer, set 2' }).click();
  await expect(stretch.getByLabel('Time, set 2')).toHaveValue(/^0:0[2-9]$/);
  await stretch.getByLabel('RPE, set 2').fill('7');
  await tick(stretch, 2);

  const row = card(page, ROW);
  await expect(row.getByText('km', { exact: true })).toBeVisible();
  await row.getByLabel('Time, set 1').fill('8:05');
  await row.getByLabel('Distance, set 1').fill('2');
  await row.getByLabel('RPE, set 1').fill('7');
  await expect(row.getByRole('listitem', { name: 'Set 1' })).toContainText('Pace 4:03 /km');
  await tick(row, 1);

  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('heading', { name: 'Workout complete', level: 1 })).toBeVisible();
  await expect(page.getByTestId('summary-distance')).toHaveText('2 km');
  await expect(page.getByTestId('summary-sets')).toHaveText('3');
  // Nothing was lifted: no "0 kg".
  await expect(page.getByTestId('summary-volume')).toHaveCount(0);
  await page.screenshot(shot('workout-summary-cardio'));

  // Next time: last time's sets beside each set, and "Use previous" fills the times and distances.
  await startWithStretchAndRow(page);
  await stretch.getByRole('button', { name: '+ Add set' }).click();
  await expect(stretch.getByRole('listitem', { name: 'Set 1' })).toContainText('1:30');
  await stretch.getByRole('button', { name: 'Use previous' }).click();
  await expect(stretch.getByLabel('Time, set 1')).toHaveValue('1:30');
  await expect(stretch.getByLabel('Time, set 2')).toHaveValue(/^0:0[2-9]$/);
  await stretch.getByLabel('RPE, set 1').fill('7');
  await tick(stretch, 1);
  // A time given: the timer counts it down and stops itself at 0.
  await stretch.getByLabel('Time, set 2').fill('3');
  await stretch.getByRole('button', { name: 'Start timer, set 2' }).click();
  await expect(stretch.getByRole('timer', { name: 'Timer, set 2' })).toHaveText(/^0:0[1-3]$/);
  await expect(stretch.getByLabel('Time, set 2')).toHaveValue('0:03', { timeout: 6_000 });
  await expect(stretch.getByRole('timer')).toHaveCount(0);
  // The picture: a minute counting down below the done set.
  await stretch.getByRole('button', { name: '+ Add set' }).click();
  await stretch.getByLabel('Time, set 3').fill('1:00');
  await stretch.getByRole('button', { name: 'Start timer, set 3' }).click();
  await expect(stretch.getByRole('timer', { name: 'Timer, set 3' })).toHaveText(/^0:5\d$/);
  await page.screenshot(shot('workout-timed'));
  await stretch.getByRole('button', { name: 'Stop timer, set 3' }).click();

  await expect(row.getByRole('listitem', { name: 'Set 1' })).toContainText('2 km in 8:05');
  await row.getByRole('button', { name: 'Use previous' }).click();
  await expect(row.getByLabel('Time, set 1')).toHaveValue('8:05');
  await expect(row.getByLabel('Distance, set 1')).toHaveValue('2');
  await row.getByLabel('RPE, set 1').fill('6');
  await tick(row, 1);
  await page.getByRole('button', { name: 'Skip' }).click();
  await row.getByRole('button', { name: '+ Add set' }).click();
  await row.getByLabel('Time, set 2').fill('4:00');
  await row.getByLabel('Distance, set 2').fill('1,05');
  await row.getByLabel('Distance, set 2').blur();
  await expect(row.getByLabel('Distance, set 2')).toHaveValue('1.05');
  await expect(row.getByRole('listitem', { name: 'Set 2' })).toContainText('Pace 3:49 /km');
  // A set can't be ticked without its RPE: the message says so.
  await row.getByRole('button', { name: 'Set 2 done' }).click();
  await expect(row.getByRole('listitem', { name: 'Set 2' }).getByRole('alert')).toHaveText('Enter how hard it was: RPE from 0 to 10.');
  await row.scrollIntoViewIfNeeded();
  await page.screenshot(shot('workout-distance'));
});

test('a countdown that ran out while the app was closed is stopped when it opens: the set keeps the time it was set for', async ({
  page,
}) => {
  await openApp(page);
  await goTo(page, '/workout');
  await page.getByRole('button', { name: 'Start empty workout' }).click();
  await addExercise(page, 'child pose', STRETCH);
  const stretch = card(page, STRETCH);
  await stretch.getByLabel('Time, set 1').fill('2');
  await stretch.getByRole('button', { name: 'Start timer, set 1' }).click();
  await expect(stretch.getByRole('timer', { name: 'Timer, set 1' })).toBeVisible();
  await expect.poll(() => storedTimerSet(page)).toBe('set 1');
  await page.goto('about:blank');
  await page.waitForTimeout(2_500);

  await openApp(page);
  await goTo(page, '/workout');
  await expect(card(page, STRETCH).getByLabel('Time, set 1')).toHaveValue('0:02');
  await expect(page.getByRole('timer', { name: 'Timer, set 1' })).toHaveCount(0);
});
