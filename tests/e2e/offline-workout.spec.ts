import { expect, test, type Page } from '@playwright/test';
import { connectRelay } from '../../src/testing/relay-client';
import { E2E_RELAY_URL, goTo, openApp, waitForServiceWorkerControl } from './support/app';
import { addExercise, createLocalKey } from './support/screens';

/** Fills and ticks the first `sets` sets of an exercise card. */
async function logSets(page: Page, title: string, sets: ReadonlyArray<{ weight: string; reps: string; rpe: string }>) {
  const card = page.getByRole('region', { name: title });
  for (const [i, values] of sets.entries()) {
    const set = i + 1;
    await card.getByLabel(`Weight, set ${set}`).fill(values.weight);
    await card.getByLabel(`Reps, set ${set}`).fill(values.reps);
    await card.getByLabel(`RPE, set ${set}`).fill(values.rpe);
    await card.getByRole('button', { name: `Set ${set} done` }).click();
    await expect(card.getByRole('button', { name: `Set ${set} done` })).toHaveAttribute('aria-pressed', 'true');
  }
}

/** Finishes; the app asks first only when some sets are not done. */
async function finish(page: Page) {
  await page.getByRole('button', { name: 'Finish' }).click();
  const done = page.getByRole('heading', { name: 'Workout complete', level: 1 });
  const confirm = page.getByRole('dialog', { name: 'Finish workout?' });
  await expect(done.or(confirm)).toBeVisible();
  if (await confirm.isVisible()) await confirm.getByRole('button', { name: 'Finish anyway' }).click();
  await expect(done).toBeVisible();
}

const WORKING = [
  { weight: '100', reps: '5', rpe: '8' },
  { weight: '100', reps: '5', rpe: '8' },
  { weight: '100', reps: '5', rpe: '9' },
];

test('a whole workout from a template with the network cut: logged, rested, finished with a PR into history, sent when back online', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await openApp(page);
  await waitForServiceWorkerControl(page);
  await goTo(page, '/account');
  await createLocalKey(page);

  // An earlier squat session at 80 kg, so today's 100 kg is a personal record.
  await goTo(page, '/workout');
  await page.getByRole('button', { name: 'Start empty workout' }).click();
  await addExercise(page, 'barbell squat', 'Barbell Squat');
  await logSets(page, 'Barbell Squat', [{ weight: '80', reps: '5', rpe: '7' }]);
  await finish(page);

  await context.setOffline(true);
  await expect(page.getByTestId('network-state')).toHaveText('Offline');

  await goTo(page, '/workout');
  await page.getByRole('group', { name: 'Show templates' }).getByRole('button', { name: 'Starter' }).click();
  await page.getByRole('link', { name: /^5×5 Workout A/ }).click();
  await page.getByRole('button', { name: 'Start workout' }).click();
  // Five sets of each of the three lifts: two lighter ones first, then three at 100 kg.
  for (const title of ['Barbell Squat', 'Barbell Bench Press - Medium Grip', 'Bent Over Barbell Row']) {
    await logSets(page, title, [{ weight: '40', reps: '5', rpe: '5' }, { weight: '60', reps: '5', rpe: '6' }, ...WORKING]);
  }
  const rest = page.getByRole('timer', { name: 'Rest timer' }).getByTestId('rest-remaining');
  await expect(rest).toHaveText(/^\d:\d\d$/);
  const seconds = async () => {
    const [m = '0', s = '0'] = (await rest.innerText()).split(':');
    return Number(m) * 60 + Number(s);
  };
  const before = await seconds();
  await expect.poll(seconds).toBeLessThan(before);

  await finish(page);
  // Warm-ups (the template marks the squat's first two sets and the others' first one) are left out:
  // squat 3 × 100 × 5 = 1,500; bench and row 60 × 5 + 3 × 100 × 5 = 1,800 each.
  await expect(page.getByTestId('summary-volume')).toHaveText('5,100 kg');
  await expect(page.getByRole('list', { name: 'Personal records' })).toContainText('Barbell Squat');
  await expect(page.getByRole('list', { name: 'Personal records' })).toContainText('Heaviest weight: 100 kg (was 80 kg)');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page).toHaveURL(/\/history\/[0-9a-f]{64}$/);
  const recordId = new URL(page.url()).pathname.split('/').pop() ?? '';
  await expect(page.getByText('5,100 kg').first()).toBeVisible();

  // Still offline: the record waits in the outbox.
  await goTo(page, '/sync');
  const item = page.getByRole('list', { name: 'Outbox' }).getByRole('listitem').filter({ hasText: '5×5 Workout A' }).first();
  await expect(item.getByText('Pending').first()).toBeVisible();

  await context.setOffline(false);
  await expect(item.getByText('Sent').first()).toBeVisible({ timeout: 30_000 });
  const relay = await connectRelay(E2E_RELAY_URL);
  try {
    const onRelay = await relay.query({ ids: [recordId] });
    expect(onRelay.map((event) => event.kind)).toEqual([1301]);
  } finally {
    await relay.disconnect();
  }
});
