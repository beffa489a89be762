import { expect, test, type Page } from '@playwright/test';
import { goTo, openApp } from './support/app';
import { createLocalKey } from './support/screens';

// Phone-size pictures of the workout and template screens for docs/screenshots, looked at by a person.
const shot = (name: string) => ({ path: `docs/screenshots/${name}.png`, fullPage: false });

async function logSet(page: Page, exercise: string, set: number, values: { weight: string; reps: string; rpe: string }): Promise<void> {
  const card = page.getByRole('region', { name: exercise });
  await card.getByLabel(`Weight, set ${set}`).fill(values.weight);
  await card.getByLabel(`Reps, set ${set}`).fill(values.reps);
  await card.getByLabel(`RPE, set ${set}`).fill(values.rpe);
  await card.getByRole('button', { name: `Set ${set} done` }).click();
  await expect(card.getByRole('button', { name: `Set ${set} done` })).toHaveAttribute('aria-pressed', 'true');
}

test('screenshots of the workout tab, a template, the editor, a workout and its summary at 390x844', async ({ page }) => {
  await openApp(page);
  await goTo(page, '/account');
  await createLocalKey(page);

  await goTo(page, '/workout');
  await expect(page.getByRole('button', { name: 'Start empty workout' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Templates' }).getByRole('listitem')).toHaveCount(12);
  await page.screenshot(shot('workout-start'));

  await page.getByRole('link', { name: /^5×5 Workout A/ }).click();
  await expect(page.getByRole('heading', { name: '5×5 Workout A', level: 2 })).toBeVisible();
  await page.screenshot(shot('template-detail'));

  await goTo(page, '/template-new');
  await page.getByLabel('Title').fill('Push day, heavy');
  for (const [search, title] of [
    ['barbell bench press medium', 'Barbell Bench Press - Medium Grip'],
    ['dumbbell flyes', 'Dumbbell Flyes'],
  ] as const) {
    await page.getByRole('button', { name: '+ Add exercise' }).click();
    const picker = page.getByRole('dialog', { name: 'Add exercise' });
    await picker.getByRole('searchbox').fill(search);
    await picker.getByRole('button', { name: new RegExp(`^${title}`) }).click();
    await expect(page.getByRole('region', { name: title })).toBeVisible();
  }
  const bench = page.getByRole('region', { name: 'Barbell Bench Press - Medium Grip' });
  await bench.getByLabel('Weight (kg), set 1').fill('80');
  await bench.getByLabel('Reps, set 1').fill('5');
  await bench.getByRole('button', { name: '+ Add set' }).click();
  await bench.getByRole('button', { name: '+ Add set' }).click();
  await page.screenshot(shot('template-editor'));
  await page.getByRole('button', { name: 'Cancel' }).click();

  await goTo(page, '/workout');
  await page.getByRole('link', { name: /^5×5 Workout A/ }).click();
  await page.getByRole('button', { name: 'Start workout' }).click();
  await expect(page.getByRole('region', { name: 'Barbell Squat' })).toBeVisible();
  await logSet(page, 'Barbell Squat', 1, { weight: '40', reps: '5', rpe: '5' });
  await logSet(page, 'Barbell Squat', 2, { weight: '60', reps: '5', rpe: '6' });
  await logSet(page, 'Barbell Squat', 3, { weight: '100', reps: '5', rpe: '8' });
  await page.getByRole('region', { name: 'Barbell Squat' }).getByLabel('Weight, set 4').fill('100');
  await page.getByRole('region', { name: 'Barbell Squat' }).getByLabel('Reps, set 4').fill('five');
  // The countdown has started: the bar shows less than the template's 3:00.
  await expect(page.getByTestId('rest-remaining')).toHaveText(/^2:5\d$/);
  await page.getByRole('heading', { name: '5×5 Workout A' }).click();
  await page.screenshot(shot('workout-active'));

  await page.getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('button', { name: 'Finish anyway' }).click();
  await expect(page.getByRole('heading', { name: 'Workout complete', level: 1 })).toBeVisible();
  await expect(page.getByTestId('summary-volume')).toHaveText('500 kg');
  await page.screenshot(shot('workout-summary'));
});
