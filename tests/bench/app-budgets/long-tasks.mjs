import { basename } from 'node:path';
import { openMainTab, startImport } from './app-screens.mjs';
import { pageNow, readProbes } from './page-probes.mjs';

/**
 * Long tasks on the main thread while 10,000 events arrive. No relay path of the app fetches that
 * many at once (the feed asks for 500 records, the local relay answers 100 for a filter without a
 * limit), so they come as a file: chosen in Settings → Import, it goes through the same worker
 * pipeline and notifications as a relay's answer. The person goes to the Feed at once and waits
 * there until it shows the arrived workouts and its own relay refresh is over; every 'longtask'
 * entry (> 50 ms) in that window counts.
 */
export async function measureLongTasksDuringImport(page, file, count) {
  await openMainTab(page, 'Settings');
  const since = await pageNow(page);
  await startImport(page, file);
  await openMainTab(page, 'Feed');
  await page.getByRole('list', { name: 'Feed' }).getByRole('listitem').first().waitFor({ timeout: 300_000 });
  await page.getByRole('button', { name: 'Refresh', disabled: false }).waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1_000);
  const until = await pageNow(page);
  const { longTasks } = await readProbes(page, undefined, since, until);
  await openMainTab(page, 'Settings');
  const report = page.getByTestId('import-result').filter({ hasText: basename(file) });
  const summary = (await report.textContent({ timeout: 10_000 })).replace(basename(file), '').trim();
  return {
    events: count,
    report: summary,
    windowMs: Math.round(until - since),
    // Each as "57 ms at 0.2 s" (from choosing the file): when in the window tells what it was.
    longTasks: longTasks.map((task) => `${Math.round(task.duration)} ms at ${((task.start - since) / 1000).toFixed(1)} s`),
    longestMs: Math.round(Math.max(0, ...longTasks.map((task) => task.duration))),
  };
}
