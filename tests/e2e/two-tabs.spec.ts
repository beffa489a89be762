import { expect, test, type Page } from '@playwright/test';
import { goTo, openApp } from './support/app';
import { addExercise } from './support/screens';

const SETS = 10;

const card = (page: Page) => page.getByRole('region', { name: 'Goblet Squat' });

/**
 * Two tabs of the app on one device: each runs its own worker over the same IndexedDB.
 * Changes made at the same moment in both are all kept, and each tab follows the other.
 */
test('two tabs: a workout started in one appears in the other, edits and ticks made at the same moment in both are all kept', async ({
  context,
}) => {
  test.setTimeout(180_000);
  const a = await context.newPage();
  const b = await context.newPage();
  await openApp(a);
  await openApp(b);
  await goTo(b, '/workout');
  await expect(b.getByRole('button', { name: 'Start empty workout' })).toBeVisible();

  await goTo(a, '/workout');
  await a.getByRole('button', { name: 'Start empty workout' }).click();
  await addExercise(a, 'goblet squat', 'Goblet Squat');
  for (let set = 2; set <= SETS; set++) {
    await card(a).getByRole('button', { name: '+ Add set' }).click();
    await expect(card(a).getByLabel(`Reps, set ${set}`, { exact: true })).toBeVisible();
  }
  // Started and built in tab a; tab b shows it without a reload.
  await expect(card(b).getByLabel(`Reps, set ${SETS}`, { exact: true })).toBeVisible();

  // Tab a types every weight while tab b types every reps and RPE, at the same moment.
  for (let set = 1; set <= SETS; set++) {
    await Promise.all([
      card(a)
        .getByLabel(`Weight, set ${set}`, { exact: true })
        .fill(String(100 + set)),
      // One page types into one field at a time, as a person does.
      (async () => {
        await card(b).getByLabel(`Reps, set ${set}`, { exact: true }).fill(String(set));
        await card(b).getByLabel(`RPE, set ${set}`, { exact: true }).fill('8');
      })(),
    ]);
  }
  // Then ticks: tab a the odd sets, tab b the even ones, pairwise at the same moment.
  for (let set = 1; set <= SETS; set += 2) {
    await Promise.all([
      card(a)
        .getByRole('button', { name: `Set ${set} done`, exact: true })
        .click(),
      card(b)
        .getByRole('button', { name: `Set ${set + 1} done`, exact: true })
        .click(),
    ]);
  }

  for (const page of [a, b]) await expectAllLogged(page);
  await b.reload();
  await expectAllLogged(b);

  // The rest after the last tick is one timer for both: skipped in tab b, it ends in tab a.
  await b
    .getByRole('timer', { name: 'Rest timer' })
    .getByRole('button', { name: /^(Skip|Dismiss)$/ })
    .click();
  await expect(a.getByRole('timer', { name: 'Rest timer' })).toBeHidden();

  // Discarded in tab b: tab a no longer shows it.
  await b.getByRole('button', { name: 'Discard workout' }).click();
  await b.getByRole('dialog', { name: 'Discard this workout?' }).getByRole('button', { name: 'Discard workout' }).click();
  await expect(a.getByRole('button', { name: 'Start empty workout' })).toBeVisible();
});

/** Every set shows its weight, reps and RPE, ticked and stored. */
async function expectAllLogged(page: Page): Promise<void> {
  for (let set = 1; set <= SETS; set++) {
    await expect(card(page).getByLabel(`Weight, set ${set}`, { exact: true })).toHaveValue(String(100 + set));
    await expect(card(page).getByLabel(`Reps, set ${set}`, { exact: true })).toHaveValue(String(set));
    await expect(card(page).getByLabel(`RPE, set ${set}`, { exact: true })).toHaveValue('8');
    const done = card(page).getByRole('button', { name: `Set ${set} done`, exact: true });
    await expect(done).toHaveAttribute('aria-pressed', 'true');
    await expect(done).not.toHaveAttribute('data-pending', /.*/);
  }
}
