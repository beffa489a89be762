import { create } from 'zustand';
import { KIND } from '../domain/kinds';
import { coalesce } from '../lib/coalesce';
import { errorMessage, listen, workerApi } from '../lib/worker-client';
import type { AccountState, ExerciseHistory, RecordSummary } from '../worker/api';
import { useAccountStore } from './account-store';

const PAGE_SIZE = 20;
/** Records change with these kinds; exercise names resolve when a 33401 arrives. */
const HISTORY_KINDS: readonly number[] = [KIND.workoutRecord, KIND.legacyWorkoutRecord, KIND.exercise];

export type HistoryView = 'list' | 'calendar';

/** A calendar month in local time; `month` is 0–11. */
export interface CalendarMonth {
  year: number;
  month: number;
}

interface HistoryState {
  view: HistoryView;
  records: RecordSummary[];
  recordsLoaded: boolean;
  loadingMore: boolean;
  hasMore: boolean;
  error?: string;
  calendarMonth: CalendarMonth;
  /** Start times (unix seconds) of the workouts in the calendar month. */
  workoutStarts: number[];
  /** Local midnight (unix seconds) of the day tapped in the calendar. */
  selectedDay?: number;
  dayRecords: RecordSummary[];
  recordKey?: string;
  record?: RecordSummary;
  recordMissing: boolean;
  exerciseAddress?: string;
  exerciseHistory?: ExerciseHistory;
  setView(view: HistoryView): void;
  reloadRecords(): Promise<void>;
  loadMore(): Promise<void>;
  showMonth(month: CalendarMonth): Promise<void>;
  selectDay(dayStart: number | undefined): Promise<void>;
  openRecord(key: string): Promise<void>;
  openExerciseHistory(address: string): Promise<void>;
}

/** Each list read gets a number, so a slow answer never overwrites a newer one. */
let listSeq = 0;

export const useHistoryStore = create<HistoryState>((set, get) => {
  const fail = (error: unknown) => set({ error: errorMessage(error) });

  return {
    view: 'list',
    records: [],
    recordsLoaded: false,
    loadingMore: false,
    hasMore: false,
    calendarMonth: currentMonth(),
    workoutStarts: [],
    dayRecords: [],
    recordMissing: false,

    setView: (view) => set({ view }),

    async reloadRecords() {
      const seq = ++listSeq;
      // Re-read as many as are shown, so an update does not shorten a scrolled list.
      const limit = Math.max(PAGE_SIZE, get().records.length);
      try {
        const records = await workerApi().listRecords({ limit });
        if (seq === listSeq) set({ records, recordsLoaded: true, hasMore: records.length === limit, error: undefined });
      } catch (error) {
        if (seq === listSeq) set({ recordsLoaded: true });
        fail(error);
      }
    },

    async loadMore() {
      const { records, hasMore, loadingMore } = get();
      const last = records[records.length - 1];
      if (!hasMore || loadingMore || !last) return;
      const seq = listSeq;
      set({ loadingMore: true });
      try {
        const page = await workerApi().listRecords({ limit: PAGE_SIZE, after: { start: last.start, key: last.key } });
        if (seq === listSeq) set({ records: [...get().records, ...page], hasMore: page.length === PAGE_SIZE });
      } catch (error) {
        fail(error);
      } finally {
        set({ loadingMore: false });
      }
    },

    async showMonth(calendarMonth) {
      set({ calendarMonth });
      const from = localSeconds(calendarMonth.year, calendarMonth.month, 1);
      const to = localSeconds(calendarMonth.year, calendarMonth.month + 1, 1);
      try {
        const workoutStarts = await workerApi().listWorkoutDays({ from, to });
        if (get().calendarMonth === calendarMonth) set({ workoutStarts });
      } catch (error) {
        fail(error);
      }
    },

    async selectDay(dayStart) {
      if (get().selectedDay !== dayStart) set({ selectedDay: dayStart, dayRecords: [] });
      if (dayStart === undefined) return;
      const date = new Date(dayStart * 1000);
      const dayEnd = localSeconds(date.getFullYear(), date.getMonth(), date.getDate() + 1);
      try {
        const records = await workerApi().listRecords({ from: dayStart, to: dayEnd, limit: 50 });
        if (get().selectedDay === dayStart) set({ dayRecords: records });
      } catch (error) {
        fail(error);
      }
    },

    async openRecord(key) {
      if (get().recordKey !== key) set({ recordKey: key, record: undefined, recordMissing: false });
      try {
        const record = await workerApi().getRecord({ key });
        if (get().recordKey === key) set({ record, recordMissing: !record, error: undefined });
      } catch (error) {
        fail(error);
      }
    },

    async openExerciseHistory(address) {
      if (get().exerciseAddress !== address) set({ exerciseAddress: address, exerciseHistory: undefined });
      try {
        const exerciseHistory = await workerApi().exerciseHistory({ address });
        if (get().exerciseAddress === address) set({ exerciseHistory, error: undefined });
      } catch (error) {
        fail(error);
      }
    },
  };
});

/**
 * Loads what the history screens show and re-reads it when records or exercise names
 * arrive, or when the signed-in account changes; returns the unsubscribe.
 */
export function followHistoryChanges(): () => void {
  const reload = coalesce(async () => {
    const state = useHistoryStore.getState();
    await Promise.all([
      state.reloadRecords(),
      state.showMonth(state.calendarMonth),
      state.selectedDay === undefined ? undefined : state.selectDay(state.selectedDay),
      state.recordKey === undefined ? undefined : state.openRecord(state.recordKey),
      state.exerciseAddress === undefined ? undefined : state.openExerciseHistory(state.exerciseAddress),
    ]);
  });
  void reload();
  const stopEvents = listen((event) => {
    if (event.type === 'events-ingested' && event.payload.kinds.some((kind) => HISTORY_KINDS.includes(kind))) void reload();
  });
  const stopAccount = useAccountStore.subscribe((state, previous) => {
    if (pubkeyOf(state.account) !== pubkeyOf(previous.account)) void reload();
  });
  return () => {
    stopEvents();
    stopAccount();
  };
}

function pubkeyOf(account: AccountState | undefined): string | undefined {
  return account && account.status !== 'signed-out' ? account.pubkey : undefined;
}

function currentMonth(): CalendarMonth {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() };
}

/** Local midnight of a day as unix seconds; months and days past the end roll over. */
export function localSeconds(year: number, month: number, day: number): number {
  return Math.floor(new Date(year, month, day).getTime() / 1000);
}
