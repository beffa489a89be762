import { create } from 'zustand';
import { reduceSession, type SessionAction, type SessionSet, type WorkoutSession } from '../domain/workout-session';
import { requestPersistentStorage } from '../lib/persistent-storage';
import { asWorkerError, workerApi } from '../lib/worker-client';
import type { FinishedReport, WorkerError } from '../worker/api';

/** A finished workout as the summary screen shows it: the report and the names of its exercises. */
export interface FinishedWorkout extends FinishedReport {
  title: string;
  exerciseTitles: Record<string, string>;
}

interface WorkoutState {
  /** False until the worker has been asked for the workout in progress. */
  loaded: boolean;
  /** The workout in progress as the person sees it: as stored, plus the changes still on their way. */
  session?: WorkoutSession;
  /** The workout as the worker last answered it stored: what a killed tab comes back to. */
  saved?: WorkoutSession;
  busy?: 'starting' | 'finishing' | 'discarding';
  /** Why the last call failed; `type` tells signed out or locked apart from the rest. */
  error?: WorkerError;
  /** The report of the workout just finished, for its summary screen (after a reload it reads the stored record). */
  finished?: FinishedWorkout;
  load(): Promise<void>;
  /** True when a workout started (empty, or from the template at that address). */
  start(templateAddress?: string): Promise<boolean>;
  /** Shows the change at once (as not stored yet) and sends it to the worker, whose answer is the truth. */
  apply(action: SessionAction): void;
  /** Another tab changed the workout: re-read it, with this tab's changes still on their way on top. */
  followOtherTab(): void;
  discard(): Promise<void>;
  /** The record's key once it is signed and queued; undefined on failure (see error). */
  finish(): Promise<string | undefined>;
  clearError(): void;
}

export const useWorkoutStore = create<WorkoutState>((set, get) => {
  // Changes go to the worker one at a time, in order; `pending` are those not yet answered.
  let pending: SessionAction[] = [];
  let queue: Promise<void> = Promise.resolve();

  /** The worker's session with the changes it has not answered yet applied on top. */
  function rebase(truth: WorkoutSession | undefined): WorkoutSession | undefined {
    if (!truth) return undefined;
    const now = Date.now();
    return pending.reduce((session, action) => reduceSession(session, action, now), truth);
  }

  /** The worker's answer: stored, shown with this tab's unanswered changes on top. */
  function stored(truth: WorkoutSession | undefined): void {
    set({ saved: truth, session: rebase(truth), loaded: true });
  }

  async function reload(): Promise<void> {
    pending = [];
    stored(await workerApi().getActiveWorkout({}));
  }

  return {
    loaded: false,

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
        set({ session, saved: session, loaded: true, finished: undefined });
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
          stored(truth);
        } catch (error) {
          set({ error: asWorkerError(error) });
          // The worker refused or failed: show what it has stored, nothing invented here.
          await reload().catch(() => undefined);
        }
      });
    },

    followOtherTab() {
      // After this tab's changes already sent: the re-read includes them.
      queue = queue.then(async () => {
        try {
          stored(await workerApi().getActiveWorkout({}));
        } catch (error) {
          set({ error: asWorkerError(error) });
        }
      });
    },

    async discard() {
      set({ busy: 'discarding', error: undefined });
      try {
        await queue;
        await workerApi().discardActiveWorkout({ id: get().session?.id });
        pending = [];
        set({ session: undefined, saved: undefined });
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
        const report = await workerApi().finishActiveWorkout({ id: session?.id });
        const exerciseTitles = Object.fromEntries(session?.exercises.flatMap((e) => (e.title ? [[e.exerciseAddress, e.title]] : [])) ?? []);
        pending = [];
        set({ session: undefined, saved: undefined, finished: { ...report, title: session?.title ?? 'Workout', exerciseTitles } });
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

    clearError: () => set({ error: undefined }),
  };
});

/** Whether a set as shown is the set as stored: done or not, and every value (a tick not stored yet shows as pending). */
export function isSetStored(set: SessionSet, saved: SessionSet | undefined): boolean {
  if (!saved) return false;
  if (set === saved) return true;
  return (
    (set.completedAt === undefined) === (saved.completedAt === undefined) &&
    set.setType === saved.setType &&
    set.weightKg === saved.weightKg &&
    set.reps === saved.reps &&
    set.rpe === saved.rpe &&
    set.durationSeconds === saved.durationSeconds &&
    set.distanceMetres === saved.distanceMetres &&
    JSON.stringify(set.other) === JSON.stringify(saved.other) &&
    JSON.stringify(set.errors) === JSON.stringify(saved.errors)
  );
}

/** The browser may evict storage under pressure: once there is a workout worth keeping, ask it not to. */
async function askForPersistenceAfterFirstWorkout(): Promise<void> {
  try {
    const records = await workerApi().listRecords({ limit: 2 });
    if (records.length <= 1) await requestPersistentStorage();
  } catch {
    // Only a request: the workout is saved either way.
  }
}
