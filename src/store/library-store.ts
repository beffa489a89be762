import { create } from 'zustand';
import { queryClient } from '../lib/query/client';
import { exercisesQuery, type ExerciseFilter } from './queries/library-queries';

export type LibraryFilters = ExerciseFilter;

interface LibraryState {
  filters: LibraryFilters;
  setFilters(change: Partial<LibraryFilters>): void;
}

/** What the library is filtered by; the list itself is `exercisesQuery` for these filters. */
export const useLibraryStore = create<LibraryState>((set, get) => ({
  filters: { search: '', equipment: '', muscle: '' },
  setFilters(change) {
    const filters = { ...get().filters, ...change };
    // Asked in the keystroke's own task, before the list renders: the answer is on its way while React works.
    void queryClient.fetch(exercisesQuery, filters);
    set({ filters });
  },
}));
