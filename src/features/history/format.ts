import { formatDecimal, fromKg, type WeightUnit } from '../../domain/units';

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
const dayWithYearFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const shortDateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const wholeNumber = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** "Tue, 12 Nov", with the year when it is not this year. */
export function formatDay(unixSeconds: number, now = new Date()): string {
  const date = new Date(unixSeconds * 1000);
  return (date.getFullYear() === now.getFullYear() ? dayFormat : dayWithYearFormat).format(date);
}

/** "Tue, 12 Nov · 18:05". */
export function formatDayAndTime(unixSeconds: number): string {
  return `${formatDay(unixSeconds)} · ${timeFormat.format(unixSeconds * 1000)}`;
}

/** "12 Nov", for chart axes. */
export function formatShortDate(unixSeconds: number): string {
  return shortDateFormat.format(unixSeconds * 1000);
}

/** "1 h 05 min", "45 min", "under a minute". */
export function formatDuration(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 1) return 'under a minute';
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** A workout's volume, a large round figure: "4,250 kg". */
export function formatVolume(kg: number, unit: WeightUnit): string {
  return `${wholeNumber.format(fromKg(kg, unit))} ${unit}`;
}

/** A count with its noun: "1 set", "18 sets". */
export function plural(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}

/** A bare weight figure in the person's unit, without the unit: "82.5". */
export function weightNumber(kg: number, unit: WeightUnit): string {
  return formatDecimal(fromKg(kg, unit));
}
