import { create } from 'zustand';
import type { CalendarMonth } from './queries/history-queries';

export type HistoryView = 'list' | 'calendar';

interface HistoryState {
  view: HistoryView;
  /** The month the calendar shows; its workouts are `workoutDaysQuery` for it. */
  calendarMonth: CalendarMonth;
  /** Local midnight (unix seconds) of the day tapped in the calendar; its workouts are `dayRecordsQuery`. */
  selectedDay?: number;
  setView(view: HistoryView): void;
  showMonth(month: CalendarMonth): void;
  selectDay(dayStart: number | undefined): void;
}

/** How History is looked at; what it shows is read through the history queries. */
export const useHistoryStore = create<HistoryState>((set) => ({
  view: 'list',
  calendarMonth: currentMonth(),
  setView: (view) => set({ view }),
  showMonth: (calendarMonth) => set({ calendarMonth, selectedDay: undefined }),
  selectDay: (selectedDay) => set({ selectedDay }),
}));

function currentMonth(): CalendarMonth {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() };
}
