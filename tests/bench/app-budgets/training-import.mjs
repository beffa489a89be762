import { readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { createServer } from 'vite';
import { openMainTab, unlockKey } from './app-screens.mjs';
import { pageNow, readProbes } from './page-probes.mjs';

/**
 * Issue 14: five years of Strong history (src/testing/training-csv-sample.ts: 750 workouts,
 * ≈19,000 sets) imported through Settings → Import from Strong or Hevy, as a person does: the
 * file chosen → the review screen shown, then Import → every workout signed, queued and
 * stored; every main-thread long task (> 50 ms) over both counts.
 */

const WORKOUTS = 750;
const LONG = { timeout: 600_000 };

/** The sample file, written with the app's own generator (TypeScript, loaded through Vite). */
export async function writeTrainingSample(path) {
  const vite = await createServer({
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false },
  });
  try {
    const { trainingCsvSample } = await vite.ssrLoadModule('/src/testing/training-csv-sample.ts');
    const sample = trainingCsvSample({ app: 'strong', workouts: WORKOUTS });
    await writeFile(path, sample.text);
    return { path, workouts: sample.workouts, sets: sample.sets, bytes: Buffer.byteLength(sample.text) };
  } finally {
    await vite.close();
  }
}

export async function measureTrainingImport(page, sample) {
  await unlockKey(page);
  await openMainTab(page, 'Settings');
  await page.getByRole('link', { name: /^Import from Strong or Hevy/ }).click();
  const since = await pageNow(page);
  await page.getByLabel('Choose a CSV file').setInputFiles(sample.path);
  await page.getByRole('heading', { name: 'Strong export', level: 2 }).waitFor(LONG);
  const reviewed = await pageNow(page);
  await page.getByRole('button', { name: `Import ${sample.workouts} workouts` }).click();
  const started = await pageNow(page);
  await page.getByTestId('import-done').waitFor(LONG);
  const until = await pageNow(page);
  const { longTasks } = await readProbes(page, undefined, since, until);
  return {
    ...sample,
    toReviewMs: Math.round(reviewed - since),
    toStoredMs: Math.round(until - started),
    done: (await page.getByTestId('import-done').textContent())?.trim() ?? '',
    longTasks: longTasks.map((task) => `${Math.round(task.duration)} ms at ${((task.start - since) / 1000).toFixed(1)} s`),
    longestMs: Math.round(Math.max(0, ...longTasks.map((task) => task.duration))),
  };
}

export function printTrainingImport(result) {
  const line = (label, value) => console.log(`  ${label.padEnd(52)} ${value}`);
  line(
    `Strong import, ${result.workouts} workouts / ${result.sets.toLocaleString('en')} sets (${(result.bytes / 1e6).toFixed(1)} MB)`,
    `file → review ${result.toReviewMs} ms · Import → all stored ${(result.toStoredMs / 1000).toFixed(1)} s · ${result.longTasks.length} long tasks${result.longTasks.length ? ` (${result.longTasks.join(', ')})` : ''}`,
  );
}

const TITLE = '## Training import (issue 14)';
const HEADER = `${TITLE}

The app budgets' run (same build, profile and signed-in person): Settings → Import from Strong or Hevy, the generated Strong export of five years (\`src/testing/training-csv-sample.ts\`, 750 workouts, ≈19,000 sets, ≈2.8 MB) chosen as a file. Review: the file chosen → the review screen's heading. Stored: Import tapped → "done" (every workout signed, queued in the outbox and stored). Long tasks: PerformanceObserver \`longtask\` over both. Budget: no main-thread task over 50 ms.

| date | machine | load | workouts / sets | file → review | Import → all stored | long tasks (longest) |
|---|---|---|---|---|---|---|
`;

/** Adds this run's row to BENCHMARKS.md's training import table. */
export async function appendTrainingImportRow(file, result, load) {
  let text = await readFile(file, 'utf8');
  if (!text.includes(TITLE)) text = `${text.trimEnd()}\n\n${HEADER}`;
  const cells = [
    new Date().toISOString().slice(0, 10),
    `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}`,
    load.toFixed(1),
    `${result.workouts} / ${result.sets.toLocaleString('en')}`,
    `${result.toReviewMs} ms`,
    `${(result.toStoredMs / 1000).toFixed(1)} s`,
    `${result.longTasks.length} (longest ${result.longestMs} ms)`,
  ];
  const start = text.indexOf('|---', text.indexOf(TITLE));
  const end = text.indexOf('\n\n', start) === -1 ? text.length : text.indexOf('\n\n', start);
  const row = `| ${cells.join(' | ')} |`;
  await writeFile(file, `${text.slice(0, end).trimEnd()}\n${row}\n${text.slice(end).replace(/^\n*/, '\n')}`.trimEnd() + '\n');
}
