import { canonicalSetType } from './tag-values';
import { KG_PER_LB, type WeightUnit } from './units';

/**
 * What an exercise logs per set (its `format` and `format_units`, NIP-101e), and the units
 * Plates converts between: the values of a set are kept by meaning (kg, seconds, metres) and
 * written in the exercise's own units and order (see set-values.ts).
 */
export interface ExerciseFormat {
  names: readonly string[];
  /** Units in the same positions as names. */
  units: readonly string[];
}

/** The set-type list, as format_units writes it. */
export const SET_TYPE_UNIT = 'warmup|normal|drop|failure';

/** NIP-101e's weight, reps, rpe, set_type: the format of most lifts, and the one assumed when a set's exercise is unknown. */
export const STRENGTH_FORMAT: ExerciseFormat = {
  names: ['weight', 'reps', 'rpe', 'set_type'],
  units: ['kg', 'count', '0-10', SET_TYPE_UNIT],
};

/** POWR's React Native app records weight, reps and set type, without RPE (docs/dialects.md). */
const POWR_NATIVE_FORMAT: ExerciseFormat = { names: ['weight', 'reps', 'set_type'], units: ['kg', 'count', SET_TYPE_UNIT] };

/** POWR's React Native app refers to exercises it made on the device as "33401:local:<id>". */
const POWR_NATIVE_REFERENCE = /^33401:local:/;

/**
 * The format a performed set is read in when its exercise is not stored (yet): four values
 * are NIP-101e strength; three from POWR's React Native app are weight, reps, set type.
 * Anything else is not guessed (undefined): its values are shown as written.
 */
export function assumedFormat(params: readonly string[], reference: string): ExerciseFormat | undefined {
  if (params.length === STRENGTH_FORMAT.names.length) return STRENGTH_FORMAT;
  const powrNative = params.length === 3 && POWR_NATIVE_REFERENCE.test(reference) && canonicalSetType(params[2] ?? '') !== undefined;
  return powrNative ? POWR_NATIVE_FORMAT : undefined;
}

export function isStrengthFormat(format: ExerciseFormat): boolean {
  return sameNames(format.names, STRENGTH_FORMAT.names);
}

export function hasParameter(format: ExerciseFormat | undefined, name: string): boolean {
  return format?.names.includes(name) ?? false;
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}

export type DistanceUnit = 'km' | 'm' | 'mi';

export const DISTANCE_UNITS: readonly DistanceUnit[] = ['km', 'm', 'mi'];

/** The international mile (exact by definition). */
export const METRES_PER_MILE = 1609.344;

// Spellings seen in other apps' format_units, by the unit they mean.
const DISTANCE_SPELLINGS: Readonly<Record<string, DistanceUnit>> = {
  km: 'km',
  kilometers: 'km',
  kilometres: 'km',
  m: 'm',
  meters: 'm',
  metres: 'm',
  mi: 'mi',
  mile: 'mi',
  miles: 'mi',
};

const METRES_PER: Readonly<Record<DistanceUnit, number>> = { km: 1000, m: 1, mi: METRES_PER_MILE };

/** A format_units distance unit Plates converts, or undefined for one it does not know. */
export function distanceUnitOf(unit: string): DistanceUnit | undefined {
  return DISTANCE_SPELLINGS[unit.trim().toLowerCase()];
}

export function toMetres(value: number, unit: DistanceUnit): number {
  return value * METRES_PER[unit];
}

export function fromMetres(metres: number, unit: DistanceUnit): number {
  return metres / METRES_PER[unit];
}

/** The distance unit a person reads and types: kilometres with kg, miles with lb. */
export function distanceUnitFor(weightUnit: WeightUnit): 'km' | 'mi' {
  return weightUnit === 'lb' ? 'mi' : 'km';
}

/** Seconds per format_units duration unit Plates converts (NIP-101e writes seconds). */
const SECONDS_PER: Readonly<Record<string, number>> = { seconds: 1, second: 1, sec: 1, s: 1, minutes: 60, minute: 60, min: 60 };

/** How many seconds one of a duration unit is, or undefined for a unit Plates does not know. */
export function secondsPerUnit(unit: string): number | undefined {
  return SECONDS_PER[unit.trim().toLowerCase()];
}

/** Weight units an exercise may write (NIP-101e writes kg; pounds are read too), in kg per unit. */
const KG_PER: Readonly<Record<string, number>> = { kg: 1, kgs: 1, lb: KG_PER_LB, lbs: KG_PER_LB };

export function kgPerUnit(unit: string): number | undefined {
  return KG_PER[unit.trim().toLowerCase()];
}
