import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { launchChromium, type RunningBrowser } from '../kill/harness';
import { E2E_RELAY_URL, goTo, openApp, waitForLibrary } from './support/app';
import { addExercise, createLocalKey, PASSPHRASE } from './support/screens';

/**
 * Every format logged for real: a barbell lift, a plank held on its timer and a 2 km row in one
 * workout, the browser killed (SIGKILL, no unload) mid-plank and reopened; then an own timed
 * exercise created, prescribed in a template, logged on its countdown and edited.
 */

function card(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title });
}

/** Seconds a clock like "1:05" or "0:07" shows. */
async function clockSeconds(clock: Locator): Promise<number> {
  const [m = '0', s = '0'] = (await clock.innerText()).trim().split(':');
  return Number(m) * 60 + Number(s);
}

/** Duplicates the starter Plank (logged as weight × reps in free-exercise-db) as a timed hold of one's own. */
async function timedPlank(page: Page): Promise<void> {
  await goTo(page, '/');
  await page.getByRole('searchbox', { name: 'Search exercises' }).fill('plank');
  await page
    .getByRole('list', { name: 'Exercises' })
    .getByRole('listitem')
    .filter({ has: page.locator('.exercise-item__title').getByText('Plank', { exact: true }) })
    .getByRole('link')
    .click();
  await page.getByRole('link', { name: 'Duplicate to adjust' }).click();
  await page.getByLabel('Title').fill('Plank hold');
  await page.getByRole('group', { name: 'Format presets' }).getByRole('button', { name: 'Timed' }).click();
  await expect(page.getByTestId('format-summary')).toContainText('Duration · RPE · Set type');
  await page.getByRole('button', { name: 'Save exercise' }).click();
  await expect(page.getByRole('heading', { name: 'Plank hold', level: 2 })).toBeVisible();
}

test('a lift, a plank on its timer and a 2 km row: the browser killed mid-plank, resumed, finished, shown with the right units', async ({
  baseURL,
}) => {
  const profile = await mkdtemp(join(tmpdir(), 'plates-formats-'));
  let run: RunningBrowser | undefined;
  try {
    run = await launchChromium(profile);
    let page = run.page;
    await page.goto(`${baseURL}/?relay=${encodeURIComponent(E2E_RELAY_URL)}`);
    await waitForLibrary(page);
    await goTo(page, '/account');
    await createLocalKey(page);
    await timedPlank(page);

    await goTo(page, '/workout');
    await page.getByRole('button', { name: 'Start empty workout' }).click();
    await addExercise(page, 'barbell squat', 'Barbell Squat');
    await addExercise(page, 'plank hold', 'Plank hold');
    await addExercise(page, 'rowing stationary', 'Rowing, Stationary');

    const squat = card(page, 'Barbell Squat');
    await squat.getByLabel('Weight, set 1').fill('100');
    await squat.getByLabel('Reps, set 1').fill('5');
    await squat.getByLabel('RPE, set 1').fill('8');
    await squat.getByRole('button', { name: 'Set 1 done' }).click();
    await expect(squat.getByRole('button', { name: 'Set 1 done' })).not.toHaveAttribute('data-pending');

    const plank = card(page, 'Plank hold');
    await plank.getByRole('button', { name: 'Start timer, set 1' }).click();
    const clock = plank.getByRole('timer', { name: 'Timer, set 1' });
    await expect.poll(() => clockSeconds(clock)).toBeGreaterThanOrEqual(2);

    // Killed mid-plank: no unload, no flush. The stored timer is all that survives.
    await run.kill();
    run = await launchChromium(profile);
    page = run.page;
    await page.goto(`${baseURL}/workout?relay=${encodeURIComponent(E2E_RELAY_URL)}`);
    const resumed = card(page, 'Plank hold').getByRole('timer', { name: 'Timer, set 1' });
    // Counted from its start, not from the reopening.
    await expect.poll(() => clockSeconds(resumed)).toBeGreaterThanOrEqual(4);
    await expect(card(page, 'Barbell Squat').getByRole('button', { name: 'Set 1 done' })).toHaveAttribute('aria-pressed', 'true');
    await card(page, 'Plank hold').getByRole('button', { name: 'Stop timer, set 1' }).click();
    const held = card(page, 'Plank hold').getByLabel('Time, set 1');
    await expect(held).toHaveValue(/^0:0[4-9]$|^0:[1-9]\d$/);
    const heldText = await held.inputValue();
    await card(page, 'Plank hold').getByLabel('RPE, set 1').fill('7');
    await card(page, 'Plank hold').getByRole('button', { name: 'Set 1 done' }).click();

    const row = card(page, 'Rowing, Stationary');
    await row.getByLabel('Time, set 1').fill('8:05');
    await row.getByLabel('Distance, set 1').fill('2');
    await row.getByLabel('RPE, set 1').fill('8');
    await expect(row.getByText('4:03 /km')).toBeVisible();
    await row.getByRole('button', { name: 'Set 1 done' }).click();
    await expect(row.getByRole('button', { name: 'Set 1 done' })).toHaveAttribute('aria-pressed', 'true');

    // The key is locked after the restart: unlock, then finish.
    await goTo(page, '/account');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('heading', { name: 'Signed in' })).toBeVisible();
    await goTo(page, '/workout');
    // Every set is done: Finish saves at once.
    await page.getByRole('button', { name: 'Finish' }).click();
    await expect(page.getByRole('heading', { name: 'Workout complete', level: 1 })).toBeVisible();
    await expect(page.getByTestId('summary-volume')).toHaveText('500 kg');
    await expect(page.getByTestId('summary-sets')).toHaveText('3');
    await expect(page.getByTestId('summary-distance')).toHaveText('2 km');
    await page.getByRole('button', { name: 'Done' }).click();

    // The record screen: each exercise in its own units.
    await expect(page).toHaveURL(/\/history\/[0-9a-f]{64}$/);
    const sets = (title: string) => page.getByRole('list', { name: `Sets of ${title}` });
    await expect(sets('Barbell Squat')).toContainText('100 kg × 5 @ 8');
    await expect(sets('Plank hold')).toContainText(`${heldText} @ 7`);
    await expect(sets('Rowing, Stationary')).toContainText('2 km in 8:05 · 4:03 /km @ 8');

    // History: the card counts the lift's volume and the row's distance, not seconds × km.
    await goTo(page, '/history');
    const recordCard = page.getByRole('link', { name: /Workout/ }).first();
    await expect(recordCard.getByTestId('record-volume')).toHaveText('500 kg');
    await expect(recordCard).toContainText('2 km');
    await expect(recordCard).toContainText('3 sets');
  } finally {
    await run?.kill().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
  }
});

test('an own timed exercise: created, prescribed in a template, logged on its countdown, edited', async ({ page }) => {
  await openApp(page);
  await goTo(page, '/account');
  await createLocalKey(page);

  await goTo(page, '/exercise-new');
  await page.getByLabel('Title').fill('Dead hang');
  await page.getByRole('group', { name: 'Format presets' }).getByRole('button', { name: 'Timed' }).click();
  await page.getByLabel('Equipment').selectOption('bodyweight');
  await page.getByRole('button', { name: 'Save exercise' }).click();
  await expect(page.getByRole('heading', { name: 'Dead hang', level: 2 })).toBeVisible();
  const exerciseUrl = new URL(page.url()).pathname;

  // Prescribed as a time: typed as m:ss, stored as seconds, shown as a clock.
  await goTo(page, '/template-new');
  await page.getByLabel('Title').fill('Grip');
  await page.getByRole('button', { name: '+ Add exercise' }).click();
  const picker = page.getByRole('dialog', { name: 'Add exercise' });
  await picker.getByRole('group', { name: 'Exercises to show' }).getByRole('button', { name: 'Mine' }).click();
  await picker.getByRole('button', { name: /^Dead hang/ }).click();
  await card(page, 'Dead hang').getByLabel('Time, set 1').fill('0:03');
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('heading', { name: 'Grip', level: 2 })).toBeVisible();
  await expect(card(page, 'Dead hang')).toContainText('0:03');

  // Logged: the prescribed time counts down to zero and becomes the set's time.
  await page.getByRole('button', { name: 'Start workout' }).click();
  const hang = card(page, 'Dead hang');
  await expect(hang.getByLabel('Time, set 1')).toHaveValue('0:03');
  await hang.getByRole('button', { name: 'Start timer, set 1' }).click();
  await expect(hang.getByRole('timer', { name: 'Timer, set 1' })).toBeVisible();
  await expect(hang.getByRole('button', { name: 'Start timer, set 1' })).toBeVisible({ timeout: 10_000 });
  await expect(hang.getByLabel('Time, set 1')).toHaveValue('0:03');
  await hang.getByRole('button', { name: 'Set 1 done' }).click();
  await expect(hang.getByText('Enter how hard it was: RPE from 0 to 10.')).toBeVisible();
  await hang.getByLabel('RPE, set 1').fill('9');
  await hang.getByRole('button', { name: 'Set 1 done' }).click();
  await expect(hang.getByRole('button', { name: 'Set 1 done' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('heading', { name: 'Workout complete', level: 1 })).toBeVisible();
  // No load was lifted: no "0 kg".
  await expect(page.getByTestId('summary-volume')).toHaveCount(0);
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('list', { name: 'Sets of Dead hang' })).toContainText('0:03 @ 9');
  const recordUrl = new URL(page.url()).pathname;

  // Edited: the record and its history follow the new title.
  await goTo(page, exerciseUrl);
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Title').fill('Dead hang, overhand');
  await page.getByRole('button', { name: 'Save exercise' }).click();
  await expect(page.getByRole('heading', { name: 'Dead hang, overhand', level: 2 })).toBeVisible();
  await goTo(page, recordUrl);
  await expect(page.getByRole('list', { name: 'Sets of Dead hang, overhand' })).toContainText('0:03 @ 9');
});
