// Issue 6's performance budgets, measured on the real app: built with the project's Vite config,
// served as `npm start` serves it with a real local relay, driven through its screens in headless
// Chromium on an on-disk profile. Called by tests/bench/run.mjs (BENCH_APP=0 skips it).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRelayServer } from '../../../scripts/lib/relay-server.mjs';
import { startStaticServer } from '../../../scripts/lib/static-server.mjs';
import { importEvents, openMainTab, signInWithKey, waitForLibrary } from './app-screens.mjs';
import { browserVersion, launchBrowser } from './browser.mjs';
import { buildApp } from './build-app.mjs';
import { evaluateBudgets } from './budgets.mjs';
import { appendBudgetsRow, printBudgets } from './budgets-report.mjs';
import { measureBundle } from './bundle-size.mjs';
import { measureColdStarts } from './cold-start.mjs';
import { communityExercises, followedLifters, storedLibrary } from './fixtures.mjs';
import { measureLibrarySearch } from './library-search.mjs';
import { measureLongTasksDuringImport } from './long-tasks.mjs';
import { countRows, waitForServiceWorkerControl } from './page-probes.mjs';
import { measureSetLogging } from './set-logging.mjs';
import { createSigner, readStarterPack } from './signed-events.mjs';
import { appendTrainingImportRow, measureTrainingImport, printTrainingImport, writeTrainingSample } from './training-import.mjs';

const PACK = 'public/starter-pack/pack.ndjson';
/** What the cold start finds stored (the numbers); the search then runs over SEARCH_EXERCISES. */
const STORED = { exercises: 1_000, templates: 200, records: 2_000 };
const SEARCH_EXERCISES = 5_000;
const COLD_STARTS = 5;

/** Runs every budget, prints it, adds a row to BENCHMARKS.md; resolves true when all pass. */
export async function runAppBudgets({ benchmarks = 'BENCHMARKS.md' } = {}) {
  const work = await mkdtemp(join(tmpdir(), 'plates-budgets-'));
  const appDir = join(work, 'app');
  const profile = join(work, 'profile');
  console.log('\nApp budgets (issue 6): building the app and signing the data…');
  await buildApp(appDir);
  const bundle = await measureBundle(appDir);
  const signer = await createSigner();
  const pack = await readStarterPack(PACK);
  const me = signer.person();
  const now = Math.floor(Date.now() / 1000);
  const library = storedLibrary(signer, pack, me, STORED, now);
  const file = async (name, events) => {
    await writeFile(join(work, name), JSON.stringify(events));
    return { path: join(work, name), count: events.length };
  };
  const mine = await file('my-library.json', library.events);
  const community = await file('community-exercises.json', communityExercises(signer, pack, SEARCH_EXERCISES - STORED.exercises, now));
  const lifters = await file('followed-lifters.json', followedLifters(signer, pack, me, now));
  const training = await writeTrainingSample(join(work, 'strong-five-years.csv'));

  const server = await startStaticServer({ root: appDir });
  const relay = await startRelayServer({ seedFiles: [PACK], log: { info: () => undefined, warn: console.warn, error: console.error } });
  try {
    const seeded = await seedFirstVisit(profile, `${server.url}/?relay=${encodeURIComponent(relay.url)}`, me, mine.path);
    console.log(`  stored: ${seeded}; cold starts…`);
    const coldStart = await measureColdStarts(profile, `${server.url}/`, COLD_STARTS);
    const { context, page } = await launchBrowser(profile);
    try {
      await page.goto(`${server.url}/`);
      await waitForLibrary(page);
      await importEvents(page, community.path);
      await openMainTab(page, 'Library');
      await page
        .getByTestId('result-count')
        .filter({ hasText: `${SEARCH_EXERCISES} exercises` })
        .waitFor({ timeout: 60_000 });
      console.log('  search, set logging, long tasks…');
      const search = await measureLibrarySearch(page);
      const setLogging = await measureSetLogging(page, library.loggingTemplate);
      const imported = await measureLongTasksDuringImport(page, lifters.path, lifters.count);
      console.log('  training import…');
      const trainingImport = await measureTrainingImport(page, training);
      // The 1-minute load average as the run ends: on a shared machine the figures rise with it.
      const results = {
        browser: await browserVersion(context, page),
        load: loadavg()[0],
        bundle,
        coldStart,
        search,
        setLogging,
        imported,
        trainingImport,
        seeded,
      };
      const targets = evaluateBudgets(results);
      printBudgets(results, targets);
      printTrainingImport(trainingImport);
      console.log(`  vs previous row: ${await appendBudgetsRow(benchmarks, results, targets)}`);
      await appendTrainingImportRow(benchmarks, trainingImport, results.load);
      return targets.every((t) => t.pass);
    } finally {
      await context.close();
    }
  } finally {
    await server.stop();
    await relay.stop();
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * The first, online visit: the starter library is ingested, the service worker takes control,
 * the person signs in with their key and imports their library; the counts are checked.
 */
async function seedFirstVisit(profile, url, me, file) {
  const { context, page } = await launchBrowser(profile);
  try {
    await page.goto(url);
    await waitForLibrary(page);
    await waitForServiceWorkerControl(page);
    await signInWithKey(page, me.nsec);
    const report = await importEvents(page, file);
    const counts = Object.fromEntries(await Promise.all(Object.keys(STORED).map(async (table) => [table, await countRows(page, table)])));
    if (Object.entries(STORED).some(([table, n]) => counts[table] !== n))
      throw new Error(`seeded ${JSON.stringify(counts)}, wanted ${JSON.stringify(STORED)} (import: ${report})`);
    return Object.entries(counts)
      .map(([table, n]) => `${n.toLocaleString('en')} ${table}`)
      .join(', ');
  } finally {
    await context.close();
  }
}
