import { validLocalDateTime, type LocalDateTime } from './local-date-time';
import type { DateOrder } from './training-file';

/**
 * Dates as Strong and Hevy write them, without a zone: "2025-07-23 19:16:49" (Strong), and
 * Hevy's in the phone's locale: "28 Mar 2025, 17:29", "May 15, 2026, 7:26 PM",
 * "05.06.2026, 07:30", 24- or 12-hour, English month names. A numeric day and month
 * (05.06.2026) are read in the order the whole file allows (see date-orders.ts).
 */
export type WrittenDate = { kind: 'fixed'; local: LocalDateTime } | NumericDate;

/** Day and month both numbers, in an order the date alone cannot tell. */
export interface NumericDate {
  kind: 'numeric';
  first: number;
  second: number;
  year: number;
  clock: Clock;
}

interface Clock {
  hour: number;
  minute: number;
  second: number;
}

const CLOCK = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s*m\.?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?:,?\s+|T)${CLOCK}$`, 'i');
const DAY_MONTH_NAME = new RegExp(String.raw`^(\d{1,2})\.?\s+([a-z]+)\.?,?\s+(\d{4}),?\s+${CLOCK}$`, 'i');
const MONTH_NAME_DAY = new RegExp(String.raw`^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4}),?\s+${CLOCK}$`, 'i');
const NUMERIC = new RegExp(String.raw`^(\d{1,2})([-./])(\d{1,2})\2(\d{4}|\d{2}),?\s+${CLOCK}$`, 'i');

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The date written in `text`, or undefined when it is none of the forms above or no such day or time. */
export function readWrittenDate(text: string): WrittenDate | undefined {
  // iOS puts a narrow no-break space before AM/PM.
  const normal = text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  let match = YEAR_FIRST.exec(normal);
  if (match) return fixed(Number(match[1]), Number(match[2]), Number(match[3]), match.slice(4));
  match = DAY_MONTH_NAME.exec(normal);
  if (match) return fixed(Number(match[3]), monthNamed(match[2]), Number(match[1]), match.slice(4));
  match = MONTH_NAME_DAY.exec(normal);
  if (match) return fixed(Number(match[3]), monthNamed(match[1]), Number(match[2]), match.slice(4));
  match = NUMERIC.exec(normal);
  if (!match) return undefined;
  const clock = readClock(match.slice(5));
  const yearText = match[4] ?? '';
  if (!clock) return undefined;
  const year = Number(yearText) + (yearText.length === 2 ? 2000 : 0);
  return { kind: 'numeric', first: Number(match[1]), second: Number(match[3]), year, clock };
}

/** The calendar date and time of `date` read in `order`, or undefined when that order gives no such day. */
export function dateInOrder(date: WrittenDate, order: DateOrder): LocalDateTime | undefined {
  if (date.kind === 'fixed') return date.local;
  const [day, month] = order === 'day-month' ? [date.first, date.second] : [date.second, date.first];
  return validLocalDateTime({ year: date.year, month, day, ...date.clock });
}

function fixed(year: number, month: number, day: number, clockParts: readonly (string | undefined)[]): WrittenDate | undefined {
  const clock = readClock(clockParts);
  const local = clock && validLocalDateTime({ year, month, day, ...clock });
  return local && { kind: 'fixed', local };
}

/** 1–12 for an English month name or its abbreviation ("Mar", "Sept", "March"); 0 (no month) otherwise. */
function monthNamed(word: string | undefined): number {
  const lower = (word ?? '').toLowerCase();
  return lower.length < 3 ? 0 : MONTHS.findIndex((name) => name.startsWith(lower)) + 1;
}

function readClock([hourText, minuteText, secondText, meridiem]: readonly (string | undefined)[]): Clock | undefined {
  let hour = Number(hourText);
  const minute = Number(minuteText);
  const second = secondText === undefined ? 0 : Number(secondText);
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  return { hour, minute, second };
}
