import { describe, expect, it } from 'vitest';
import { trainingCsvSample } from '../../src/testing/training-csv-sample';
import { until } from '../../src/testing/wait';
import type { TrainingImportProgress } from '../../src/worker/api';
import { cleanupAfterEach, relayForThisFile } from './support/suite';
import {
  csvFile,
  importEnded,
  openWorker,
  PASSPHRASE,
  proposedChoices,
  signIn,
  storeStarterLibrary,
  storedRecords,
  type Api,
} from './support/training-import';

const relay = relayForThisFile();
const cleanups = cleanupAfterEach();

const STRONG = 'tests/fixtures/csv/strong-current-kg.csv';
const HEVY = 'tests/fixtures/csv/hevy-metric.csv';

async function newWorker(name: string) {
  const worker = await openWorker(`plates-import-${name}-${Date.now()}`, relay.url);
  cleanups.push(() => worker.ctx.close());
  await storeStarterLibrary(worker);
  return worker;
}

/** The d's and queued rows hold each record once. */
function expectNoDuplicate({ ds, queued }: { ds: string[]; queued: string[] }): void {
  expect(new Set(ds).size).toBe(ds.length);
  expect(new Set(queued).size).toBe(queued.length);
}

describe('the preview of a Strong or Hevy export', () => {
  it('says what a Strong file holds and proposes an exercise for each name, nothing signed yet', async () => {
    const { api, ctx } = await newWorker('preview-strong');
    const preview = await api.previewTrainingFile({ file: csvFile(STRONG) });
    expect(preview).toMatchObject({
      fileName: 'strong-current-kg.csv',
      app: 'strong',
      variant: 'current',
      workouts: 2,
      sets: 9,
      // Bench 80×5 + 82.5×5 + 82.5×3 (the warm-up left out), pushdown 30×12 + the drop set 20×10.
      volumeKg: 1620,
      problems: [],
      problemCount: 0,
      weightUnit: 'kg',
      weightUnitStated: false,
      dateOrders: [],
      alreadyImported: 0,
    });
    expect((preview.lastStart ?? 0) - (preview.firstStart ?? 0)).toBeGreaterThan(86_400);
    expect(preview.exercises.map((entry) => [entry.name, entry.setCount, entry.match?.how, entry.match?.title])).toEqual([
      ['Bench Press (Barbell)', 4, 'table', 'Barbell Bench Press - Medium Grip'],
      ['Triceps Pushdown (Cable - Straight Bar)', 2, undefined, undefined],
      ['Pull Up', 1, 'table', 'Pullups'],
      ['Plank', 1, undefined, undefined],
      ['Running', 1, undefined, undefined],
    ]);
    // The starter Plank logs weight and reps: offered, not chosen; the new own exercise is timed.
    const plank = preview.exercises[3];
    expect(plank?.suggestion).toMatchObject({ title: 'Plank', fits: false });
    expect(plank?.newExercise).toMatchObject({ title: 'Plank', preset: 'timed' });
    expect(await ctx.db.outbox.count()).toBe(0);

    // Read again in pounds: the same sets, heavier.
    const inPounds = await api.previewTrainingFile({ file: csvFile(STRONG), weightUnit: 'lb' });
    expect(inPounds).toMatchObject({ weightUnit: 'lb', volumeKg: 734.819 });
    expect(inPounds.id).not.toBe(preview.id);
  }, 30_000);

  it('reads a Hevy file and its supersets, and lists a file’s bad lines by number', async () => {
    const { api } = await newWorker('preview-hevy');
    const hevy = await api.previewTrainingFile({ file: csvFile(HEVY) });
    expect(hevy).toMatchObject({ app: 'hevy', variant: 'metric', workouts: 2, sets: 9, weightUnitStated: true, problemCount: 0 });
    expect(hevy.exercises.map((entry) => [entry.name, entry.match?.title])).toEqual([
      ['Bench Press (Barbell)', 'Barbell Bench Press - Medium Grip'],
      ['Bent Over Row (Barbell)', 'Bent Over Barbell Row'],
      ['Chin Up', 'Chin-Up'],
      ['Plank', undefined],
      ['Rowing Machine', 'Rowing, Stationary'],
    ]);

    const bad = await api.previewTrainingFile({ file: csvFile('tests/fixtures/csv/strong-bad-lines.csv') });
    expect(bad.workouts).toBe(1);
    expect(bad.problemCount).toBe(bad.problems.length);
    expect(bad.problems.slice(0, 3)).toEqual([
      { line: 3, reason: '9 columns where the header has 12' },
      { line: 4, reason: "Date '31/31/2024 18:00:00' is not a date" },
      { line: 5, reason: "Reps '-3' is negative" },
    ]);

    await expect(api.previewTrainingFile({ file: csvFile('tests/fixtures/csv/not-a-training-file.csv') })).rejects.toMatchObject({
      type: 'invalid-file',
    });
  }, 30_000);
});

describe('importing', () => {
  it('signs a record per workout with the person’s mapping, shows them in History, remembers the mapping and imports nothing twice', async () => {
    const { api, ctx } = await newWorker('strong');
    const me = await signIn(api);
    const preview = await api.previewTrainingFile({ file: csvFile(STRONG) });
    const [bench, pushdown, pullUp, plank, running] = preview.exercises;
    if (!bench?.match || !pushdown?.suggestion || !pullUp?.match || !plank || !running?.suggestion) throw new Error('unexpected mapping');
    const choices = [
      { name: bench.name, address: bench.match.address },
      // Changed: the suggestion taken.
      { name: pushdown.name, address: pushdown.suggestion.address },
      { name: pullUp.name, address: pullUp.match.address },
      // A new own exercise, timed as its sets are.
      { name: plank.name, create: true as const },
      { name: running.name, address: running.suggestion.address },
    ];
    const seen: TrainingImportProgress[] = [];
    ctx.notifier.add((event) => {
      if (event.type === 'training-import-progress') seen.push(event.payload);
    });

    const started = await api.startTrainingImport({ id: preview.id, choices });
    expect(started).toMatchObject({ state: 'running', id: preview.id, done: 0, total: 2, skipped: 0, created: 1 });
    expect(await importEnded(api)).toMatchObject({ state: 'done', done: 2, total: 2, skipped: 0, created: 1 });
    // The page is told too, each chunk and at the end.
    await until(async () => seen.at(-1)?.state === 'done');
    expect(seen.at(-1)).toMatchObject({ done: 2, total: 2 });

    const records = await api.listRecords();
    expect(records.map((record) => record.title).sort()).toEqual(['Morning Run', 'Push Day']);
    expect(records.reduce((total, record) => total + record.volumeKg, 0)).toBe(preview.volumeKg);
    expect(records.reduce((total, record) => total + record.setCount, 0)).toBe(preview.sets);
    const push = records.find((record) => record.title === 'Push Day');
    expect(push).toMatchObject({ start: preview.firstStart, durationSeconds: 65 * 60, notes: expect.stringContaining('Felt strong') });
    expect(push?.notes).toContain('Barbell Bench Press - Medium Grip: Pause on chest, elbows in');
    expect(push?.exercises.map((exercise) => [exercise.title, exercise.sets.map((set) => set.setType)])).toEqual([
      ['Barbell Bench Press - Medium Grip', ['warmup', 'normal', 'normal', 'failure']],
      ['Triceps Pushdown', ['normal', 'drop']],
      ['Pullups', ['normal']],
      ['Plank', ['normal']],
    ]);
    expect(push?.exercises[0]?.sets.map((set) => [set.weightKg, set.reps, set.rpe])).toEqual([
      [40, 10, undefined],
      [80, 5, 8],
      [82.5, 5, 8.5],
      [82.5, 3, 10],
    ]);
    expect(push?.exercises[3]?.sets[0]?.durationSeconds).toBe(60);
    const run = records.find((record) => record.title === 'Morning Run');
    expect(run).toMatchObject({ distanceMetres: 5200 });

    const history = await api.exerciseHistory({ address: bench.match.address });
    expect(history.sessions).toHaveLength(1);
    expect(history.bests).toMatchObject({ weight: 82.5 });
    const mine = await api.listMyExercises({});
    expect(mine.items.map((item) => item.title)).toEqual(['Plank']);
    const { ds, queued } = await storedRecords(ctx, me);
    expect(ds).toHaveLength(2);
    expect(queued).toHaveLength(2);

    // Again: the choices remembered, every workout here already.
    const again = await api.previewTrainingFile({ file: csvFile(STRONG) });
    expect(again.alreadyImported).toBe(2);
    expect(again.exercises.map((entry) => entry.match?.how)).toEqual([
      'remembered',
      'remembered',
      'remembered',
      'remembered',
      'remembered',
    ]);
    expect(again.exercises[3]?.match?.address).toBe(mine.items[0]?.address);
    expect(await api.startTrainingImport({ id: again.id, choices: proposedChoices(again) })).toMatchObject({
      state: 'done',
      done: 0,
      total: 0,
      skipped: 2,
      created: 0,
    });
    expectNoDuplicate(await storedRecords(ctx, me));
    expect((await storedRecords(ctx, me)).ds).toHaveLength(2);

    // Exported as Strong's CSV and read back: the same workouts and volume, and recognised as here.
    const exported = await api.exportWorkoutsCsv({});
    expect(exported).toMatchObject({ count: 2, filename: expect.stringMatching(/^plates-workouts-\d{4}-\d{2}-\d{2}\.csv$/) });
    const back = await api.previewTrainingFile({ file: new File([exported.csv], exported.filename) });
    expect(back).toMatchObject({ app: 'strong', workouts: 2, sets: 9, volumeKg: preview.volumeKg, problemCount: 0, alreadyImported: 2 });
    // Written under the titles the records show.
    expect(back.exercises.map((entry) => entry.name)).toEqual([
      'Barbell Bench Press - Medium Grip',
      'Triceps Pushdown',
      'Pullups',
      'Plank',
      'Running, Treadmill',
    ]);
  }, 60_000);

  it('keeps Hevy’s supersets as shared set numbers and its assisted weights as assistance', async () => {
    const { api, ctx } = await newWorker('hevy');
    const me = await signIn(api);
    const text = [
      '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"',
      '"Pull","2 Apr 2025, 18:00","2 Apr 2025, 19:00","","Bent Over Row (Barbell)",0,"",0,"normal",70,8,,0,',
      '"Pull","2 Apr 2025, 18:00","2 Apr 2025, 19:00","","Bent Over Row (Barbell)",0,"",1,"normal",70,8,,0,',
      '"Pull","2 Apr 2025, 18:00","2 Apr 2025, 19:00","","Pull Up (Assisted)",0,"",0,"normal",20,8,,0,',
      '"Pull","2 Apr 2025, 18:00","2 Apr 2025, 19:00","","Pull Up (Assisted)",0,"",1,"normal",15,8,,0,',
    ].join('\n');
    const preview = await api.previewTrainingFile({ file: new File([text], 'hevy.csv') });
    // The assisted pull-ups add no volume: their weight helps.
    expect(preview.volumeKg).toBe(1120);
    await api.startTrainingImport({ id: preview.id, choices: proposedChoices(preview) });
    expect(await importEnded(api)).toMatchObject({ state: 'done', done: 1 });
    const [event] = await ctx.db.events.where('[pubkey+kind]').equals([me, 1301]).toArray();
    const sets = event?.tags.filter((tag) => tag[0] === 'exercise').map((tag) => [tag[3], tag[tag.length - 1]]);
    expect(sets).toEqual([
      ['70', '1'],
      ['70', '2'],
      ['-20', '1'],
      ['-15', '2'],
    ]);
    expect((await api.listRecords())[0]?.volumeKg).toBe(preview.volumeKg);
  }, 30_000);

  it('asks a read-only or signed-out person to sign in first, and a file no longer read to be read again', async () => {
    const { api } = await newWorker('read-only');
    const preview = await api.previewTrainingFile({ file: csvFile(STRONG) });
    await expect(api.startTrainingImport({ id: preview.id, choices: proposedChoices(preview) })).rejects.toMatchObject({
      type: 'signed-out',
      message: expect.stringContaining('Sign in first'),
    });
    await api.useReadOnly({ npub: 'f'.repeat(64) });
    await expect(api.startTrainingImport({ id: preview.id, choices: proposedChoices(preview) })).rejects.toMatchObject({
      type: 'read-only',
    });
    await api.signOut({});
    await signIn(api);
    await expect(api.startTrainingImport({ id: 'an-older-file', choices: [] })).rejects.toMatchObject({ type: 'file-gone' });
    await expect(api.exportWorkoutsCsv({})).resolves.toMatchObject({ count: 0 });
  }, 30_000);
});

describe('an import killed half way', () => {
  const WORKOUTS = 60;

  async function startSample(api: Api) {
    const sample = trainingCsvSample({ app: 'hevy', workouts: WORKOUTS });
    const preview = await api.previewTrainingFile({ file: new File([sample.text], 'hevy.csv') });
    return { preview, progress: await api.startTrainingImport({ id: preview.id, choices: proposedChoices(preview) }) };
  }

  it('resumes at the next start where it stopped: every workout recorded once, none half', async () => {
    const databaseName = `plates-import-killed-${Date.now()}`;
    const first = await openWorker(databaseName, relay.url);
    await storeStarterLibrary(first);
    const me = await signIn(first.api);
    // The tab dies right after its first chunk is queued.
    let closed: Promise<void> | undefined;
    first.ctx.notifier.add((event) => {
      if (event.type === 'training-import-progress' && event.payload.done > 0) closed ??= first.ctx.close();
    });
    const { preview } = await startSample(first.api);
    await until(async () => closed !== undefined);
    await closed;

    const second = await openWorker(databaseName, relay.url);
    cleanups.push(() => second.ctx.close());
    const halfway = await storedRecords(second.ctx, me);
    expect(halfway.ds.length).toBeGreaterThan(0);
    expect(halfway.ds.length).toBeLessThan(WORKOUTS);
    // Resumed at the start, the import waits for the key.
    expect(await importEnded(second.api)).toMatchObject({
      state: 'failed',
      id: preview.id,
      error: 'Unlock your key with its passphrase to sign.',
    });
    // Unlocking is enough: the import carries on by itself.
    await second.api.unlockKey({ passphrase: PASSPHRASE });
    expect(await importEnded(second.api)).toMatchObject({ state: 'done', done: WORKOUTS, total: WORKOUTS, skipped: 0 });

    const stored = await storedRecords(second.ctx, me);
    expect(stored.ds).toHaveLength(WORKOUTS);
    expectNoDuplicate(stored);
    expect(stored.queued).toHaveLength(WORKOUTS);
    const records = await second.api.listRecords({ limit: WORKOUTS });
    expect(records.reduce((total, record) => total + record.setCount, 0)).toBe(preview.sets);
    expect(records.reduce((total, record) => total + record.volumeKg, 0)).toBeCloseTo(preview.volumeKg, 3);
    // Weights go up over the years: later workouts carry PRs against the earlier ones.
    expect(records.filter((record) => record.prs.length > 0).length).toBeGreaterThan(0);
    expect(await second.ctx.db.importDrafts.count()).toBe(0);
  }, 60_000);

  it('worked on by two tabs at once, queues each record once', async () => {
    const databaseName = `plates-import-two-tabs-${Date.now()}`;
    const first = await openWorker(databaseName, relay.url);
    cleanups.push(() => first.ctx.close());
    await storeStarterLibrary(first);
    const me = await signIn(first.api);
    const { preview } = await startSample(first.api);
    const second = await openWorker(databaseName, relay.url);
    cleanups.push(() => second.ctx.close());
    await second.api.unlockKey({ passphrase: PASSPHRASE });
    await second.api.startTrainingImport({ id: preview.id, choices: [] });
    await Promise.all([first.ctx.trainingImport.idle(), second.ctx.trainingImport.idle()]);

    const stored = await storedRecords(second.ctx, me);
    expect(stored.ds).toHaveLength(WORKOUTS);
    expectNoDuplicate(stored);
    expect(stored.queued).toHaveLength(WORKOUTS);
  }, 60_000);
});
