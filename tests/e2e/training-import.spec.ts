import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { trainingCsvSample } from '../../src/testing/training-csv-sample';
import { goTo, openApp, readStoredEvents } from './support/app';
import { createLocalKey, PASSPHRASE } from './support/screens';

const CSV = (name: string) => `tests/fixtures/csv/${name}`;
const shot = (name: string) => ({ path: `docs/screenshots/${name}.png`, fullPage: false });
const WORKOUT_RECORD = 1301;

async function chooseFile(page: Page, name: string): Promise<void> {
  await page.getByLabel('Choose a CSV file').setInputFiles(CSV(name));
}

function mappingRow(page: Page, name: string) {
  return page.getByRole('list', { name: 'Exercise mapping' }).getByRole('listitem', { name, exact: true });
}

/** Imports the file under review and waits for the import to be done; resolves with the done line. */
async function importReviewed(page: Page, workouts: number): Promise<string> {
  await page.getByRole('button', { name: `Import ${workouts} ${workouts === 1 ? 'workout' : 'workouts'}` }).click();
  const done = page.getByTestId('import-done');
  await expect(done).toBeVisible({ timeout: 30_000 });
  return (await done.textContent()) ?? '';
}

/** A Strong export of one bench press workout a day from 2019 on, two sets each. */
function strongFile(workouts: number): Buffer {
  const rows = ['Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE'];
  for (let i = 0; i < workouts; i++) {
    const day = new Date(Date.UTC(2019, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    for (const set of [1, 2]) rows.push(`${day} 07:00:00,"Bench",40m,"Bench Press (Barbell)",${set},${60 + (i % 40)},5,0,0,,,`);
  }
  return Buffer.from(rows.join('\n'));
}

async function showMonth(page: Page, month: string): Promise<void> {
  const calendar = page.getByRole('region', { name: 'Workout calendar' });
  for (let i = 0; i < 120 && !(await calendar.getByRole('heading', { name: month }).isVisible()); i++) {
    await calendar.getByRole('button', { name: 'Previous month' }).click();
  }
  await expect(calendar.getByRole('heading', { name: month })).toBeVisible();
}

test('Strong and Hevy exports: reviewed (a line error, a mapping changed), imported into History, the calendar, PRs and the e1RM chart; imported again: nothing doubled', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openApp(page);

  // Signed out, a file is reviewed but not imported: the button says to sign in first.
  await goTo(page, '/import');
  await expect(page.getByRole('heading', { name: 'Import workouts', level: 1 })).toBeVisible();
  await chooseFile(page, 'hevy-metric.csv');
  await expect(page.getByRole('heading', { name: 'Hevy export (metric)', level: 2 })).toBeVisible();
  await expect(page.getByText(/^Sign in first/)).toBeVisible();
  await page.getByRole('link', { name: 'Go to Account' }).click();
  await createLocalKey(page);

  // History is empty, and offers the import.
  await goTo(page, '/history');
  await page.getByRole('link', { name: 'Import your history from Strong or Hevy' }).click();
  await expect(page.getByRole('heading', { name: 'Import workouts', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Choose another file' }).click();

  // A file of neither app says which headers it expected.
  await chooseFile(page, 'not-a-training-file.csv');
  await expect(page.getByRole('alert')).toContainText('Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps');

  // Strong, with bad lines: each is said by line and reason, the good rows import.
  await chooseFile(page, 'strong-bad-lines.csv');
  await expect(page.getByRole('heading', { name: 'Strong export', level: 2 })).toBeVisible();
  await expect(page.getByTestId('import-workouts')).toHaveText('1');
  await expect(page.getByTestId('import-sets')).toHaveText('2');
  await expect(page.getByTestId('import-volume')).toHaveText('640 kg');
  // Strong's current export does not name its unit: asked, the app's unit first.
  await expect(
    page.getByRole('group', { name: 'Weight unit of the file' }).getByRole('button', { name: 'Kilograms (kg)' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { name: '8 lines left out' })).toBeVisible();
  const problems = page.getByRole('list', { name: 'Lines left out' }).getByRole('listitem');
  await expect(problems).toHaveCount(3);
  await expect(problems.nth(2)).toHaveText("Line 5: Reps '-3' is negative");

  // Each name goes to a library exercise or a new own one; one is changed through the picker.
  const bench = mappingRow(page, 'Bench Press (Barbell)');
  await expect(bench.getByTestId('mapping-choice')).toHaveText('Barbell Bench Press - Medium Grip');
  await expect(bench).toContainText('same name');
  const press = mappingRow(page, 'Overhead Press (Barbell)');
  await expect(press.getByTestId('mapping-choice')).toHaveText('Standing Military Press');
  await press.getByRole('button', { name: 'Change the exercise for Overhead Press (Barbell)' }).click();
  const picker = page.getByRole('dialog', { name: '“Overhead Press (Barbell)” becomes' });
  await expect(picker.getByRole('button', { name: /^Create “Overhead Press \(Barbell\)” as my own exercise/ })).toContainText(
    'New exercise · Strength',
  );
  await picker.getByRole('searchbox').fill('seated barbell military press');
  const seated = picker.getByRole('button', { name: /^Seated Barbell Military Press/ }).first();
  await expect(seated).toBeVisible();
  await page.screenshot(shot('import-mapping-picker'));
  await seated.click();
  await expect(picker).toHaveCount(0);
  await expect(press.getByTestId('mapping-choice')).toHaveText('Seated Barbell Military Press');
  await expect(press).toContainText('your choice');
  // The lines left out at the top, below the header, and the mapping under them.
  await page
    .getByRole('heading', { name: '8 lines left out' })
    .evaluate((heading) =>
      window.scrollBy(0, heading.getBoundingClientRect().top - (document.querySelector('header')?.offsetHeight ?? 0) - 16),
    );
  await page.screenshot(shot('import-review'));

  await page.getByRole('button', { name: 'Show all 8' }).click();
  await expect(problems).toHaveCount(8);
  await expect(problems.nth(7)).toHaveText("Line 12: Duration 'soon' is not a duration (like 1h 5m)");

  expect(await importReviewed(page, 1)).toMatch(/^1 workout imported/);
  await page.getByRole('link', { name: 'Open History' }).click();
  await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
  const cards = page.getByRole('list', { name: 'Workouts' }).getByRole('link');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('Push');

  // Hevy: a second app's workouts join them.
  await goTo(page, '/import');
  await page.getByRole('button', { name: 'Import another file' }).click();
  await chooseFile(page, 'hevy-metric.csv');
  await expect(page.getByRole('heading', { name: 'Hevy export (metric)', level: 2 })).toBeVisible();
  await expect(page.getByTestId('import-workouts')).toHaveText('2');
  // Hevy names its unit: nothing to ask.
  await expect(page.getByRole('group', { name: 'Weight unit of the file' })).toHaveCount(0);
  await expect(mappingRow(page, 'Plank')).toBeVisible();
  expect(await importReviewed(page, 2)).toMatch(/^2 workouts imported/);

  await page.getByRole('link', { name: 'Open History' }).click();
  await expect(cards).toHaveCount(3);
  await page.screenshot(shot('import-history'));
  const recordsBefore = (await readStoredEvents(page, WORKOUT_RECORD)).length;
  expect(recordsBefore).toBe(3);

  // The calendar marks the imported days.
  await page.getByRole('group', { name: 'Show workouts as' }).getByRole('button', { name: 'Calendar' }).click();
  await showMonth(page, 'March 2025');
  await expect(page.locator('.calendar__day[data-workouts="yes"]')).toHaveCount(1);
  await page.getByRole('group', { name: 'Show workouts as' }).getByRole('button', { name: 'List' }).click();

  // The Hevy bench beat the Strong one: a PR on its record; the exercise's history charts its e1RM over both.
  await cards.filter({ hasText: 'Upper // Strength' }).click();
  const prs = page.getByRole('region', { name: 'Personal records' });
  await expect(prs).toContainText('Barbell Bench Press - Medium Grip');
  await page.getByRole('link', { name: 'History and bests of this exercise' }).first().click();
  await expect(page.getByRole('heading', { name: 'Exercise history', level: 1 })).toBeVisible();
  await expect(page.getByTestId('e1rm-chart')).toBeVisible();

  // The same Strong file again: its workout is known, nothing is imported twice.
  await goTo(page, '/import');
  await page.getByRole('button', { name: 'Import another file' }).click();
  await chooseFile(page, 'strong-bad-lines.csv');
  await expect(page.getByTestId('already-imported')).toHaveText('1 already imported: it will be skipped.');
  await expect(page.getByText('Nothing new to import: every workout of this file is here already.')).toBeVisible();
  // The mapping chosen last time is remembered.
  await expect(mappingRow(page, 'Overhead Press (Barbell)').getByTestId('mapping-choice')).toHaveText('Seated Barbell Military Press');
  await expect(mappingRow(page, 'Overhead Press (Barbell)')).toContainText('remembered');
  expect((await readStoredEvents(page, WORKOUT_RECORD)).length).toBe(recordsBefore);

  // Settings exports the workouts as Strong's CSV.
  await goTo(page, '/settings');
  await expect(page.getByRole('link', { name: /^Import from Strong or Hevy/ })).toHaveAttribute('href', '/import');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export workouts as CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = await readFile((await download.path()) ?? '', 'utf8');
  expect(csv.split(/\r?\n/)[0]).toBe(
    'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE',
  );
  await expect(page.getByRole('status').filter({ hasText: 'workouts exported' })).toContainText('3 workouts exported');
});

test('a large export shows how much of it is read, then its review', async ({ page }) => {
  test.setTimeout(120_000);
  const path = test.info().outputPath('strong-large.csv');
  await writeFile(path, trainingCsvSample({ app: 'strong', workouts: 3000 }).text);
  await openApp(page);
  await goTo(page, '/import');
  await page.getByLabel('Choose a CSV file').setInputFiles(path);
  const bar = page.getByRole('progressbar', { name: 'Reading the file' });
  await expect(bar).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Strong export', level: 2 })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('import-workouts')).toHaveText('3000');
  await expect(bar).toHaveCount(0);
});

test('an import stopped by a restart (the key locked) shows why, and carries on where it stopped once unlocked: every workout once', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const workouts = 1200;
  await openApp(page);
  await goTo(page, '/account');
  await createLocalKey(page);
  await goTo(page, '/import');
  await page
    .getByLabel('Choose a CSV file')
    .setInputFiles({ name: 'strong-years.csv', mimeType: 'text/csv', buffer: strongFile(workouts) });
  await expect(page.getByTestId('import-workouts')).toHaveText(String(workouts));
  await page.getByRole('button', { name: `Import ${workouts} workouts` }).click();
  const progress = page.getByTestId('import-progress');
  await expect(progress).toHaveText(new RegExp(`^[1-9]\\d* of ${workouts} workouts$`));
  await expect(page.getByRole('progressbar', { name: 'Workouts imported' })).toBeVisible();

  // A restart locks the key: the import picked up at start cannot sign, and the screen says what to do.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'The import stopped', level: 2 })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/^Unlock your key with its passphrase first/)).toBeVisible();
  const stoppedAt = Number((await progress.textContent())?.split(' ')[0]);
  expect(stoppedAt).toBeGreaterThan(0);
  expect(stoppedAt).toBeLessThan(workouts);

  // Unlocked, the import carries on where it stopped by itself.
  await page.getByRole('link', { name: 'Go to Account' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Signed in' })).toBeVisible();
  await goTo(page, '/import');
  await expect(page.getByTestId('import-done')).toHaveText(`${workouts} workouts imported`, { timeout: 60_000 });
  const records = await readStoredEvents(page, WORKOUT_RECORD);
  expect(records).toHaveLength(workouts);
  // Each workout once: one record per source workout (its d tag).
  const dTag = (record: Record<string, unknown>) => (record.tags as string[][]).find(([name]) => name === 'd')?.[1];
  expect(new Set(records.map(dTag)).size).toBe(workouts);
});
