import { pageNow, readProbes } from './page-probes.mjs';
import { pairLatencies, summarize } from './stats.mjs';

/** What people type, a key at a time; every second query is narrowed by a filter, then widened again. */
const QUERIES = ['bench press', 'squat', 'romanian deadlift', 'curl', 'row', 'shoulder press', 'lunge', 'pull up', 'tricep', 'calf raise'];
const FILTERS = [
  ['Equipment', 'dumbbell'],
  ['Muscle', 'biceps'],
  ['Equipment', 'barbell'],
  ['Muscle', 'quadriceps'],
  ['Equipment', 'cable'],
];
const KEY_DELAY_MS = 120;

/**
 * Library search on the Library screen: each keystroke or filter change (its input event
 * reaching the page) to the worker's answer arriving on the main thread, the end of the app's
 * `plates:library-query` measure.
 */
export async function measureLibrarySearch(page) {
  const search = page.getByRole('searchbox', { name: 'Search exercises' });
  const since = await pageNow(page);
  for (const [i, query] of QUERIES.entries()) {
    await search.pressSequentially(query, { delay: KEY_DELAY_MS });
    await page.waitForTimeout(300);
    const filter = i % 2 === 1 ? FILTERS[(i - 1) / 2] : undefined;
    if (filter) {
      const select = page.getByRole('combobox', { name: filter[0] });
      await select.selectOption(filter[1]);
      await page.waitForTimeout(300);
      await select.selectOption('');
      await page.waitForTimeout(300);
    }
    await search.fill('');
    await page.waitForTimeout(300);
  }
  const { inputs, measures } = await readProbes(page, 'plates:library-query', since);
  const latencies = pairLatencies(inputs, measures);
  return { inputs: inputs.length, latency: summarize(latencies) };
}
