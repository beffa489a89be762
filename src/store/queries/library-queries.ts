import { workerApi } from '../../lib/worker-client';
import type { ExerciseSummary } from '../../worker/api';
import { appPagedQuery, appQuery } from './app-query';

export interface ExerciseFilter {
  search: string;
  equipment: string;
  muscle: string;
}

/** The library list and the exercise picker: exercises matching a filter, A–Z, 40 at a time. */
export const exercisesQuery = appPagedQuery<ExerciseFilter, ExerciseSummary>('exercises', 40, async (filter, { offset, limit }) => {
  const asked = performance.now();
  const page = await workerApi().listExercises({ ...filter, offset, limit });
  // User Timing for `npm run bench` (issue 6: under 16 ms from keystroke to data): the query asked → the worker's answer here.
  if (offset === 0) performance.measure('plates:library-query', { start: asked });
  return { items: page.items, total: page.total, meta: undefined };
});

/** The library's "Mine": the person's own exercises matching a filter, A–Z, 40 at a time. */
export const myExercisesQuery = appPagedQuery<ExerciseFilter, ExerciseSummary>('my-exercises', 40, async (filter, { offset, limit }) => {
  const page = await workerApi().listMyExercises({ ...filter, offset, limit });
  return { items: page.items, total: page.total, meta: undefined };
});

/** The equipment and muscles to filter by (read when the library shows, and when exercises arrive). */
export const libraryFacetsQuery = appQuery('library-facets', () => workerApi().listLibraryFacets({}));

/** One exercise by address; undefined when it is not on this device. */
export const exerciseQuery = appQuery('exercise', (address: string) => workerApi().getExercise({ address }));
