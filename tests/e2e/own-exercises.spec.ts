import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { E2E_RELAY_URL, goTo, openApp, readStoredEvents } from './support/app';
import { createLocalKey } from './support/screens';

// The local relay serves the starter photos over HTTP: a photo link the worker really downloads and hashes.
const PHOTO_URL = `${E2E_RELAY_URL.replace('ws://', 'http://')}/media/Barbell_Curl/0.jpg`;
const sha256Of = (path: string) =>
  createHash('sha256')
    .update(readFileSync(`public/starter-pack/media/${path}`))
    .digest('hex');
const PHOTO_SHA = sha256Of('Barbell_Curl/0.jpg');

const shot = (name: string) => ({ path: `docs/screenshots/${name}.png`, fullPage: false });

function libraryRows(page: Page) {
  return page.getByRole('list', { name: 'Exercises' }).getByRole('listitem');
}

/** The library row whose title is exactly `title`. */
function libraryRow(page: Page, title: string) {
  return libraryRows(page).filter({ has: page.locator('.exercise-item__title').getByText(title, { exact: true }) });
}

async function showMine(page: Page): Promise<void> {
  await goTo(page, '/');
  await page.getByRole('searchbox', { name: 'Search exercises' }).fill('');
  await page.getByRole('group', { name: 'Show exercises' }).getByRole('button', { name: 'Mine' }).click();
}

test('an own exercise: created with a photo, used in a template, edited (the template follows), a starter exercise duplicated, one deleted', async ({
  page,
}) => {
  await openApp(page);
  await goTo(page, '/account');
  await createLocalKey(page);
  await showMine(page);
  await expect(page.getByText('You have no exercises of your own yet.')).toBeVisible();

  // Create.
  await page.getByRole('link', { name: '+ New exercise' }).click();
  await expect(page.getByRole('heading', { name: 'New exercise', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Save exercise' }).click();
  await expect(page.getByText('Give the exercise a title.')).toBeVisible();
  await expect(page.getByText('One thing to fix above.')).toBeVisible();

  await page.getByLabel('Title').fill('Landmine press');
  // Strength is the preset a new exercise starts with.
  await expect(page.getByRole('group', { name: 'Format presets' }).getByRole('button', { name: 'Strength' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByTestId('format-summary')).toContainText('Weight · Reps · RPE · Set type');
  // Parameter by parameter: RPE removed makes it a custom format.
  await page.getByRole('button', { name: 'Remove RPE' }).click();
  await expect(page.getByTestId('format-summary')).toHaveText(/^Custom: Weight · Reps · Set type/);
  await page.getByLabel('Equipment').selectOption('barbell');
  await page.getByLabel('Difficulty').selectOption('intermediate');
  const muscles = page.getByRole('group', { name: 'Muscles' });
  await muscles.getByRole('button', { name: 'Shoulders' }).click();
  await muscles.getByRole('button', { name: 'Triceps' }).click();
  await page.getByLabel('Other tags').fill('compound, push');
  await page.getByLabel('Instructions').fill('Kneel facing the landmine.\nPress up and forward.');

  await page.getByLabel('Photo link').fill('not a link');
  await page.getByRole('button', { name: 'Add photo' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'is not a web address' })).toHaveText(
    '“not a link” is not a web address: give a photo by its link, starting with https://.',
  );
  await page.getByLabel('Photo link').fill(PHOTO_URL);
  await page.getByRole('button', { name: 'Add photo' }).click();
  await expect(page.getByRole('list', { name: 'Photos' }).locator('img[data-stored="yes"]')).toHaveCount(1);
  await expect(page.getByLabel('Photo link')).toHaveValue('');

  await page.getByLabel('Title').scrollIntoViewIfNeeded();
  await page.screenshot(shot('exercise-editor'));
  await page.getByRole('list', { name: 'Photos' }).scrollIntoViewIfNeeded();
  await page.screenshot(shot('exercise-editor-photos'));

  await page.getByRole('button', { name: 'Save exercise' }).click();
  await expect(page.getByRole('heading', { name: 'Landmine press', level: 2 })).toBeVisible();
  await expect(page.getByText('Weight · Reps · Set type')).toBeVisible();
  await expect(page.locator('.photos img[data-stored="yes"]')).toHaveCount(1);
  const created = (await readStoredEvents(page, 33401)).find((event) =>
    (event.tags as string[][]).some((tag) => tag[0] === 'title' && tag[1] === 'Landmine press'),
  );
  expect(created?.content).toBe('Kneel facing the landmine.\nPress up and forward.');
  expect((created?.tags as string[][]).filter((tag) => tag[0] !== 'd')).toEqual([
    ['title', 'Landmine press'],
    ['format', 'weight', 'reps', 'set_type'],
    ['format_units', 'kg', 'count', 'warmup|normal|drop|failure'],
    ['equipment', 'barbell'],
    ['difficulty', 'intermediate'],
    ['imeta', `url ${PHOTO_URL}`, 'm image/jpeg', 'dim 850x567', `x ${PHOTO_SHA}`],
    ['t', 'shoulders'],
    ['t', 'triceps'],
    ['t', 'compound'],
    ['t', 'push'],
  ]);
  const exerciseUrl = new URL(page.url()).pathname;
  await page.screenshot(shot('exercise-detail-own'));

  await showMine(page);
  await expect(libraryRows(page)).toHaveCount(1);
  await expect(libraryRows(page).first()).toContainText('Landmine press');
  await page.screenshot(shot('library-mine'));

  // Used in a template, picked from the picker's Mine.
  await goTo(page, '/template-new');
  await page.getByLabel('Title').fill('Shoulder day');
  await page.getByRole('button', { name: '+ Add exercise' }).click();
  const picker = page.getByRole('dialog', { name: 'Add exercise' });
  await picker.getByRole('group', { name: 'Exercises to show' }).getByRole('button', { name: 'Mine' }).click();
  await expect(picker.getByRole('list', { name: 'Exercises to pick' }).getByRole('listitem')).toHaveCount(1);
  await picker.getByRole('button', { name: /^Landmine press/ }).click();
  const inEditor = page.getByRole('region', { name: 'Landmine press' });
  await inEditor.getByLabel('Weight (kg), set 1').fill('20');
  await inEditor.getByLabel('Reps, set 1').fill('8');
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('heading', { name: 'Shoulder day', level: 2 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Landmine press' })).toBeVisible();
  const templateUrl = new URL(page.url()).pathname;

  // Edited: a new version of the same address; the template shows the new title.
  await goTo(page, exerciseUrl);
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { name: 'Edit exercise', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveValue('Landmine press');
  await expect(page.getByRole('list', { name: 'Photos' }).locator('img[data-stored="yes"]')).toHaveCount(1);
  await page.getByLabel('Title').fill('Half-kneeling landmine press');
  await page.getByRole('button', { name: 'Save exercise' }).click();
  await expect(page.getByRole('heading', { name: 'Half-kneeling landmine press', level: 2 })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(exerciseUrl);
  await goTo(page, templateUrl);
  await expect(page.getByRole('region', { name: 'Half-kneeling landmine press' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Landmine press', exact: true })).toHaveCount(0);

  // A starter exercise duplicated ("copy and adjust") under one's own key.
  await goTo(page, '/');
  await page.getByRole('group', { name: 'Show exercises' }).getByRole('button', { name: 'All' }).click();
  await page.getByRole('searchbox', { name: 'Search exercises' }).fill('barbell curl');
  await libraryRow(page, 'Barbell Curl').getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Barbell Curl', level: 2 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Duplicate' }).click();
  await expect(page.getByRole('heading', { name: 'Duplicate exercise', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveValue('Barbell Curl (copy)');
  await expect(page.getByRole('group', { name: 'Format presets' }).getByRole('button', { name: 'Strength' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByLabel('Title').fill('Barbell curl, slow negatives');
  await page.screenshot(shot('exercise-editor-duplicate'));
  await page.getByRole('button', { name: 'Save exercise' }).click();
  await expect(page.getByRole('heading', { name: 'Barbell curl, slow negatives', level: 2 })).toBeVisible();
  await expect(page.getByText('Weight · Reps · RPE · Set type')).toBeVisible();
  // The starter photos (bundled, published without a sha256) carry their hash in the copy, computed from the stored files.
  await expect(page.locator('.photos img[data-stored="yes"]')).toHaveCount(2);
  const copied = (await readStoredEvents(page, 33401)).find((event) =>
    (event.tags as string[][]).some((tag) => tag[0] === 'title' && tag[1] === 'Barbell curl, slow negatives'),
  );
  expect(
    (copied?.tags as string[][]).filter((tag) => tag[0] === 'imeta').map((tag) => tag.find((field) => field.startsWith('x '))),
  ).toEqual([`x ${PHOTO_SHA}`, `x ${sha256Of('Barbell_Curl/1.jpg')}`]);
  await expect(page.getByRole('link', { name: 'Edit' })).toBeVisible();
  await showMine(page);
  await expect(libraryRows(page)).toHaveCount(2);

  // Deleted (NIP-09): gone from Mine; the starter Barbell Curl stays.
  await libraryRow(page, 'Barbell curl, slow negatives').getByRole('link').click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete exercise' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(libraryRows(page)).toHaveCount(1);
  await expect(libraryRows(page).first()).toContainText('Half-kneeling landmine press');
  const deletions = await readStoredEvents(page, 5);
  expect(deletions.some((event) => (event.tags as string[][]).some((tag) => tag[0] === 'k' && tag[1] === '33401'))).toBe(true);
  await page.getByRole('group', { name: 'Show exercises' }).getByRole('button', { name: 'All' }).click();
  await page.getByRole('searchbox', { name: 'Search exercises' }).fill('barbell curl');
  await expect(libraryRow(page, 'Barbell Curl')).toBeVisible();
  await expect(libraryRow(page, 'Barbell curl, slow negatives')).toHaveCount(0);
});

test('signed out, saving an exercise says to sign in and links to the Account screen; the draft is kept', async ({ page }) => {
  await openApp(page);
  await goTo(page, '/exercise-new');
  await page.getByLabel('Title').fill('Sled push');
  await page.getByRole('group', { name: 'Format presets' }).getByRole('button', { name: 'Distance' }).click();
  await expect(page.getByTestId('format-summary')).toContainText('Distance · RPE · Set type');
  await page.getByRole('button', { name: 'Save exercise' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Sign in first' })).toBeVisible();
  await page.screenshot(shot('exercise-editor-signed-out'));

  await page.getByRole('link', { name: 'Go to Account' }).click();
  await createLocalKey(page);
  await page.goBack();
  await expect(page.getByLabel('Title')).toHaveValue('Sled push');
  await page.getByRole('button', { name: 'Save exercise' }).click();
  await expect(page.getByRole('heading', { name: 'Sled push', level: 2 })).toBeVisible();
  await expect(page.getByText('Distance · RPE · Set type')).toBeVisible();
});
