import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MappingEntry } from '../domain/exercise-mapping/map-exercises';
import { presetParameters } from '../domain/exercise-draft';
import type * as WorkerClient from '../lib/worker-client';
import { queryClient } from '../lib/query/client';
import { usePreferencesStore } from './preferences-store';
import { trainingImportProgressQuery } from './queries/import-queries';
import type { TrainingImportPreview, TrainingImportProgress, WorkerEvent } from '../worker/api';

/** The worker's four import calls, faked: the store's part is what it asks and what it keeps. */
const worker = {
  previewTrainingFile: vi.fn<(args: { file: Blob; weightUnit?: string; dateOrder?: string }) => Promise<TrainingImportPreview>>(),
  startTrainingImport: vi.fn<(args: { id: string; choices: unknown[] }) => Promise<TrainingImportProgress>>(),
  getTrainingImportProgress: vi.fn<() => Promise<TrainingImportProgress>>(),
  exportWorkoutsCsv: vi.fn(),
};

/** The page's listeners to worker events, and a worker event sent to them. */
const listeners = new Set<(event: WorkerEvent) => void>();
const workerSays = (event: WorkerEvent) => listeners.forEach((listener) => listener(event));

vi.mock('../lib/worker-client', async (original) => ({
  ...(await original<typeof WorkerClient>()),
  workerApi: () => worker,
  listen: (listener: (event: WorkerEvent) => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
}));

const { useTrainingImportStore, mappingChoices, shownChoice } = await import('./training-import-store');

const BENCH = '33401:starter:barbell-bench-press';
const ROW = '33401:starter:bent-over-row';
const OWN_ROW = '33401:me:pendlay-row';

const strength = { preset: 'strength' as const, parameters: presetParameters('strength'), equipment: 'barbell' as const };

const ENTRIES: MappingEntry[] = [
  {
    name: 'Bench Press (Barbell)',
    setCount: 3,
    match: { address: BENCH, title: 'Barbell Bench Press', how: 'table', fits: true },
    newExercise: { title: 'Bench Press (Barbell)', ...strength },
  },
  {
    name: 'Bent Over Row (Barbell)',
    setCount: 4,
    suggestion: { address: ROW, title: 'Bent Over Barbell Row', how: 'similar', score: 0.6, fits: false, reason: 'It logs no weight.' },
    newExercise: { title: 'Bent Over Row (Barbell)', ...strength },
  },
  {
    name: 'Plank',
    setCount: 2,
    newExercise: { title: 'Plank', preset: 'timed', parameters: presetParameters('timed'), equipment: 'bodyweight' },
  },
];

function preview(overrides: Partial<TrainingImportPreview> = {}): TrainingImportPreview {
  return {
    id: 'file-1',
    fileName: 'strong.csv',
    app: 'strong',
    variant: 'current',
    workouts: 3,
    sets: 9,
    volumeKg: 2400,
    firstStart: 1_714_665_600,
    lastStart: 1_714_838_400,
    problems: [{ line: 5, reason: "Reps '-3' is negative" }],
    problemCount: 1,
    weightUnit: 'kg',
    weightUnitStated: false,
    dateOrders: ['day-month', 'month-day'],
    dateOrder: 'day-month',
    alreadyImported: 0,
    exercises: ENTRIES,
    ...overrides,
  };
}

const file = new File(['Date,Workout Name\n'], 'strong.csv', { type: 'text/csv' });

describe('the training import store', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    useTrainingImportStore.getState().reset();
    usePreferencesStore.setState({ units: 'lb' });
  });

  it('reads a file in the app’s unit and keeps its preview', async () => {
    worker.previewTrainingFile.mockResolvedValue(preview({ weightUnit: 'lb' }));
    await useTrainingImportStore.getState().read(file);
    expect(worker.previewTrainingFile).toHaveBeenCalledWith({ file, weightUnit: 'lb' });
    const state = useTrainingImportStore.getState();
    expect(state.preview?.id).toBe('file-1');
    expect(state.busy).toBeUndefined();
    expect(state.error).toBeUndefined();
  });

  it('shows how much of the file the worker has read while it reads, and nothing once the preview answers', async () => {
    let answer: (preview: TrainingImportPreview) => void = () => undefined;
    worker.previewTrainingFile.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const reading = useTrainingImportStore.getState().read(file);
    expect(useTrainingImportStore.getState()).toMatchObject({ busy: 'reading', readShare: 0 });
    workerSays({ type: 'training-file-progress', payload: { share: 0.4 } });
    expect(useTrainingImportStore.getState().readShare).toBe(0.4);
    answer(preview());
    await reading;
    expect(useTrainingImportStore.getState().readShare).toBeUndefined();
    // A late report is not heard: the read is over.
    workerSays({ type: 'training-file-progress', payload: { share: 1 } });
    expect(useTrainingImportStore.getState().readShare).toBeUndefined();
    expect(listeners.size).toBe(0);
  });

  it('shows no reading share once the file is refused', async () => {
    worker.previewTrainingFile.mockRejectedValue({ type: 'invalid-file', message: 'Plates reads Strong and Hevy exports.' });
    await useTrainingImportStore.getState().read(file);
    expect(useTrainingImportStore.getState()).toMatchObject({ busy: undefined, readShare: undefined });
  });

  it('keeps the worker’s reason when the file is neither format, and no preview', async () => {
    worker.previewTrainingFile.mockRejectedValue({
      type: 'invalid-file',
      message: 'Plates reads Strong and Hevy exports. Expected: Date,…',
    });
    await useTrainingImportStore.getState().read(file);
    const state = useTrainingImportStore.getState();
    expect(state.preview).toBeUndefined();
    expect(state.error).toEqual({ type: 'invalid-file', message: 'Plates reads Strong and Hevy exports. Expected: Date,…' });
  });

  it('reads again with an answer, keeping the other answer and the choices made', async () => {
    worker.previewTrainingFile.mockResolvedValue(preview());
    await useTrainingImportStore.getState().read(file);
    useTrainingImportStore.getState().choose('Plank', { address: OWN_ROW, title: 'Pendlay row' });
    worker.previewTrainingFile.mockResolvedValue(preview({ id: 'file-2', dateOrder: 'month-day' }));
    await useTrainingImportStore.getState().readAgain({ dateOrder: 'month-day' });
    expect(worker.previewTrainingFile).toHaveBeenLastCalledWith({ file, weightUnit: 'kg', dateOrder: 'month-day' });
    const state = useTrainingImportStore.getState();
    expect(state.preview?.id).toBe('file-2');
    expect(state.edits).toEqual({ Plank: { address: OWN_ROW, title: 'Pendlay row' } });
  });

  it('shows the proposal, a new own exercise when there is none, and the person’s choice with what is known of its fit', () => {
    const [bench, row, plank] = ENTRIES as [MappingEntry, MappingEntry, MappingEntry];
    expect(shownChoice(bench, undefined)).toMatchObject({ address: BENCH, how: 'table', fits: true });
    expect(shownChoice(row, undefined)).toEqual({ create: true });
    expect(shownChoice(row, { address: ROW, title: 'Bent Over Barbell Row' })).toEqual({
      address: ROW,
      title: 'Bent Over Barbell Row',
      how: 'picked',
      fits: false,
      reason: 'It logs no weight.',
    });
    expect(shownChoice(plank, { address: OWN_ROW, title: 'Pendlay row' })).toEqual({
      address: OWN_ROW,
      title: 'Pendlay row',
      how: 'picked',
    });
    expect(shownChoice(bench, { create: true })).toEqual({ create: true });
  });

  it('imports with one choice per name and follows the progress it answers', async () => {
    worker.previewTrainingFile.mockResolvedValue(preview());
    await useTrainingImportStore.getState().read(file);
    useTrainingImportStore.getState().choose('Bench Press (Barbell)', { create: true });
    useTrainingImportStore.getState().choose('Bent Over Row (Barbell)', { address: ROW, title: 'Bent Over Barbell Row' });
    const running: TrainingImportProgress = { state: 'running', done: 0, total: 3, skipped: 0, created: 0 };
    worker.startTrainingImport.mockResolvedValue(running);
    await useTrainingImportStore.getState().start();
    expect(worker.startTrainingImport).toHaveBeenCalledWith({
      id: 'file-1',
      choices: [
        { name: 'Bench Press (Barbell)', create: true },
        { name: 'Bent Over Row (Barbell)', address: ROW },
        { name: 'Plank', create: true },
      ],
    });
    expect(queryClient.get(trainingImportProgressQuery, {}).data).toEqual(running);
  });

  it('says why the import could not start', async () => {
    worker.previewTrainingFile.mockResolvedValue(preview());
    await useTrainingImportStore.getState().read(file);
    worker.startTrainingImport.mockRejectedValue({ type: 'read-only', message: 'This account is read-only.' });
    await useTrainingImportStore.getState().start();
    expect(useTrainingImportStore.getState().error?.type).toBe('read-only');
  });

  it('carries on a stopped import by its id alone: the worker holds its workouts and choices', async () => {
    const running: TrainingImportProgress = { state: 'running', id: 'file-0', done: 40, total: 90, skipped: 0, created: 2 };
    worker.startTrainingImport.mockResolvedValue(running);
    await useTrainingImportStore.getState().carryOn('file-0');
    expect(worker.startTrainingImport).toHaveBeenCalledWith({ id: 'file-0', choices: [] });
    expect(queryClient.get(trainingImportProgressQuery, {}).data).toEqual(running);
  });

  it('puts a finished import’s result away when the person turns to another file', () => {
    queryClient.set(trainingImportProgressQuery, {}, { state: 'done', id: 'file-1', done: 3, total: 3, skipped: 0, created: 1 });
    useTrainingImportStore.getState().reset();
    expect(useTrainingImportStore.getState().dismissed).toBe('file-1');
    queryClient.set(trainingImportProgressQuery, {}, { state: 'idle', done: 0, total: 0, skipped: 0, created: 0 });
    useTrainingImportStore.getState().reset();
    expect(useTrainingImportStore.getState().dismissed).toBe('file-1');
  });

  it('maps untouched names to their proposal', () => {
    expect(mappingChoices(ENTRIES, {})).toEqual([
      { name: 'Bench Press (Barbell)', address: BENCH },
      { name: 'Bent Over Row (Barbell)', create: true },
      { name: 'Plank', create: true },
    ]);
  });
});
