import { goTo, pageNow, readProbes } from './page-probes.mjs';
import { pairLatencies, summarize } from './stats.mjs';

/** A person's pause between two sets is minutes; this only keeps taps from queueing behind each other. */
const PAUSE_MS = 200;

/**
 * Logging sets: a workout from the 40-set template, each set's done button tapped (its click
 * reaching the page) to the worker's answer that the session is stored, i.e. its IndexedDB
 * transaction committed (the app's `plates:workout-saved` measure around updateActiveWorkout).
 */
export async function measureSetLogging(page, templateAddress) {
  await goTo(page, `/template/${encodeURIComponent(templateAddress)}`);
  await page.getByRole('button', { name: 'Start workout' }).click();
  await page.waitForURL(/\/workout$/);
  const buttons = page.getByRole('button', { name: /^Set \d+ done$/ });
  await buttons.first().waitFor();
  const count = await buttons.count();
  const since = await pageNow(page);
  const saved = (n) => page.waitForFunction((n) => performance.getEntriesByName('plates:workout-saved', 'measure').length >= n, n);
  const before = await page.evaluate(() => performance.getEntriesByName('plates:workout-saved', 'measure').length);
  for (let i = 0; i < count; i++) {
    await buttons.nth(i).tap();
    await saved(before + i + 1);
    await page.waitForTimeout(PAUSE_MS);
  }
  const { taps, measures } = await readProbes(page, 'plates:workout-saved', since);
  const latencies = pairLatencies(
    taps,
    measures.filter((m) => m.detail === 'complete-set'),
  );
  const done = await page.getByRole('button', { name: /^Set \d+ done$/, pressed: true }).count();
  return { sets: count, done, latency: summarize(latencies), inputDelay: summarize(taps.map((tap) => tap.delay)) };
}
