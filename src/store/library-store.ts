import { create } from 'zustand';
import type { ExerciseFilter } from './queries/library-queries';

export type LibraryFilters = ExerciseFilter;

interface LibraryState {
  filters: LibraryFilters;
  setFilters(change: Partial<LibraryFilters>): void;
}

/** What the library is filtered by; the list itself is `exercisesQuery` for these filters. */
export const useLibraryStore = create<LibraryState>((set, get) => ({
  filters: { search: '', equipment: '', muscle: '' },
  setFilters: (change) => set({ filters: { ...get().filters, ...change } }),
}));
