import { create } from 'zustand';
import type { RecordSet } from '../domain/workout-record';
import { reduceSession, type SessionAction, type WorkoutSession } from '../domain/workout-session';
import { requestPersistentStorage } from '../lib/persistent-storage';
import { asWorkerError, workerApi } from '../lib/worker-client';
import type { ExerciseSummary, FinishedReport, RecordSummary, WorkerError } from '../worker/api';

/** A finished workout as the summary screen shows it: the report and the names of its exercises. */
export interface FinishedWorkout extends FinishedReport {
  title: string;
  exerciseTitles: Record<string, string>;
}

export interface ExerciseSearch {
  query: string;
  items: ExerciseSummary[];
  total: number;
  loading: boolean;
}

interface WorkoutState {
  /** False until the worker has been asked for the workout in progress. */
  loaded: boolean;
  /** The workout in progress, as the worker last answered (plus changes still on their way). */
  session?: WorkoutSession;
  /** Each exercise's sets the last time it was done, by exercise address. */
  previous: Record<string, RecordSet[]>;
  busy?: 'starting' | 'finishing' | 'discarding';
  /** Why the last call failed; `type` tells signed out or locked apart from the rest. */
  error?: WorkerError;
  finished?: FinishedWorkout;
  /** A stored record for the summary screen opened without `finished` (after a reload). */
  record?: { key: string; summary?: RecordSummary; missing: boolean };
  search: ExerciseSearch;
  load(): Promise<void>;
  /** True when a workout started (empty, or from the template at that address). */
  start(templateAddress?: string): Promise<boolean>;
  /** Shows the change at once and sends it to the worker, whose answer is the truth. */
  apply(action: SessionAction): void;
  discard(): Promise<void>;
  /** The record's key once it is signed and queued; undefined on failure (see error). */
  finish(): Promise<string | undefined>;
  openRecord(key: string): Promise<void>;
  searchExercises(query: string): Promise<void>;
  clearError(): void;
}

const SEARCH_LIMIT = 40;

export const useWorkoutStore = create<WorkoutState>((set, get) => {
  // Changes go to the worker one at a time, in order; `pending` are those not yet answered.
  let pending: SessionAction[] = [];
  let queue: Promise<void> = Promise.resolve();
  let searchSeq = 0;

  /** The worker's session with the changes it has not answered yet applied on top. */
  function rebase(truth: WorkoutSession | undefined): WorkoutSession | undefined {
    if (!truth) return undefined;
    const now = Date.now();
    return pending.reduce((session, action) => reduceSession(session, action, now), truth);
  }

  async function loadPrevious(session: WorkoutSession | undefined): Promise<void> {
    const known = get().previous;
    const missing = [...new Set(session?.exercises.map((e) => e.exerciseAddress) ?? [])].filter((address) => !(address in known));
    if (missing.length === 0) return;
    try {
      const found = await workerApi().previousPerformance({ exerciseAddresses: missing });
      set({ previous: { ...get().previous, ...found } });
    } catch (error) {
      set({ error: asWorkerError(error) });
    }
  }

  async function reload(): Promise<void> {
    pending = [];
    const session = await workerApi().getActiveWorkout({});
    set({ session, loaded: true });
    void loadPrevious(session);
  }

  return {
    loaded: false,
    previous: {},
    search: { query: '', items: [], total: 0, loading: false },

    async load() {
      try {
        await queue;
        await reload();
      } catch (error) {
        set({ loaded: true, error: asWorkerError(error) });
      }
    },

    async start(templateAddress) {
      set({ busy: 'starting', error: undefined });
      try {
        const session = await workerApi().startWorkout(templateAddress ? { templateAddress } : {});
        pending = [];
        // History may have grown since the last workout: "previous" is read afresh.
        set({ session, loaded: true, finished: undefined, previous: {} });
        void loadPrevious(session);
        return true;
      } catch (error) {
        set({ error: asWorkerError(error) });
        return false;
      } finally {
        set({ busy: undefined });
      }
    },

    apply(action) {
      const current = get().session;
      if (!current) return;
      const optimistic = reduceSession(current, action, Date.now());
      if (optimistic === current) return;
      set({ session: optimistic });
      pending.push(action);
      const applied = performance.now();
      queue = queue.then(async () => {
        try {
          const truth = await workerApi().updateActiveWorkout({ action });
          // User Timing for `npm run bench` (issue 6: a set stored in under 50 ms): the change → the worker's answer, sent once its transaction committed.
          performance.measure('plates:workout-saved', { start: applied, detail: action.type });
          pending.shift();
          set({ session: rebase(truth) });
          if (action.type === 'add-exercise') void loadPrevious(truth);
        } catch (error) {
          set({ error: asWorkerError(error) });
          // The worker refused or failed: show what it has stored, nothing invented here.
          await reload().catch(() => undefined);
        }
      });
    },

    async discard() {
      set({ busy: 'discarding', error: undefined });
      try {
        await queue;
        await workerApi().discardActiveWorkout({});
        pending = [];
        set({ session: undefined });
      } catch (error) {
        set({ error: asWorkerError(error) });
      } finally {
        set({ busy: undefined });
      }
    },

    async finish() {
      set({ busy: 'finishing', error: undefined });
      try {
        await queue;
        const session = get().session;
        const report = await workerApi().finishActiveWorkout({});
        const exerciseTitles = Object.fromEntries(session?.exercises.flatMap((e) => (e.title ? [[e.exerciseAddress, e.title]] : [])) ?? []);
        pending = [];
        set({ session: undefined, finished: { ...report, title: session?.title ?? 'Workout', exerciseTitles } });
        void askForPersistenceAfterFirstWorkout();
        return report.recordKey;
      } catch (error) {
        set({ error: asWorkerError(error) });
        // A failed signature leaves the workout finished and stored: show it as the worker has it.
        await reload().catch(() => undefined);
        return undefined;
      } finally {
        set({ busy: undefined });
      }
    },

    async openRecord(key) {
      if (get().record?.key !== key) set({ record: { key, missing: false } });
      try {
        const summary = await workerApi().getRecord({ key });
        if (get().record?.key === key) set({ record: { key, summary, missing: !summary } });
      } catch (error) {
        if (get().record?.key === key) set({ record: { key, missing: true }, error: asWorkerError(error) });
      }
    },

    async searchExercises(query) {
      const seq = ++searchSeq;
      set({ search: { ...get().search, query, loading: true } });
      try {
        const page = await workerApi().listExercises({ search: query, limit: SEARCH_LIMIT });
        if (seq === searchSeq) set({ search: { query, items: page.items, total: page.total, loading: false } });
      } catch (error) {
        if (seq === searchSeq) set({ search: { ...get().search, loading: false }, error: asWorkerError(error) });
      }
    },

    clearError: () => set({ error: undefined }),
  };
});

/** The browser may evict storage under pressure: once there is a workout worth keeping, ask it not to. */
async function askForPersistenceAfterFirstWorkout(): Promise<void> {
  try {
    const records = await workerApi().listRecords({ limit: 2 });
    if (records.length <= 1) await requestPersistentStorage();
  } catch {
    // Only a request: the workout is saved either way.
  }
}
