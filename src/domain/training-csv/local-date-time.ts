/**
 * A wall-clock time without a zone, as Strong and Hevy write them, and its unix time in this
 * device's zone: the export was made on the person's phone, most likely in the zone they are in.
 */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The fields as a calendar date and clock, or undefined when there is no such day or time (31 April, 24:10). */
export function validLocalDateTime(fields: LocalDateTime): LocalDateTime | undefined {
  const { year, month, day, hour, minute, second } = fields;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return fields;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function unixSecondsOf(local: LocalDateTime): number {
  return Math.floor(new Date(local.year, local.month - 1, local.day, local.hour, local.minute, local.second).getTime() / 1000);
}

export function localDateTimeAt(unixSeconds: number): LocalDateTime {
  const date = new Date(unixSeconds * 1000);
  return {
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    hour: date.getHours(),
    minute: date.getMinutes(),
    second: date.getSeconds(),
  };
}

/** "2025-07-23 19:16:49": Strong's Date, and the start in a workout's key. */
export function formatLocalDateTime(local: LocalDateTime): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return `${local.year}-${two(local.month)}-${two(local.day)} ${two(local.hour)}:${two(local.minute)}:${two(local.second)}`;
}
