import { workerApi } from '../../lib/worker-client';
import type { RecordSummary } from '../../worker/api';
import { appPagedQuery, appQuery } from './app-query';

/** A calendar month in local time; `month` is 0–11. */
export interface CalendarMonth {
  year: number;
  month: number;
}

/** The person's workouts, newest first, 20 at a time. */
export const recordsQuery = appPagedQuery<Record<string, never>, RecordSummary>('records', 20, async (_params, { limit, after }) => {
  const items = await workerApi().listRecords({ limit, ...(after ? { after: { start: after.start, key: after.key } } : {}) });
  return { items, meta: undefined };
});

/** Start times (unix seconds) of the workouts in a month, for the calendar's dots. */
export const workoutDaysQuery = appQuery('workout-days', ({ year, month }: CalendarMonth) =>
  workerApi().listWorkoutDays({ from: localSeconds(year, month, 1), to: localSeconds(year, month + 1, 1) }),
);

/** The workouts of one day, given as its local midnight in unix seconds. */
export const dayRecordsQuery = appQuery('day-records', (dayStart: number) => {
  const date = new Date(dayStart * 1000);
  return workerApi().listRecords({ from: dayStart, to: localSeconds(date.getFullYear(), date.getMonth(), date.getDate() + 1), limit: 50 });
});

/** One workout record by key; undefined when it is not on this device. */
export const recordQuery = appQuery('record', (key: string) => workerApi().getRecord({ key }));

export const exerciseHistoryQuery = appQuery('exercise-history', (address: string) => workerApi().exerciseHistory({ address }));

/** An exercise's sets the last time it was done, for the logger's "previous" column. */
export const previousSetsQuery = appQuery('previous-performance', async (address: string) => {
  const found = await workerApi().previousPerformance({ exerciseAddresses: [address] });
  return found[address] ?? [];
});

/** Local midnight of a day as unix seconds; months and days past the end roll over. */
export function localSeconds(year: number, month: number, day: number): number {
  return Math.floor(new Date(year, month, day).getTime() / 1000);
}
