import { localSeconds, type CalendarMonth } from '../../store/queries/history-queries';

export interface CalendarDay {
  /** Local midnight, unix seconds. */
  dayStart: number;
  dayOfMonth: number;
}

/** The month's days in weeks starting on Monday; null pads the first and last week. */
export function monthWeeks({ year, month }: CalendarMonth): Array<Array<CalendarDay | null>> {
  const daysInMonth = new Date(year, month + 1, 0).getDate();
  // getDay() is 0 for Sunday: Monday-first puts Sunday last.
  const lead = (new Date(year, month, 1).getDay() + 6) % 7;
  const cells: Array<CalendarDay | null> = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= daysInMonth; day++) cells.push({ dayStart: localSeconds(year, month, day), dayOfMonth: day });
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/** Local midnight of the day an instant falls on, unix seconds. */
export function dayStartOf(unixSeconds: number): number {
  const date = new Date(unixSeconds * 1000);
  return localSeconds(date.getFullYear(), date.getMonth(), date.getDate());
}

export function shiftMonth({ year, month }: CalendarMonth, by: number): CalendarMonth {
  const date = new Date(year, month + by, 1);
  return { year: date.getFullYear(), month: date.getMonth() };
}

const narrowWeekday = new Intl.DateTimeFormat(undefined, { weekday: 'narrow' });
const longWeekday = new Intl.DateTimeFormat(undefined, { weekday: 'long' });

/** Weekday names, Monday first, in the person's language ("M" and "Monday"). */
export const WEEKDAYS = Array.from({ length: 7 }, (_, i) => {
  // 1 January 2024 was a Monday.
  const date = new Date(2024, 0, 1 + i);
  return { narrow: narrowWeekday.format(date), long: longWeekday.format(date) };
});
