import { distanceUnitFor, fromMetres, METRES_PER_MILE, type ExerciseFormat } from '../domain/exercise-format';
import { KNOWN_PARAMETERS, paceSeconds, type SetValues } from '../domain/set-values';
import { formatDecimal, formatWeight, type WeightUnit } from '../domain/units';
import type { SetField } from '../domain/workout-session-types';
import { formatClock, formatVolume, parameterName, unitName } from './format';

/** The one way Plates words a set's values (any format), distances, paces and personal records. */

/** A set's load and reps: "100 kg × 5", "BW × 12" (bodyweight), "10 kg assisted × 8", "12 reps" (a format without weight), "100 kg" (no reps). */
export function formatSetLoad(set: Pick<SetValues, 'weightKg' | 'reps'>, unit: WeightUnit): string {
  if (set.weightKg === undefined && set.reps !== undefined) return `${formatDecimal(set.reps)} reps`;
  const load = loadText(set.weightKg, unit);
  return set.reps === undefined ? load : `${load} × ${formatDecimal(set.reps)}`;
}

function loadText(weightKg: number | null | undefined, unit: WeightUnit): string {
  if (!weightKg) return 'BW';
  return weightKg < 0 ? `${formatWeight(-weightKg, unit)} assisted` : formatWeight(weightKg, unit);
}

/**
 * A performed set in full, in the person's units: "100 kg × 5 @ 8", "1:30 @ 7" (a hold),
 * "2 km in 8:05 · 4:03 /km @ 7" (a row), "40 kg for 0:45" (a carry). Values Plates does not
 * read by meaning follow, labelled with their parameter and unit ("Tempo 3-1-1"); a set whose
 * values did not read at all is shown as written, labelled where its format is known.
 */
export function formatSet(set: SetValues & { params: readonly string[] }, unit: WeightUnit, format?: ExerciseFormat): string {
  let text = measuredText(set, unit);
  if (!text) return rawValues(set.params, format) || '—';
  const pace = formatPace(set, unit);
  if (pace) text += ` · ${pace}`;
  if (set.rpe !== undefined) text += ` @ ${formatDecimal(set.rpe)}`;
  const others = format ? otherValues(set.params, format) : '';
  return others ? `${text} · ${others}` : text;
}

/**
 * A set in short, for the workout's Previous column: what was lifted, held or covered, without
 * RPE, pace or other values ("100 kg × 5", "1:30", "2 km in 8:05"); as written when nothing
 * reads by meaning.
 */
export function formatSetShort(set: SetValues & { params: readonly string[] }, unit: WeightUnit, format?: ExerciseFormat): string {
  return measuredText(set, unit) || rawValues(set.params, format) || '—';
}

/** Load and reps, distance and time: "100 kg × 5", "1:30", "2 km in 8:05", "40 kg for 0:45"; '' when none was given. */
function measuredText(set: SetValues, unit: WeightUnit): string {
  const parts: string[] = [];
  const hasLoad = set.weightKg !== undefined || set.reps !== undefined;
  if (hasLoad) parts.push(formatSetLoad(set, unit));
  if (set.distanceMetres !== undefined) parts.push(formatDistance(set.distanceMetres, unit));
  const text = parts.join(' · ');
  if (set.durationSeconds === undefined) return text;
  const clock = formatClock(set.durationSeconds);
  // "for" a held load (a carry), "in" for reps or a distance done in a time.
  const joiner = set.distanceMetres !== undefined || set.reps !== undefined ? 'in' : 'for';
  return text ? `${text} ${joiner} ${clock}` : clock;
}

/** Values of parameters Plates does not read by meaning, labelled: "Tempo 3-1-1 · Band red". */
function otherValues(params: readonly string[], format: ExerciseFormat): string {
  if (params.length !== format.names.length) return '';
  return format.names
    .flatMap((name, i) =>
      KNOWN_PARAMETERS.has(name) || !params[i]?.trim() ? [] : [labelled(name, format.units[i] ?? '', params[i] ?? '')],
    )
    .join(' · ');
}

function rawValues(params: readonly string[], format: ExerciseFormat | undefined): string {
  if (!format || params.length !== format.names.length) return params.filter((param) => param.trim() !== '').join(' · ');
  return format.names
    .flatMap((name, i) => (name === 'set_type' || !params[i]?.trim() ? [] : [labelled(name, format.units[i] ?? '', params[i] ?? '')]))
    .join(' · ');
}

function labelled(name: string, unit: string, value: string): string {
  // A count or the RPE scale goes without saying.
  const unitText = unit && unit !== 'count' && unit !== '0-10' ? ` ${unitName(unit)}` : '';
  return `${parameterName(name)} ${value.trim()}${unitText}`;
}

/** A distance in the person's unit: "2 km", "5.21 km", "400 m" under a kilometre, "1.24 mi". */
export function formatDistance(metres: number, unit: WeightUnit): string {
  const distanceUnit = distanceUnitFor(unit);
  if (distanceUnit === 'km' && Math.abs(metres) < 1000) return `${Math.round(metres)} m`;
  return `${distanceNumber(metres, unit, 2)} ${distanceUnit}`;
}

/** A distance as a bare number in the person's km or miles, to `decimals` (trailing zeros dropped): "2.5". */
export function distanceNumber(metres: number, unit: WeightUnit, decimals = 3): string {
  const factor = 10 ** decimals;
  const value = Math.round(fromMetres(metres, distanceUnitFor(unit)) * factor) / factor;
  return String(value === 0 ? 0 : value);
}

/** The pace of a set with a distance and a time, per km or mile by the person's unit: "4:03 /km"; undefined without both. */
export function formatPace(set: Pick<SetValues, 'distanceMetres' | 'durationSeconds'>, unit: WeightUnit): string | undefined {
  const distanceUnit = distanceUnitFor(unit);
  const pace = paceSeconds(set, distanceUnit === 'mi' ? METRES_PER_MILE : 1000);
  return pace === undefined ? undefined : paceText(pace, unit);
}

/** Seconds per km given, in the person's unit: "4:03 /km", "6:31 /mi". */
export function formatPaceSeconds(secondsPerKm: number, unit: WeightUnit): string {
  return paceText(distanceUnitFor(unit) === 'mi' ? (secondsPerKm * METRES_PER_MILE) / 1000 : secondsPerKm, unit);
}

/** The pace shown under a set with a distance and a time: "Pace 4:03 /km"; undefined without both. */
export function formatPaceNote(set: Pick<SetValues, 'distanceMetres' | 'durationSeconds'>, unit: WeightUnit): string | undefined {
  const pace = formatPace(set, unit);
  return pace && `Pace ${pace}`;
}

function paceText(seconds: number, unit: WeightUnit): string {
  return `${formatClock(Math.round(seconds))} /${distanceUnitFor(unit)}`;
}

/** A field of a set the person types into (set_type is its chip). */
export type SetValueField = Exclude<SetField, 'setType'>;

/** How a set's field is named where it is typed: "Weight", "Time", "Distance", "Tempo" ("Time, set 1"). */
export function setFieldName(field: SetValueField): string {
  switch (field) {
    case 'weight':
      return 'Weight';
    case 'reps':
      return 'Reps';
    case 'rpe':
      return 'RPE';
    case 'duration':
      return 'Time';
    case 'distance':
      return 'Distance';
    default:
      return parameterName(field.slice('param:'.length));
  }
}

/** A set table's column heading: a weight's or distance's unit in the person's units ("kg", "mi"), else the field's name. */
export function setColumnHeading(field: SetValueField, unit: WeightUnit): string {
  if (field === 'weight') return unit;
  if (field === 'distance') return distanceUnitFor(unit);
  return setFieldName(field);
}

/** A personal record's claim (personal-records.ts), or another app's, as lists show it. */
export interface PrClaim {
  metric: string;
  value: number;
  /** `reps` at a load: the load, kg. */
  weightKg?: number;
}

/** What a personal record measures and its value, in the person's units: "Longest hold", "1:30". */
export function prText(claim: PrClaim, unit: WeightUnit): { label: string; value: string } {
  const value = prValue(claim.metric, claim.value, unit);
  switch (claim.metric) {
    case 'weight':
      return { label: 'Heaviest weight', value };
    case 'reps':
      return { label: claim.weightKg ? `Most reps at ${formatWeight(claim.weightKg, unit)}` : 'Most reps in a set', value };
    case 'e1rm':
      return { label: 'Best estimated 1RM', value };
    case 'volume':
      return { label: 'Best volume', value };
    case 'duration':
      return { label: 'Longest time', value };
    case 'distance':
      return { label: 'Longest distance', value };
    case 'pace':
      return { label: 'Fastest pace', value };
    default:
      // Another app's metric: its name and value as written.
      return { label: claim.metric, value };
  }
}

/** A PR metric's value (or the one it beat) in the person's units. */
export function prValue(metric: string, value: number, unit: WeightUnit): string {
  switch (metric) {
    case 'weight':
    case 'e1rm':
      return formatWeight(value, unit);
    case 'reps':
      return `${formatDecimal(value)} reps`;
    case 'volume':
      return formatVolume(value, unit);
    case 'duration':
      return formatClock(value);
    case 'distance':
      return formatDistance(value, unit);
    case 'pace':
      return formatPaceSeconds(value, unit);
    default:
      return formatDecimal(value);
  }
}
