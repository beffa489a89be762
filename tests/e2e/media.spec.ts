import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { newAuthor, signEvent } from '../../src/testing/sign';
import { E2E_RELAY_URL, goTo, openApp, waitForLibrary, waitForServiceWorkerControl } from './support/app';
import { importEventsFile } from './support/settings-screens';

// The local relay serves the starter photos over HTTP, so downloads run for real on loopback.
const MEDIA_BASE = `${E2E_RELAY_URL.replace('ws://', 'http://')}/media`;

function photo(path: string) {
  const sha256 = createHash('sha256')
    .update(readFileSync(`public/starter-pack/media/${path}`))
    .digest('hex');
  return { url: `${MEDIA_BASE}/${path}`, sha256 };
}

const author = newAuthor();
const address = (kind: number, d: string) => `${kind}:${author.pubkey}:${d}`;

function exercise(d: string, title: string, imeta: string[][]) {
  return signEvent(author, {
    kind: 33401,
    content: `1. Stand tall.\n2. Do the ${title.toLowerCase()}.`,
    tags: [
      ['d', d],
      ['title', title],
      ['format', 'weight', 'reps'],
      ['format_units', 'kg', 'count'],
      ['equipment', 'dumbbell'],
      ['t', 'biceps'],
      ...imeta,
    ],
  });
}

const curl = photo('Barbell_Curl/0.jpg');
const curlSecond = photo('Barbell_Curl/1.jpg');
const squat = photo('Barbell_Squat/0.jpg');
const squatSecond = photo('Barbell_Squat/1.jpg');
const EVENTS = [
  exercise('photo-curl', 'Photo curl', [
    ['imeta', `url ${curl.url}`, 'm image/jpeg', `x ${curl.sha256}`, 'alt A curl, arms down'],
    // Its x names another file: the download is refused, never shown.
    ['imeta', `url ${curlSecond.url}`, 'm image/jpeg', `x ${curl.sha256}`, 'alt A curl, arms up'],
  ]),
  exercise('photo-squat', 'Photo squat', [
    ['imeta', `url ${squat.url}`, 'm image/jpeg', `x ${squat.sha256}`],
    ['imeta', `url ${squatSecond.url}`, 'm image/jpeg', `x ${squatSecond.sha256}`],
  ]),
  signEvent(author, {
    kind: 33402,
    tags: [
      ['d', 'photo-day'],
      ['title', 'Photo day'],
      ['type', 'strength'],
      ['exercise', address(33401, 'photo-squat'), '', '60', '8', '1'],
    ],
  }),
];

async function openExercise(page: Page, d: string, title: string): Promise<void> {
  await goTo(page, `/exercise/${encodeURIComponent(address(33401, d))}`);
  await expect(page.getByRole('heading', { name: title, level: 2 })).toBeVisible();
}

test('a photo viewed once online shows offline after a reload; one whose sha256 does not match is refused', async ({ page, context }) => {
  await openApp(page);
  await importEventsFile(page, EVENTS);

  await openExercise(page, 'photo-curl', 'Photo curl');
  await expect(page.getByRole('img', { name: 'A curl, arms down' })).toHaveAttribute('data-stored', 'yes');
  await expect(page.locator('.photo--missing')).toContainText(
    `Photo unavailable: sha256 ${curlSecond.sha256} does not match the ${curl.sha256} the event names`,
  );
  await page.screenshot({ path: 'docs/screenshots/exercise-photo-refused.png' });

  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  await page.goto('/');
  await waitForLibrary(page);
  await openExercise(page, 'photo-curl', 'Photo curl');
  const stored = page.getByRole('img', { name: 'A curl, arms down' });
  await expect(stored).toHaveAttribute('data-stored', 'yes');
  expect(await stored.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).toBeGreaterThan(100);
  // Never viewed online: a placeholder says so instead of a broken image.
  await openExercise(page, 'photo-squat', 'Photo squat');
  await expect(page.locator('.photo--missing').first()).toContainText('Photo not stored on this device');
  await page.screenshot({ path: 'docs/screenshots/exercise-photo-offline.png' });
});

test('a template made available offline has its exercises’ photos with the network cut', async ({ page, context }) => {
  await openApp(page);
  await importEventsFile(page, EVENTS);
  await goTo(page, `/template/${encodeURIComponent(address(33402, 'photo-day'))}`);
  const offline = page.getByTestId('offline-availability');
  await expect(offline).toContainText('0 of 2 photos on this device.');
  await offline.getByRole('button', { name: 'Make available offline' }).click();
  await expect(offline).toContainText('Available offline · 2 of 2 photos stored');
  await page.screenshot({ path: 'docs/screenshots/template-offline.png' });

  await context.setOffline(true);
  await openExercise(page, 'photo-squat', 'Photo squat');
  await expect(page.locator('img[data-stored="yes"]')).toHaveCount(2);
  await expect(page.getByTestId('network-state')).toHaveText('Offline');
});
