import type { FormatPresetId } from '../domain/exercise-draft';
import { labelOf } from '../domain/muscles';
import type { SetType } from '../domain/tag-values';
import { formatDecimal, fromKg, type WeightUnit } from '../domain/units';

/** The one way Plates words sets, durations, clocks, volumes, weights, dates and counts, on every screen. */

/** How an exercise the library does not have (yet) is named everywhere. */
export const MISSING_EXERCISE_TITLE = 'Exercise not on this device yet';

export const SET_TYPE_NAMES: Record<SetType, string> = {
  warmup: 'Warm-up',
  normal: 'Normal',
  drop: 'Drop set',
  failure: 'To failure',
};

/** The letter of each set type; in a list of sets a normal set shows its number instead (see setChipLabels). */
export const SET_TYPE_LETTERS: Record<SetType, string> = { warmup: 'W', normal: 'N', drop: 'D', failure: 'F' };

/** What each set's chip shows, as gym apps number sets: warm-ups "W", drop "D", failure "F", working sets 1, 2, 3… (no type = normal). */
export function setChipLabels(setTypes: ReadonlyArray<SetType | undefined>): string[] {
  let working = 0;
  return setTypes.map((setType = 'normal') => {
    if (setType !== 'warmup') working++;
    return setType === 'normal' ? String(working) : SET_TYPE_LETTERS[setType];
  });
}

/** A bare weight figure in the person's unit, without the unit: "82.5". */
export function weightNumber(kg: number, unit: WeightUnit): string {
  return formatDecimal(fromKg(kg, unit));
}

const wholeNumber = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** A volume in the person's unit, a large round figure grouped for reading: "4,350 kg". */
export function formatVolume(kg: number, unit: WeightUnit): string {
  return `${wholeNumber.format(fromKg(kg, unit))} ${unit}`;
}

/** Seconds as a running clock: "4:05", "1:02:09". */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** How long a workout took, to the minute: "45 min", "1 h 5 min", "2 h"; under a minute in seconds, "40 s". */
export function formatDuration(totalSeconds: number): string {
  if (totalSeconds < 60) return `${Math.max(0, Math.round(totalSeconds))} s`;
  const minutes = Math.round(totalSeconds / 60);
  const h = Math.floor(minutes / 60);
  if (h === 0) return `${minutes} min`;
  return minutes % 60 === 0 ? `${h} h` : `${h} h ${minutes % 60} min`;
}

/** A rest between sets, to the second: "45 s", "3 min", "2 min 30 s". */
export function formatRest(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = Math.round(totalSeconds % 60);
  if (minutes === 0) return `${seconds} s`;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

const timeOfDayFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
const dateAndTimeFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
const dayWithYearFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const shortDateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' });

/** A day (unix seconds): "Tue, 12 Nov", with the year when it is not this year. */
export function formatDay(unixSeconds: number, now = new Date()): string {
  const date = new Date(unixSeconds * 1000);
  return (date.getFullYear() === now.getFullYear() ? dayFormat : dayWithYearFormat).format(date);
}

/** A day and its time (unix seconds): "Tue, 12 Nov · 18:05". */
export function formatDayAndTime(unixSeconds: number, now = new Date()): string {
  return `${formatDay(unixSeconds, now)} · ${timeFormat.format(unixSeconds * 1000)}`;
}

/** A short date for chart axes (unix seconds): "12 Nov". */
export function formatShortDate(unixSeconds: number): string {
  return shortDateFormat.format(unixSeconds * 1000);
}

/** A month: "November 2026" (month 0–11, as Date counts them). */
export function formatMonth(year: number, month: number): string {
  return monthFormat.format(new Date(year, month, 1));
}

/** A moment (ms since the epoch), as status lines show it: the clock time to the second today, else day, month and time. */
export function formatMoment(ms: number, now = Date.now()): string {
  const sameDay = new Date(ms).toDateString() === new Date(now).toDateString();
  return (sameDay ? timeOfDayFormat : dateAndTimeFormat).format(ms);
}

/** A count with its noun: "1 set", "18 sets", "2 relays"; an irregular plural is given: formatCount(3, 'entry', 'entries'). */
export function formatCount(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/** How each NIP-101e set parameter is named on screen ("Logged per set", the exercise editor); others read as their slug. */
const PARAMETER_LABELS: Readonly<Record<string, string>> = {
  weight: 'Weight',
  reps: 'Reps',
  rpe: 'RPE',
  set_type: 'Set type',
  duration: 'Duration',
  distance: 'Distance',
};

export function parameterName(name: string): string {
  return Object.hasOwn(PARAMETER_LABELS, name) ? (PARAMETER_LABELS[name] ?? name) : labelOf(name);
}

/** A format_units value as a person reads it: "0–10", "seconds", "miles", "W/N/D/F" (the set types); an unknown unit as written. */
export function unitName(unit: string): string {
  const names: Record<string, string> = {
    count: 'count',
    '0-10': '0–10',
    'warmup|normal|drop|failure': Object.values(SET_TYPE_LETTERS).join('/'),
    seconds: 'seconds',
    m: 'metres',
    mi: 'miles',
  };
  return Object.hasOwn(names, unit) ? (names[unit] ?? unit) : unit;
}

/** The exercise editor's format presets. */
export const FORMAT_PRESET_NAMES: Record<FormatPresetId, string> = {
  strength: 'Strength',
  bodyweight: 'Bodyweight',
  timed: 'Timed',
  distance: 'Distance',
  cardio: 'Cardio',
  carry: 'Carry',
};

/** A format in words: "Weight · Reps · RPE · Set type". */
export function formatParameters(names: readonly string[]): string {
  return names.map(parameterName).join(' · ');
}

/** The title a copy starts with: "Barbell Squat (copy)". */
export function copyTitle(title: string): string {
  return `${title} (copy)`;
}
