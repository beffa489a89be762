import { create } from 'zustand';
import { busyAction } from './busy-action';
import type { ExerciseDefinition } from '../domain/exercise';
import type { MediaRef } from '../domain/imeta';
import { queryClient } from '../lib/query/client';
import { asWorkerError, workerApi } from '../lib/worker-client';
import type { WorkerError } from '../worker/api';
import { invalidate } from './invalidation';
import { exercisesQuery, myExercisesQuery, type ExerciseFilter } from './queries/library-queries';

export type LibraryFilters = ExerciseFilter;

/** Every exercise on the device, or only the person's own. */
export type LibraryScope = 'all' | 'mine';

/** A photo link checked by the worker: its imeta fields, or why it cannot be used. */
export type PhotoCheck = { ok: true; ref: MediaRef } | { ok: false; message: string };

interface LibraryState {
  filters: LibraryFilters;
  scope: LibraryScope;
  busy?: 'saving' | 'deleting';
  /** Why the last save or delete failed; `type` tells signed out or locked apart. */
  actionError?: WorkerError;
  setFilters(change: Partial<LibraryFilters>): void;
  setScope(scope: LibraryScope): void;
  /** A stored exercise as published (to edit or copy); undefined when it is not on this device. */
  loadExercise(address: string): Promise<ExerciseDefinition | undefined>;
  checkPhoto(url: string): Promise<PhotoCheck>;
  /** The saved exercise's address; undefined on failure (see actionError). */
  saveExercise(exercise: ExerciseDefinition): Promise<string | undefined>;
  /** True once the deletion is signed and queued. */
  deleteExercise(address: string): Promise<boolean>;
  clearActionError(): void;
}

/** What the library is filtered by (the list itself is `exercisesQuery` or `myExercisesQuery`), and the own exercises' actions. */
export const useLibraryStore = create<LibraryState>((set, get) => {
  const act = busyAction<NonNullable<LibraryState['busy']>>(set);

  return {
    filters: { search: '', equipment: '', muscle: '' },
    scope: 'all',

    setFilters(change) {
      const filters = { ...get().filters, ...change };
      // Asked in the keystroke's own task, before the list renders: the answer is on its way while React works.
      void queryClient.fetch(get().scope === 'mine' ? myExercisesQuery : exercisesQuery, filters);
      set({ filters });
    },

    setScope: (scope) => set({ scope }),

    async loadExercise(address) {
      try {
        return await workerApi().getExerciseDraft({ address });
      } catch (error) {
        set({ actionError: asWorkerError(error) });
        return undefined;
      }
    },

    async checkPhoto(url) {
      try {
        return { ok: true, ref: await workerApi().checkExercisePhoto({ url }) };
      } catch (error) {
        return { ok: false, message: asWorkerError(error).message };
      }
    },

    async saveExercise(exercise) {
      // The signed exercise is ingested before the call answers: its events-ingested re-reads the lists (invalidation table).
      const saved = await act('saving', () => workerApi().saveExercise({ exercise }));
      return saved?.address;
    },

    async deleteExercise(address) {
      const done = await act('deleting', async () => {
        await workerApi().deleteExercise({ address });
        return true;
      });
      // A deletion (kind 5) is not in the library's rows of the table: this page re-reads them itself.
      if (done) invalidate('exercises', 'library-facets', 'exercise');
      return done ?? false;
    },

    clearActionError: () => set({ actionError: undefined }),
  };
});
