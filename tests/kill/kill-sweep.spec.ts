import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { connectRelay } from '../../src/testing/relay-client';
import { mulberry32 } from '../../src/testing/seeded-random';
import { goTo, waitForLibrary } from '../e2e/support/app';
import { addExercise, createLocalKey, PASSPHRASE } from '../e2e/support/screens';
import { launchChromium, startAppServer, type RunningBrowser } from './harness';
import { readShown, readStored, tapAndSnapshot, type Shown, type ShownSet, type Stored } from './page-state';

/**
 * Issue 12's kill-point sweep: Chromium on a persistent profile is killed hard (SIGKILL to its
 * process group) at random moments of a workout — right after a tick, an untick, an edit, a
 * rest, a finish — and relaunched on the same profile. Whatever the page showed as stored
 * (a tick with no pending mark, the "Workout complete" screen) must be there after the restart,
 * and no workout may ever be recorded twice.
 *
 * A kill at once after a tick taps the button from inside the page and reads the screen in the
 * same call (`tapAndSnapshot`), so the kill lands within a few milliseconds of the tap. After each
 * restart the database is read with the raw IndexedDB API (`page-state.ts`); at the end the relay
 * is asked too. It prints "N kill points, X sets lost, Y duplicate records".
 *
 * KILL_POINTS (default 100; fewer fails the count) and KILL_SEED (default: random, printed) make a
 * run repeatable; KILL_APP_DIR sweeps the build (`dist/`) of another checkout, e.g. an older commit;
 * KILL_DEBUG=1 prints each point's steps and timings; KILL_KEEP_PROFILE=1 keeps the profile.
 */

const KILL_POINTS = Number(process.env.KILL_POINTS ?? 100);
const SEED = Number(process.env.KILL_SEED ?? Math.floor(Math.random() * 2 ** 31));

const random = mulberry32(SEED);
const chance = (p: number) => random() < p;
const between = (min: number, max: number) => min + random() * (max - min);
function pick<T>(items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}
function weighted<T extends string>(options: ReadonlyArray<readonly [T, number]>): T {
  const total = options.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [option, weight] of options) {
    roll -= weight;
    if (roll < 0) return option;
  }
  const last = options[options.length - 1];
  if (!last) throw new Error('no options');
  return last[0];
}

const WEIGHTS = ['20', '40', '60', '62.5', '80', '100', '102.5', '120'];
const REPS = ['1', '3', '5', '6', '8', '10', '12'];
const RPES = ['6', '7', '7.5', '8', '8.5', '9', '10'];
const TEMPLATES = [/^5×5 Workout A/, /^5×5 Workout B/];
const PICKS = [
  ['goblet squat', 'Goblet Squat'],
  ['barbell squat', 'Barbell Squat'],
  ['pushups', 'Pushups'],
  ['barbell deadlift', 'Barbell Deadlift'],
] as const;

/** Steps that sign and queue the record. */
const FINISHING = new Set(['finish', 'finish anyway', 'save']);

/** The kill comes this long after the last tap: mostly at once (the worst moment), sometimes later. */
function killDelayMs(): number {
  switch (
    weighted([
      ['now', 40],
      ['soon', 25],
      ['later', 35],
    ])
  ) {
    case 'now':
      return between(0, 3);
    case 'soon':
      return between(3, 30);
    case 'later':
      return between(30, 300);
  }
}

/** What the page showed right before a kill. */
interface Snapshot {
  shown: Shown;
  /** The session (the record's d) the shown workout is. */
  d?: string;
  action: string;
}

interface Tally {
  points: number;
  setsLost: number;
  duplicates: Set<string>;
  /** Shown "Workout complete", then missing from the database or history. */
  finishedLost: number;
  /** Shown "Workout complete", then still the workout in progress. */
  finishedOpen: number;
  /** Shown as unticked (no pending mark), then done after the restart (reported, not a failure of this sweep). */
  unticksReverted: number;
  /** A record queued while its workout is still open: the state a second "Save" records twice from. */
  recordedButOpen: number;
  databaseLost: number;
  /** Restarts that showed "Plates could not start" (a reload or a new launch then started it): reported, not a failure of this sweep. */
  startCrashes: number;
  crashes: string[];
  actionErrors: number;
  ackedChecked: number;
  pendingAtKill: number;
  finishes: number;
  failures: string[];
  errors: string[];
}

const norm = (text: string) => (text.trim() === '' ? '' : String(Number(text)));
const sameValues = (a: Pick<ShownSet, 'weight' | 'reps' | 'rpe'>, b: Pick<ShownSet, 'weight' | 'reps' | 'rpe'>) =>
  norm(a.weight) === norm(b.weight) && norm(a.reps) === norm(b.reps) && norm(a.rpe) === norm(b.rpe);
const acked = (set: ShownSet) => set.done && !set.pending;

function card(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title, exact: true });
}

async function waitForWorkoutScreen(page: Page): Promise<void> {
  await page
    .getByRole('button', { name: /^(Finish|Save workout|Start empty workout)$/ })
    .first()
    .waitFor({ timeout: 30_000 });
}

/** How a restart went: `crash` is what the start-up error screen said, when it showed. */
interface Reopened {
  started: boolean;
  crash?: string;
}

/**
 * After a restart: the workout screen. When the app's start-up error screen shows instead, a person
 * would tap Reload: so does this (up to three times) and answers what the error screen said. Anything
 * else fails with what the page shows, a screenshot and what it logged.
 */
async function reopened(page: Page, point: number, pageErrors: readonly string[]): Promise<Reopened> {
  const workout = page.getByRole('button', { name: /^(Finish|Save workout|Start empty workout)$/ }).first();
  const crashed = page.getByText('Plates could not start');
  let crash: string | undefined;
  for (let attempt = 0; ; attempt++) {
    try {
      await workout.or(crashed).first().waitFor({ timeout: 30_000 });
      if (await workout.isVisible()) return { started: true, ...(crash ? { crash } : {}) };
    } catch {
      // Reported below with what the page shows.
    }
    const text = await page.evaluate(() => document.body.innerText).catch((reason: unknown) => `(unreadable: ${String(reason)})`);
    if (await crashed.isVisible()) {
      const stored = await readStored(page).catch(() => undefined);
      const outbox = stored ? stored.outbox.filter((row) => row.status === 'pending').length : '?';
      const logged = pageErrors.length > 0 ? `; the page logged: ${pageErrors.join(' | ').slice(0, 1500)}` : '';
      crash = `${text.replace(/\s+/g, ' ').trim().slice(0, 200)} (reloads: ${attempt}; pending outbox rows: ${outbox})${logged}`;
      if (attempt === 3) return { started: false, crash };
      await page.reload();
      continue;
    }
    const shot = test.info().outputPath(`restart-${point}.png`);
    await page.screenshot({ path: shot }).catch(() => undefined);
    throw new Error(
      `after kill point ${point} the workout screen did not show (${page.url()}; ${shot}):\n${text.slice(0, 800)}\nthe page logged:\n${pageErrors.join('\n').slice(0, 4000)}`,
    );
  }
}

test('hard kills during ticks, edits, rest and finish lose no acknowledged set and record no workout twice', async () => {
  test.setTimeout(Math.max(10, KILL_POINTS / 5) * 60_000);
  const started = Date.now();
  const server = await startAppServer(process.env.KILL_APP_DIR);
  const profile = await mkdtemp(join(tmpdir(), 'kill-sweep-profile-'));
  const tally: Tally = {
    points: 0,
    setsLost: 0,
    duplicates: new Set(),
    finishedLost: 0,
    finishedOpen: 0,
    unticksReverted: 0,
    recordedButOpen: 0,
    databaseLost: 0,
    startCrashes: 0,
    crashes: [],
    actionErrors: 0,
    ackedChecked: 0,
    pendingAtKill: 0,
    finishes: 0,
    failures: [],
    errors: [],
  };
  let run: RunningBrowser | undefined;
  let page!: Page;
  let unlocked = false;
  /** The session the screen shows, as last read from the database. */
  let currentD: string | undefined;
  let recordsSeen = 0;
  const pageErrors: string[] = [];
  /** The step under way is the last before a kill that comes at once; `tapped` is what its tap showed. */
  let instantKill = false;
  let tapped: Shown | undefined;
  const fail = (message: string) => {
    if (tally.failures.length < 40) tally.failures.push(`#${tally.points}: ${message}`);
  };

  async function launchBrowser(path: string): Promise<void> {
    run = await launchChromium(profile);
    const context = run.page.context();
    for (const extra of context.pages().slice(1)) await extra.close();
    page = run.page;
    page.setDefaultTimeout(10_000);
    unlocked = false;
    // Errors of the page from its first script on, for the report when the app does not start.
    pageErrors.length = 0;
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.stack ?? error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
    });
    await page.goto(`${server.appUrl}${path}`, { waitUntil: 'commit' });
  }

  async function launch(path: string): Promise<void> {
    await launchBrowser(path);
    await page.waitForLoadState();
  }

  /**
   * Relaunches on the profile and opens the workout screen. A start-up crash that reloads do not
   * clear gets a new browser (a kill that is not counted as a kill point), twice at most.
   */
  async function restart(): Promise<void> {
    for (let launchTry = 1; ; launchTry++) {
      await launchBrowser('/workout');
      const result = await reopened(page, tally.points, pageErrors);
      if (result.crash) {
        tally.startCrashes++;
        if (tally.crashes.length < 5) tally.crashes.push(`#${tally.points}: ${result.crash}`);
      }
      if (result.started) return;
      if (launchTry === 3)
        throw new Error(`after kill point ${tally.points} the app did not start in three launches: ${result.crash ?? ''}`);
      await run?.kill();
      run = undefined;
    }
  }

  async function unlock(): Promise<void> {
    if (unlocked) return;
    const back = new URL(page.url()).pathname;
    await goTo(page, '/account');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('heading', { name: 'Signed in' }).waitFor();
    unlocked = true;
    await goTo(page, back);
    await waitForWorkoutScreen(page);
  }

  // ── Actions: each ends right after its tap (the moment a kill hurts most). ──

  async function startWorkout(): Promise<string> {
    let what: string;
    if (chance(0.5)) {
      await page.getByRole('group', { name: 'Show templates' }).getByRole('button', { name: 'Starter' }).click();
      const template = pick(TEMPLATES);
      await page.getByRole('link', { name: template }).click();
      await page.getByRole('button', { name: 'Start workout' }).click();
      await page.getByRole('button', { name: 'Finish', exact: true }).waitFor();
      what = `start ${template.source.slice(1)}`;
    } else {
      await page.getByRole('button', { name: 'Start empty workout' }).click();
      await page.getByRole('button', { name: 'Finish', exact: true }).waitFor();
      const first = Math.floor(random() * PICKS.length);
      const count = chance(0.5) ? 1 : 2;
      for (let i = 0; i < count; i++) {
        const [search, title] = PICKS[(first + i) % PICKS.length] ?? PICKS[0];
        await addExercise(page, search, title);
      }
      what = `start empty + ${count}`;
    }
    currentD = (await readStored(page)).active?.id;
    return what;
  }

  async function fill(title: string, set: ShownSet, field: 'Weight' | 'Reps' | 'RPE', value: string): Promise<void> {
    await card(page, title).getByLabel(`${field}, set ${set.position}`, { exact: true }).fill(value);
  }

  /**
   * The done button of a set. When the kill is to follow at once, the tap is made from inside the
   * page together with the snapshot (`tapped`), so that the kill lands a few milliseconds after it.
   */
  async function tapDone(title: string, position: number): Promise<void> {
    if (instantKill) tapped = await tapAndSnapshot(page, title, `Set ${position} done`);
    else
      await card(page, title)
        .getByRole('button', { name: `Set ${position} done`, exact: true })
        .click();
  }

  async function tick(shown: Shown): Promise<string> {
    const open = shown.exercises.flatMap((exercise) =>
      exercise.sets.filter((set) => !set.done && !set.pending).map((set) => ({ title: exercise.title, set })),
    );
    // Mostly the next open set of an exercise, as a person logs; sometimes any.
    const firsts = shown.exercises.flatMap((exercise) => {
      const set = exercise.sets.find((s) => !s.done && !s.pending);
      return set ? [{ title: exercise.title, set }] : [];
    });
    const { title, set } = pick(chance(0.8) && firsts.length > 0 ? firsts : open);
    if (set.weight === '' || chance(0.3)) await fill(title, set, 'Weight', pick(WEIGHTS));
    if (set.reps === '' || chance(0.2)) await fill(title, set, 'Reps', pick(REPS));
    if (set.rpe === '' || chance(0.2)) await fill(title, set, 'RPE', pick(RPES));
    await tapDone(title, set.position);
    return `tick ${title} ${set.position}`;
  }

  async function untick(shown: Shown): Promise<string> {
    const done = shown.exercises.flatMap((exercise) => exercise.sets.filter(acked).map((set) => ({ title: exercise.title, set })));
    const { title, set } = pick(done);
    await tapDone(title, set.position);
    return `untick ${title} ${set.position}`;
  }

  async function edit(shown: Shown): Promise<string> {
    const open = shown.exercises.flatMap((exercise) =>
      exercise.sets.filter((set) => !set.done && !set.pending).map((set) => ({ title: exercise.title, set })),
    );
    const { title, set } = pick(open);
    const field = pick(['Weight', 'Reps', 'RPE'] as const);
    await fill(title, set, field, pick(field === 'Weight' ? WEIGHTS : field === 'Reps' ? REPS : RPES));
    return `edit ${title} ${set.position} ${field}`;
  }

  async function addSet(shown: Shown): Promise<string> {
    const { title } = pick(shown.exercises);
    await card(page, title).getByRole('button', { name: '+ Add set' }).click();
    return `add set ${title}`;
  }

  async function rest(): Promise<string> {
    const timer = page.getByRole('timer', { name: 'Rest timer' });
    const skip = chance(0.6);
    const button = skip
      ? timer.getByRole('button', { name: /^(Skip|Dismiss)$/ })
      : timer.getByRole('button', { name: /seconds (more|less)$/ });
    await button.first().click();
    return skip ? 'rest skip' : 'rest adjust';
  }

  /** Finish (and "Finish anyway" when the app asks); the tap that signs is the last. */
  async function finish(shown: Shown): Promise<string> {
    await unlock();
    const sets = shown.exercises.flatMap((exercise) => exercise.sets);
    const allDone = sets.length > 0 && sets.every((set) => set.done);
    await page.getByRole('button', { name: 'Finish', exact: true }).click();
    if (allDone) return 'finish';
    const confirm = page.getByRole('dialog', { name: 'Finish workout?' });
    const nothing = page.getByRole('dialog', { name: 'Nothing to save yet' });
    await confirm.or(nothing).waitFor();
    if (await nothing.isVisible()) {
      await nothing.getByRole('button', { name: 'Keep going' }).click();
      return 'finish refused (nothing done)';
    }
    await confirm.getByRole('button', { name: 'Finish anyway' }).click();
    return 'finish anyway';
  }

  /** A finished workout kept unsigned (a kill came before it was recorded): a person taps Save. */
  async function save(): Promise<string> {
    await unlock();
    await page.getByRole('button', { name: 'Save workout', exact: true }).click();
    return 'save';
  }

  /** One random step from what the screen offers now. */
  async function step(shown: Shown, toFinish = false): Promise<string> {
    if (shown.complete) {
      await goTo(page, '/workout');
      await waitForWorkoutScreen(page);
      return step(await readShown(page), toFinish);
    }
    if (shown.workout === 'none') return startWorkout();
    if (shown.workout === 'finished') return save();
    if (shown.workout !== 'active') throw new Error(`no step from a screen showing '${shown.workout}' at ${shown.path}`);
    const sets = shown.exercises.flatMap((exercise) => exercise.sets);
    const open = sets.filter((set) => !set.done && !set.pending).length;
    const done = sets.filter(acked).length;
    if (toFinish) return done > 0 ? finish(shown) : open > 0 ? tick(shown) : addSet(shown);
    const choice = weighted<'tick' | 'untick' | 'edit' | 'add-set' | 'rest' | 'finish'>([
      ['tick', open > 0 ? 6 : 0],
      ['untick', done > 0 ? 1 : 0],
      ['edit', open > 0 ? 2 : 0],
      ['add-set', shown.exercises.length > 0 ? (open > 0 ? 0.5 : 3) : 0],
      ['rest', shown.resting ? 1.5 : 0],
      ['finish', done > 0 ? (open === 0 ? 4 : 1.2) : 0],
    ]);
    switch (choice) {
      case 'tick':
        return tick(shown);
      case 'untick':
        return untick(shown);
      case 'edit':
        return edit(shown);
      case 'add-set':
        return addSet(shown);
      case 'rest':
        return rest();
      case 'finish':
        return finish(shown);
    }
  }

  /** Between two steps of one burst: at once, a moment, or until the worker has stored everything. */
  async function pause(last: string): Promise<void> {
    if (FINISHING.has(last)) {
      // After a finish a person waits for the summary, then may start the next workout.
      await page
        .getByRole('heading', { name: 'Workout complete', level: 1 })
        .or(page.getByRole('dialog'))
        .or(page.getByRole('alert'))
        .first()
        .waitFor({ timeout: 15_000 });
      return;
    }
    const how = weighted([
      ['none', 4],
      ['moment', 4],
      ['settled', 2],
    ]);
    if (how === 'moment') await sleep(between(0, 150));
    if (how === 'settled') {
      await page.waitForFunction(() => document.querySelector('[data-pending="true"]') === null, undefined, { timeout: 10_000 });
    }
  }

  // ── The checks after each restart. ──

  function checkDuplicates(stored: Stored): void {
    const byD = new Map<string, Set<string>>();
    for (const { d, id } of [...stored.records, ...stored.outbox.map((row) => ({ d: row.d, id: row.eventId }))]) {
      byD.set(d, (byD.get(d) ?? new Set()).add(id));
    }
    for (const [d, ids] of byD) {
      if (ids.size < 2) continue;
      for (const id of [...ids].sort().slice(1)) {
        if (!tally.duplicates.has(`${d}:${id}`))
          fail(`workout ${d} recorded ${ids.size} times (${[...ids].map((x) => x.slice(0, 8)).join(', ')})`);
        tally.duplicates.add(`${d}:${id}`);
      }
    }
  }

  function verify(before: Snapshot, shown: Shown, stored: Stored): void {
    if (!stored.exists || (recordsSeen > 0 && stored.records.length === 0 && stored.outbox.length === 0)) {
      tally.databaseLost++;
      fail(`the database is gone after the restart (exists: ${stored.exists})`);
    }
    recordsSeen = Math.max(recordsSeen, stored.records.length);
    checkDuplicates(stored);
    if (stored.active && stored.records.some((record) => record.d === stored.active?.id)) tally.recordedButOpen++;

    if (before.shown.complete && before.shown.recordKey) {
      const record = stored.records.find((r) => r.id === before.shown.recordKey);
      if (!record || !stored.historyKeys.includes(before.shown.recordKey)) {
        tally.finishedLost++;
        fail(`after "${before.action}": "Workout complete" was shown for ${before.shown.recordKey.slice(0, 8)}, which is not in history`);
      } else if (stored.active?.id === record.d) {
        tally.finishedOpen++;
        fail(`after "${before.action}": "Workout complete" was shown, and the workout is still open after the restart`);
      }
    }

    const sameSession = before.d !== undefined && stored.active?.id === before.d;
    const record = before.d === undefined ? undefined : stored.records.find((r) => r.d === before.d);
    // Record sets still unmatched, so that two equal sets need two entries.
    const unmatched = record ? [...record.sets] : [];
    before.shown.exercises.forEach((exercise, index) => {
      for (const set of exercise.sets) {
        if (set.pending) continue;
        const now = sameSession ? shown.exercises[index] : undefined;
        const after = now && now.address === exercise.address ? now.sets.find((s) => s.position === set.position) : undefined;
        if (!set.done) {
          if (after?.done) tally.unticksReverted++;
          continue;
        }
        tally.ackedChecked++;
        const where = `${exercise.title} set ${set.position} (${set.weight}×${set.reps}@${set.rpe})`;
        if (sameSession) {
          if (!after?.done || !sameValues(after, set)) {
            tally.setsLost++;
            fail(
              `after "${before.action}": ${where} was shown done, and after the restart is ${after ? (after.done ? `${after.weight}×${after.reps}@${after.rpe}` : 'not done') : 'gone'}`,
            );
          }
          continue;
        }
        const at = unmatched.findIndex((s) => s.address === exercise.address && sameValues(s, set));
        if (at >= 0) unmatched.splice(at, 1);
        else {
          tally.setsLost++;
          fail(
            `after "${before.action}": ${where} was shown done; its workout is ${record ? 'recorded without it' : 'neither open nor recorded'} after the restart`,
          );
        }
      }
    });
  }

  try {
    // ── Set up once: the app on its relay, a local key, the service worker in control. ──
    await launch(`/?relay=${encodeURIComponent(server.relayUrl)}`);
    await waitForLibrary(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await goTo(page, '/account');
    // The key's steps as the swept build has them: its own checkout's helper for another build.
    const screens = (
      process.env.KILL_APP_DIR ? await import(join(process.env.KILL_APP_DIR, 'tests/e2e/support/screens.ts')) : { createLocalKey }
    ) as { createLocalKey: typeof createLocalKey };
    await screens.createLocalKey(page);
    unlocked = true;
    await goTo(page, '/workout');
    await waitForWorkoutScreen(page);

    const setupMs = Date.now() - started;
    const loopStarted = Date.now();
    let before: Snapshot | undefined;
    const debug = process.env.KILL_DEBUG === '1';
    while (tally.points < KILL_POINTS) {
      const t0 = Date.now();
      const marks: string[] = [];
      const mark = (name: string) => marks.push(`${name} ${Date.now() - t0}`);
      if (before) {
        await restart();
        mark('shown');
        const shown = await readShown(page);
        const stored = await readStored(page);
        verify(before, shown, stored);
        currentD = stored.active?.id;
        mark('verified');
      }
      // A quarter of the kill points aim at a finish: a burst that ends with Finish (or Save).
      const aimAtFinish = chance(0.25);
      const steps = 1 + Math.floor(random() * (aimAtFinish ? 3 : 4));
      const done: string[] = [];
      let action = 'idle';
      let delay = killDelayMs();
      tapped = undefined;
      try {
        for (let i = 0; ; i++) {
          const planned = i >= steps - 1;
          instantKill = planned && !aimAtFinish && delay < 3;
          action = await step(await readShown(page), planned && aimAtFinish);
          done.push(action);
          mark(action);
          if (planned && (!aimAtFinish || FINISHING.has(action) || i >= steps + 4)) break;
          await pause(action);
        }
        if (FINISHING.has(action)) {
          tally.finishes++;
          // Signing and queueing take tens of milliseconds: kills spread over it, and some after the summary shows.
          delay = chance(0.7) ? between(0, 120) : between(120, 600);
        }
        if (tapped) action = `${done.join(' → ')} (tapped in the page, killed at once)`;
        else {
          if (delay >= 1) await sleep(delay);
          action = `${done.join(' → ')} +${delay.toFixed(1)} ms`;
        }
      } catch (error) {
        tally.actionErrors++;
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        if (tally.errors.length < 10) tally.errors.push(`#${tally.points + 1} ${[...done, 'error'].join(' → ')}: ${message}`);
        action = `${[...done, 'error'].join(' → ')}`;
      }
      mark('delayed');
      const shown = tapped ?? (await readShown(page).catch(() => undefined));
      instantKill = false;
      mark('snapshot');
      await run?.kill();
      run = undefined;
      tally.points++;
      mark('killed');
      if (debug) console.log(`  #${tally.points} ${marks.join(', ')}`);
      before = shown ? { shown, action, ...(currentD ? { d: currentD } : {}) } : undefined;
      if (before) tally.pendingAtKill += before.shown.exercises.flatMap((exercise) => exercise.sets).filter((set) => set.pending).length;
      if (!before) {
        tally.failures.push(`#${tally.points}: the page could not be read before the kill`);
        before = { shown: { path: '', complete: false, workout: 'unknown', exercises: [], resting: false }, action };
      }
      if (tally.points % 10 === 0) {
        const perPoint = (Date.now() - loopStarted) / tally.points;
        console.log(
          `  … ${tally.points} kill points, ${tally.setsLost} sets lost, ${tally.duplicates.size} duplicate records (${(perPoint / 1000).toFixed(2)} s each)`,
        );
      }
    }

    // The last restart: check it, let the outbox reach the relay, then ask the relay too.
    await restart();
    const stored = await readStored(page);
    if (before) verify(before, await readShown(page), stored);
    await expect
      .poll(async () => (await readStored(page)).outbox.filter((row) => row.status === 'pending').length, { timeout: 30_000 })
      .toBe(0)
      .catch(() => undefined);
    const relay = await connectRelay(server.relayUrl);
    try {
      const onRelay = await relay.query({ kinds: [1301] });
      const byD = new Map<string, Set<string>>();
      for (const event of onRelay) {
        const d = event.tags.find((t) => t[0] === 'd')?.[1] ?? '';
        byD.set(d, (byD.get(d) ?? new Set()).add(event.id));
      }
      for (const [d, ids] of byD) {
        for (const id of [...ids].sort().slice(1)) {
          if (!tally.duplicates.has(`${d}:${id}`)) fail(`the relay holds workout ${d} ${ids.size} times`);
          tally.duplicates.add(`${d}:${id}`);
        }
      }
      console.log(`  relay: ${onRelay.length} workout records, ${byD.size} workouts; database: ${stored.records.length} records`);
    } finally {
      await relay.disconnect();
    }

    const loopMs = Date.now() - loopStarted;
    console.log(
      [
        `  seed ${SEED}; setup ${(setupMs / 1000).toFixed(1)} s, ${tally.points} kill points in ${(loopMs / 1000).toFixed(1)} s (${(loopMs / tally.points / 1000).toFixed(2)} s each)`,
        `  ${tally.ackedChecked} acknowledged done sets checked, ${tally.pendingAtKill} ticks pending at a kill, ${tally.finishes} kills right after a finish`,
        `  finished workouts lost: ${tally.finishedLost}, shown finished but still open: ${tally.finishedOpen}, recorded and still open: ${tally.recordedButOpen}, unticks reverted: ${tally.unticksReverted}, database lost: ${tally.databaseLost}, steps that failed: ${tally.actionErrors}`,
        `  restarts that showed "Plates could not start" (then started after a reload or a new launch): ${tally.startCrashes}`,
        ...tally.crashes.map((line) => `  start-up crash ${line}`),
        ...tally.errors.map((line) => `  step error ${line}`),
        ...tally.failures.map((line) => `  ${line}`),
      ].join('\n'),
    );
    console.log(`${tally.points} kill points, ${tally.setsLost} sets lost, ${tally.duplicates.size} duplicate records`);
  } finally {
    await run?.kill().catch(() => undefined);
    await server.stop();
    if (process.env.KILL_KEEP_PROFILE === '1') console.log(`  profile kept at ${profile}`);
    else await rm(profile, { recursive: true, force: true });
  }

  expect(tally.points, 'kill points').toBeGreaterThanOrEqual(100);
  expect(tally.setsLost, 'sets lost').toBe(0);
  expect(tally.duplicates.size, 'duplicate records').toBe(0);
  expect(tally.finishedLost + tally.finishedOpen, 'workouts shown finished, then lost or still open').toBe(0);
  expect(tally.actionErrors, 'steps that failed (the sweep itself is off)').toBeLessThanOrEqual(tally.points / 10);
});
