import { expect, test, type Locator, type Page } from '@playwright/test';
import { goTo, openApp, readStoredWorkout } from './support/app';
import { withProfile } from './support/persistent';
import { addExercise, createLocalKey, PASSPHRASE } from './support/screens';

const EXERCISES = ['Barbell Squat', 'Barbell Bench Press - Medium Grip', 'Bent Over Barbell Row'];
const LOGGED = [
  { weight: '60', reps: '5', rpe: '6' },
  { weight: '80', reps: '5', rpe: '7' },
  { weight: '100', reps: '5', rpe: '8.5' },
];

/** How many sets of the stored workout in progress are ticked done. */
async function storedDoneSets(page: Page): Promise<number> {
  const session = await readStoredWorkout<{ exercises: Array<{ sets: Array<{ completedAt?: number }> }> }>(page);
  return (session?.exercises ?? []).flatMap((exercise) => exercise.sets).filter((set) => set.completedAt !== undefined).length;
}

function exerciseCard(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title });
}

async function expectLoggedSets(page: Page): Promise<void> {
  for (const title of EXERCISES) {
    const card = exerciseCard(page, title);
    for (const [i, values] of LOGGED.entries()) {
      const set = i + 1;
      await expect(card.getByLabel(`Weight, set ${set}`)).toHaveValue(values.weight);
      await expect(card.getByLabel(`Reps, set ${set}`)).toHaveValue(values.reps);
      await expect(card.getByLabel(`RPE, set ${set}`)).toHaveValue(values.rpe);
      await expect(card.getByRole('button', { name: `Set ${set} done` })).toHaveAttribute('aria-pressed', 'true');
    }
  }
}

test('a workout from a starter 5×5: sets logged with a rest timer, resumed after the browser closed, finished into a summary', async ({
  baseURL,
}) => {
  await withProfile(async (open) => {
    const first = await open(baseURL ?? '');
    const page = first.pages()[0] ?? (await first.newPage());
    await openApp(page);
    await goTo(page, '/account');
    await createLocalKey(page);

    await goTo(page, '/workout');
    await page.getByRole('group', { name: 'Show templates' }).getByRole('button', { name: 'Starter' }).click();
    await expect(page.getByRole('list', { name: 'Templates' }).getByRole('listitem')).toHaveCount(12);
    await page.getByRole('link', { name: /^5×5 Workout A/ }).click();
    await page.getByRole('button', { name: 'Start workout' }).click();
    await expect(page).toHaveURL(/\/workout$/);
    for (const title of EXERCISES) await expect(exerciseCard(page, title)).toBeVisible();

    for (const title of EXERCISES) {
      const card = exerciseCard(page, title);
      for (const [i, values] of LOGGED.entries()) {
        const set = i + 1;
        await card.getByLabel(`Weight, set ${set}`).fill(values.weight);
        await card.getByLabel(`Reps, set ${set}`).fill(values.reps);
        await card.getByLabel(`RPE, set ${set}`).fill(values.rpe);
        await card.getByRole('button', { name: `Set ${set} done` }).click();
        await expect(card.getByRole('button', { name: `Set ${set} done` })).toHaveAttribute('aria-pressed', 'true');
      }
    }

    // Ticking a set started the template's 3:00 rest, counted down from its timestamps.
    const remaining = page.getByRole('timer', { name: 'Rest timer' }).getByTestId('rest-remaining');
    await expect(remaining).toHaveText(/^[23]:\d\d$/);
    const seconds = async () => {
      const [m = '0', s = '0'] = (await remaining.innerText()).split(':');
      return Number(m) * 60 + Number(s);
    };
    const before = await seconds();
    await expect.poll(seconds).toBeLessThan(before);

    // Refused input: the message under the set, the rest of the set kept.
    const squat = exerciseCard(page, 'Barbell Squat');
    await squat.getByLabel('Weight, set 4').fill('100');
    await squat.getByLabel('Reps, set 4').fill('-3');
    await expect(squat.getByRole('listitem', { name: 'Set 4' }).getByRole('alert')).toHaveText('Reps can’t be negative.');
    await expect(squat.getByLabel('Reps, set 4')).toHaveAttribute('aria-invalid', 'true');
    await expect(squat.getByLabel('Weight, set 4')).toHaveValue('100');

    // Every change is stored before the worker answers: once the nine ticks are stored, close the browser.
    await expect.poll(() => storedDoneSets(page)).toBe(9);
    await first.close();

    const second = await open(baseURL ?? '');
    const again = second.pages()[0] ?? (await second.newPage());
    await openApp(again);
    await goTo(again, '/workout');
    await expectLoggedSets(again);
    const resumedSquat = exerciseCard(again, 'Barbell Squat');
    await expect(resumedSquat.getByLabel('Reps, set 4')).toHaveValue('-3');
    await expect(resumedSquat.getByRole('listitem', { name: 'Set 4' }).getByRole('alert')).toHaveText('Reps can’t be negative.');

    // The key is locked after the restart: finishing keeps the workout and says where to unlock it.
    await again.getByRole('button', { name: 'Finish' }).click();
    await again.getByRole('dialog', { name: 'Finish workout?' }).getByRole('button', { name: 'Finish anyway' }).click();
    await expect(again.getByRole('alert').filter({ hasText: 'Unlock your key' })).toContainText('kept on this device');
    await again.getByRole('link', { name: 'Go to Account' }).click();
    await again.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await again.getByRole('button', { name: 'Unlock' }).click();
    await expect(again.getByRole('heading', { name: 'Signed in' })).toBeVisible();

    await goTo(again, '/workout');
    await expectLoggedSets(again);
    await again.getByRole('button', { name: 'Save workout' }).click();
    await expect(again.getByRole('heading', { name: 'Workout complete', level: 1 })).toBeVisible();
    // Warm-ups are left out of the volume: squat 100×5, bench and row (80 + 100)×5 each.
    await expect(again.getByTestId('summary-volume')).toHaveText('2,300 kg');
    await expect(again.getByTestId('summary-sets')).toHaveText('9');
    await again.getByRole('button', { name: 'Done' }).click();
    await expect(again).toHaveURL(/\/history\/[0-9a-f]{64}$/);
  });
});

test('an empty workout: exercises added from the library, reordered, a set duplicated, then discarded', async ({ page }) => {
  await openApp(page);
  await goTo(page, '/workout');
  await page.getByRole('button', { name: 'Start empty workout' }).click();
  await expect(page.getByText('Add the first exercise of this workout.')).toBeVisible();

  for (const [search, title] of [
    ['goblet squat', 'Goblet Squat'],
    ['pushups', 'Pushups'],
  ] as const) {
    await addExercise(page, search, title);
  }
  await expect(page.getByRole('region').first()).toHaveAccessibleName('Goblet Squat');

  await exerciseCard(page, 'Pushups').getByRole('button', { name: 'Options for Pushups' }).click();
  await page.getByRole('dialog', { name: 'Pushups' }).getByRole('button', { name: 'Move up' }).click();
  await expect(page.getByRole('region').first()).toHaveAccessibleName('Pushups');

  const pushups = exerciseCard(page, 'Pushups');
  await pushups.getByLabel('Reps, set 1').fill('12');
  await pushups.getByRole('button', { name: /^Set 1: Normal/ }).click();
  await page.getByRole('dialog').getByRole('radio', { name: 'Warm-up' }).click();
  await expect(pushups.getByRole('button', { name: /^Set 1: Warm-up/ })).toHaveText('W');
  await pushups.getByRole('button', { name: /^Set 1:/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Duplicate set' }).click();
  await expect(pushups.getByLabel('Reps, set 2')).toHaveValue('12');

  // RPE is needed to tick a set: the message says so and the set stays open.
  await pushups.getByRole('button', { name: 'Set 1 done' }).click();
  await expect(pushups.getByRole('listitem', { name: 'Set 1' }).getByRole('alert')).toHaveText('Enter how hard it was: RPE from 0 to 10.');
  await expect(pushups.getByRole('button', { name: 'Set 1 done' })).toHaveAttribute('aria-pressed', 'false');

  await page.getByRole('button', { name: 'Discard workout' }).click();
  await page.getByRole('dialog', { name: 'Discard this workout?' }).getByRole('button', { name: 'Discard workout' }).click();
  await expect(page.getByRole('button', { name: 'Start empty workout' })).toBeVisible();
});
