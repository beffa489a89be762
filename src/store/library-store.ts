import { create } from 'zustand';
import { errorMessage, listen, workerApi } from '../lib/worker-client';
import type { ExerciseDetail, ExerciseSummary, LibraryFacets } from '../worker/api';

const PAGE_SIZE = 40;

export interface LibraryFilters {
  search: string;
  equipment: string;
  muscle: string;
}

interface LibraryState {
  filters: LibraryFilters;
  items: ExerciseSummary[];
  total: number;
  loading: boolean;
  error?: string;
  facets: LibraryFacets;
  detail?: ExerciseDetail;
  detailAddress?: string;
  detailMissing: boolean;
  setFilters(change: Partial<LibraryFilters>): void;
  loadMore(): Promise<void>;
  refresh(): Promise<void>;
  openExercise(address: string): Promise<void>;
}

/** Each query gets a number so that a slow answer never overwrites a newer one. */
let querySeq = 0;
/** The equipment and muscles to filter by are read again when exercises arrived, not with every keystroke. */
let facetsStale = true;

export const useLibraryStore = create<LibraryState>((set, get) => ({
  filters: { search: '', equipment: '', muscle: '' },
  items: [],
  total: 0,
  loading: true,
  facets: { equipment: [], muscles: [] },
  detailMissing: false,

  setFilters(change) {
    set({ filters: { ...get().filters, ...change } });
    void get().refresh();
  },

  async refresh() {
    const seq = ++querySeq;
    set({ loading: true });
    if (facetsStale) void loadFacets();
    try {
      const { search, equipment, muscle } = get().filters;
      const asked = performance.now();
      const page = await workerApi().listExercises({ search, equipment, muscle, offset: 0, limit: PAGE_SIZE });
      // User Timing for `npm run bench` (issue 6: under 16 ms from keystroke to data): the query asked → the worker's answer here.
      performance.measure('plates:library-query', { start: asked });
      if (seq === querySeq) set({ items: page.items, total: page.total, loading: false, error: undefined });
    } catch (error) {
      if (seq === querySeq) set({ loading: false, error: errorMessage(error) });
    }
  },

  async loadMore() {
    const { items, total, filters, loading } = get();
    if (loading || items.length >= total) return;
    const seq = querySeq;
    const page = await workerApi().listExercises({ ...filters, offset: items.length, limit: PAGE_SIZE });
    if (seq === querySeq) set({ items: [...get().items, ...page.items], total: page.total });
  },

  async openExercise(address) {
    if (get().detailAddress !== address) set({ detail: undefined, detailAddress: address, detailMissing: false });
    try {
      const detail = await workerApi().getExercise({ address });
      if (get().detailAddress === address) set({ detail, detailMissing: !detail });
    } catch (error) {
      if (get().detailAddress === address) set({ error: errorMessage(error), detailMissing: true });
    }
  },
}));

async function loadFacets(): Promise<void> {
  facetsStale = false;
  try {
    useLibraryStore.setState({ facets: await workerApi().listLibraryFacets({}) });
  } catch (error) {
    facetsStale = true;
    useLibraryStore.setState({ error: errorMessage(error) });
  }
}

/** Re-reads the library when the worker stored exercises; call once after the worker started. */
export function followLibraryChanges(): () => void {
  return listen((event) => {
    if (event.type !== 'events-ingested' || !event.payload.kinds.includes(33401)) return;
    const state = useLibraryStore.getState();
    facetsStale = true;
    void state.refresh();
    if (state.detailAddress) void state.openExercise(state.detailAddress);
  });
}
