import { expect, test, type Page } from '@playwright/test';
import { naddrEncode } from 'nostr-tools/nip19';
import { connectRelay } from '../../src/testing/relay-client';
import { newAuthor, signEvent } from '../../src/testing/sign';
import { E2E_RELAY_URL, goTo, openApp } from './support/app';
import { addExercise, createLocalKey } from './support/screens';

const STARTER_PUBKEY = 'bae5acac061e6ebb26de5520cd1813c4d48733a0a64af758cb6dcff9a3457f69';

function myTemplates(page: Page) {
  return page.getByRole('list', { name: 'Templates' }).getByRole('listitem');
}

test('a template made of two library exercises: listed under Mine, opened, duplicated, deleted', async ({ page }) => {
  await openApp(page);
  await goTo(page, '/account');
  await createLocalKey(page);
  await goTo(page, '/workout');

  await page.getByRole('link', { name: 'New template' }).click();
  await expect(page.getByRole('heading', { name: 'New template', level: 1 })).toBeVisible();
  // Nothing filled in: Save says what is missing, in words.
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByText('Give the template a title.')).toBeVisible();
  await expect(page.getByText('Add at least one exercise.')).toBeVisible();

  await page.getByLabel('Title').fill('Bench and flyes');
  await page.getByLabel('Description').fill('Chest, twice a week.');
  await addExercise(page, 'barbell bench press medium', 'Barbell Bench Press - Medium Grip');
  await addExercise(page, 'dumbbell flyes', 'Dumbbell Flyes');

  const bench = page.getByRole('region', { name: 'Barbell Bench Press - Medium Grip' });
  await bench.getByLabel('Weight (kg), set 1').fill('80');
  await bench.getByLabel('Reps, set 1').fill('five');
  await expect(bench.getByRole('alert')).toHaveText('Reps must be a whole number, like 8.');
  await bench.getByLabel('Reps, set 1').fill('5');
  await expect(bench.getByRole('alert')).toHaveCount(0);
  await bench.getByRole('button', { name: '+ Add set' }).click();
  await expect(bench.getByLabel('Weight (kg), set 2')).toHaveValue('80');
  const flyes = page.getByRole('region', { name: 'Dumbbell Flyes' });
  await flyes.getByLabel('Reps, set 1').fill('12');

  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('heading', { name: 'Bench and flyes', level: 2 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Barbell Bench Press - Medium Grip' }).getByRole('row')).toHaveCount(3);
  await expect(page.getByText('Chest, twice a week.')).toBeVisible();

  await goTo(page, '/workout');
  await page.getByRole('group', { name: 'Show templates' }).getByRole('button', { name: 'Mine' }).click();
  await expect(myTemplates(page)).toHaveCount(1);
  await expect(myTemplates(page).first()).toContainText('Bench and flyes');
  await expect(myTemplates(page).first()).toContainText('2 exercises · 3 sets');
  await expect(myTemplates(page).first()).toContainText('Mine');

  await myTemplates(page).first().getByRole('link').click();
  await expect(page.getByRole('button', { name: 'Start workout' })).toBeVisible();
  await page.getByRole('link', { name: 'Duplicate' }).click();
  await expect(page.getByLabel('Title')).toHaveValue('Bench and flyes (copy)');
  await expect(page.getByRole('region', { name: 'Barbell Bench Press - Medium Grip' }).getByLabel('Weight (kg), set 2')).toHaveValue('80');
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('heading', { name: 'Bench and flyes (copy)', level: 2 })).toBeVisible();

  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete template' }).click();
  await expect(page).toHaveURL(/\/workout$/);
  await expect(myTemplates(page)).toHaveCount(1);
  await expect(myTemplates(page).first()).toContainText('Bench and flyes');
  await expect(myTemplates(page).first()).not.toContainText('(copy)');
});

test('signed out, saving a template says to sign in and links to the Account screen; the draft is kept', async ({ page }) => {
  await openApp(page);
  await goTo(page, '/template-new');
  await page.getByLabel('Title').fill('Legs');
  await addExercise(page, 'goblet squat', 'Goblet Squat');
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Sign in first' })).toBeVisible();

  await page.getByRole('link', { name: 'Go to Account' }).click();
  await createLocalKey(page);
  await page.goBack();
  await expect(page.getByLabel('Title')).toHaveValue('Legs');
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('heading', { name: 'Legs', level: 2 })).toBeVisible();

  // Edited in place: a second exercise done as a superset with the first.
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByLabel('Title')).toHaveValue('Legs');
  await addExercise(page, 'pushups', 'Pushups');
  await page.getByRole('region', { name: 'Pushups' }).getByLabel('Superset with the exercise above').check();
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('heading', { name: 'Legs', level: 2 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Pushups' })).toContainText('Superset with the exercise above');
  await expect(page.getByText('2 exercises')).toBeVisible();
});

test('a shared template whose exercise nobody has: opened from its link, the exercise shown as missing, started anyway', async ({
  page,
}) => {
  const author = newAuthor();
  const squat = `33401:${STARTER_PUBKEY}:Barbell_Squat`;
  const unknown = `33401:${author.pubkey}:mystery-lift`;
  const relay = await connectRelay(E2E_RELAY_URL);
  const template = signEvent(author, {
    kind: 33402,
    content: 'Squats, then a lift nobody has published.',
    tags: [
      ['d', 'shared-legs'],
      ['title', 'Shared legs'],
      ['type', 'strength'],
      ['exercise', squat, '', '100', '5', '', 'normal', '1'],
      ['exercise', squat, '', '100', '5', '', 'normal', '2'],
      ['exercise', unknown, '', '40', '10', '', 'normal', '3'],
    ],
  });
  expect((await relay.publish(template)).accepted).toBe(true);
  await relay.disconnect();
  const naddr = naddrEncode({ kind: 33402, pubkey: author.pubkey, identifier: 'shared-legs', relays: [E2E_RELAY_URL] });

  await openApp(page);
  await goTo(page, '/workout');
  await page.getByRole('button', { name: 'Open a shared link' }).click();
  await page.getByLabel('Shared template link').fill('not a link');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText("'not a link' is not an naddr");
  await page.getByLabel('Shared template link').fill(`https://plates.example/template-link/${naddr}`);
  await page.getByRole('button', { name: 'Open', exact: true }).click();

  await expect(page.getByRole('heading', { name: 'Shared legs', level: 2 })).toBeVisible();
  await expect(page.getByText('1 exercise is not on this device yet')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Barbell Squat' }).getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('region', { name: 'Exercise not on this device yet' })).toContainText('40 · 10 · normal');

  await page.getByRole('button', { name: 'Start workout' }).click();
  await expect(page).toHaveURL(/\/workout$/);
  await expect(page.getByRole('region', { name: 'Barbell Squat' }).getByLabel('Weight, set 2')).toHaveValue('100');
  await expect(page.getByRole('region', { name: 'Exercise not on this device yet' }).getByLabel('Reps, set 1')).toHaveValue('10');
});

test('a second shared link opened after going back shows its template, not a loading screen for good', async ({ page }) => {
  const author = newAuthor();
  const squat = `33401:${STARTER_PUBKEY}:Barbell_Squat`;
  const relay = await connectRelay(E2E_RELAY_URL);
  const links: string[] = [];
  const shared: Array<[d: string, title: string]> = [
    ['first-shared', 'First shared'],
    ['second-shared', 'Second shared'],
  ];
  for (const [d, title] of shared) {
    const template = signEvent(author, {
      kind: 33402,
      content: '',
      tags: [
        ['d', d],
        ['title', title],
        ['type', 'strength'],
        ['exercise', squat, '', '100', '5', '', 'normal', '1'],
      ],
    });
    expect((await relay.publish(template)).accepted).toBe(true);
    links.push(naddrEncode({ kind: 33402, pubkey: author.pubkey, identifier: d, relays: [E2E_RELAY_URL] }));
  }
  await relay.disconnect();

  const openLink = async (naddr: string) => {
    await page.getByRole('button', { name: 'Open a shared link' }).click();
    await page.getByLabel('Shared template link').fill(naddr);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
  };
  await openApp(page);
  await goTo(page, '/workout');
  await openLink(links[0] ?? '');
  await expect(page.getByRole('heading', { name: 'First shared', level: 2 })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/workout$/);

  // The second template is not on the device yet: it arrives from the relay while the list is open.
  await openLink(links[1] ?? '');
  await expect(page.getByRole('heading', { name: 'Second shared', level: 2 })).toBeVisible();
  await expect(page.getByText('Loading the template…')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Barbell Squat' })).toBeVisible();
});

test('a shared link as the very first visit loads the starter library too, then shows its template', async ({ page }) => {
  const author = newAuthor();
  const relay = await connectRelay(E2E_RELAY_URL);
  const template = signEvent(author, {
    kind: 33402,
    content: '',
    tags: [
      ['d', 'first-visit'],
      ['title', 'First visit'],
      ['type', 'strength'],
      ['exercise', `33401:${STARTER_PUBKEY}:Barbell_Squat`, '', '100', '5', '', 'normal', '1'],
    ],
  });
  expect((await relay.publish(template)).accepted).toBe(true);
  await relay.disconnect();
  const naddr = naddrEncode({ kind: 33402, pubkey: author.pubkey, identifier: 'first-visit', relays: [E2E_RELAY_URL] });

  // The link is opened before the app was ever opened: no starter library on this device yet.
  await page.goto(`/template-link/${naddr}?relay=${encodeURIComponent(E2E_RELAY_URL)}`);
  await expect(page.getByRole('heading', { name: 'First visit', level: 2 })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Barbell Squat' })).toBeVisible();
  await goTo(page, '/');
  await expect(page.getByTestId('result-count')).toHaveText('873 exercises');
});
