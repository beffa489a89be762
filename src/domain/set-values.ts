import { distanceUnitOf, fromMetres, kgPerUnit, secondsPerUnit, toMetres, type ExerciseFormat } from './exercise-format';
import { fail, ok, type ParseResult } from './result';
import { canonicalSetType, parseDecimal, parseSeconds, type SetType } from './tag-values';
import { roundKg } from './units';

/**
 * A performed or prescribed set's values by meaning, in Plates' own units, whatever order and
 * units its exercise writes them in. Figures (volume, e1RM, pace, PRs) and displays read these;
 * `params` (the values as written) stay beside them for what has no meaning here.
 */
export interface SetValues {
  /** kg; null = bodyweight or no load ("" in NIP-101e, "0" in one client), negative = assistance. */
  weightKg?: number | null;
  reps?: number;
  rpe?: number;
  setType?: SetType;
  durationSeconds?: number;
  distanceMetres?: number;
}

/** The parameters Plates reads by meaning; any other is kept and shown as written. */
export const KNOWN_PARAMETERS: ReadonlySet<string> = new Set(['weight', 'reps', 'rpe', 'set_type', 'duration', 'distance']);

/**
 * Reads `params` in `format`'s order and units. An empty value is "not given" (a weight's is
 * bodyweight). Refused, with the parameter and the reason, when a value does not fit its
 * unit (text in a number, a negative time or distance, RPE over 10) or the counts differ:
 * the caller keeps the set as written and counts it nowhere.
 */
export function readSetValues(params: readonly string[], format: ExerciseFormat): ParseResult<SetValues> {
  if (params.length !== format.names.length) {
    return fail(`${params.length} values for the ${format.names.length} of its format (${format.names.join(', ')})`);
  }
  const values: SetValues = {};
  for (let i = 0; i < params.length; i++) {
    const problem = readValue(format.names[i] ?? '', format.units[i] ?? '', (params[i] ?? '').trim(), values);
    if (problem) return fail(problem);
  }
  if (values.durationSeconds === 0 && values.distanceMetres) return fail(`a distance in 0 seconds is a pace of 0`);
  return ok(values);
}

function readValue(name: string, unit: string, text: string, values: SetValues): string | undefined {
  if (name === 'weight') {
    if (text === '') {
      values.weightKg = null;
      return undefined;
    }
    const perUnit = kgPerUnit(unit);
    if (perUnit === undefined) return `weight unit '${unit}' is not kg or lb`;
    const value = parseDecimal(text);
    if (value === undefined) return `weight '${text}' is not a number`;
    // Negative is assistance (NIP-101e); 0 is one client's bodyweight.
    values.weightKg = value === 0 ? null : roundKg(value * perUnit);
    return undefined;
  }
  if (text === '') return undefined;
  switch (name) {
    case 'reps': {
      const value = parseDecimal(text);
      if (value === undefined) return `reps '${text}' is not a number`;
      if (value < 0) return `reps '${text}' is negative`;
      values.reps = value;
      return undefined;
    }
    case 'rpe': {
      const value = parseDecimal(text);
      if (value === undefined) return `rpe '${text}' is not a number`;
      if (value < 0 || value > 10) return `rpe '${text}' is outside 0–10`;
      values.rpe = value;
      return undefined;
    }
    case 'set_type': {
      const value = canonicalSetType(text);
      if (!value) return `set type '${text}' is not one of warmup, normal, drop, failure`;
      values.setType = value;
      return undefined;
    }
    case 'duration': {
      const perUnit = secondsPerUnit(unit) ?? (unit.trim() === '' ? 1 : undefined);
      if (perUnit === undefined) return `duration unit '${unit}' is not seconds or minutes`;
      if ((parseDecimal(text) ?? 0) < 0) return `duration '${text}' is negative`;
      const seconds = parseSeconds(text);
      if (seconds === undefined) return `duration '${text}' is not a time (seconds, mm:ss or hh:mm:ss)`;
      values.durationSeconds = seconds * perUnit;
      return undefined;
    }
    case 'distance': {
      const distanceUnit = distanceUnitOf(unit);
      if (!distanceUnit) return `distance unit '${unit}' is not km, m or mi`;
      const value = parseDecimal(text);
      if (value === undefined) return `distance '${text}' is not a number`;
      if (value < 0) return `distance '${text}' is negative`;
      values.distanceMetres = roundMetres(toMetres(value, distanceUnit));
      return undefined;
    }
    default:
      return undefined;
  }
}

export interface WriteOptions {
  /**
   * `empty`: a parameter the set has no value for is written "" (not given), as an import
   * must where the source app did not ask for it (Strong's and Hevy's RPE is optional).
   * `refuse` (the default): every parameter needs a value, as NIP-101e asks of a record.
   */
  missing?: 'refuse' | 'empty';
}

/**
 * The values written in `format`'s order and units, for a record or a template: every
 * parameter needs a value (NIP-101e), except a weight, whose "" is bodyweight; `other` holds
 * the values of parameters Plates does not read by meaning, as typed. Refused with the
 * first parameter whose unit Plates cannot write, or that has no value (unless `missing` is `empty`).
 */
export function writeSetParams(
  values: SetValues,
  format: ExerciseFormat,
  other: Readonly<Record<string, string>> = {},
  { missing = 'refuse' }: WriteOptions = {},
): ParseResult<string[]> {
  const params: string[] = [];
  for (let i = 0; i < format.names.length; i++) {
    const name = format.names[i] ?? '';
    const written = writeValue(name, format.units[i] ?? '', values, other);
    if (written !== undefined) params.push(written);
    else if (hasValue(name, values, other)) return fail(`${name} is in a unit Plates cannot write ('${format.units[i] ?? ''}')`);
    else if (missing === 'empty') params.push('');
    else return fail(`${name} has no value`);
  }
  return ok(params);
}

function hasValue(name: string, values: SetValues, other: Readonly<Record<string, string>>): boolean {
  const byMeaning: Record<string, unknown> = {
    weight: values.weightKg,
    reps: values.reps,
    rpe: values.rpe,
    set_type: values.setType,
    duration: values.durationSeconds,
    distance: values.distanceMetres,
  };
  return KNOWN_PARAMETERS.has(name) ? byMeaning[name] !== undefined : Boolean(other[name]?.trim());
}

function writeValue(name: string, unit: string, values: SetValues, other: Readonly<Record<string, string>>): string | undefined {
  switch (name) {
    case 'weight': {
      const perUnit = kgPerUnit(unit);
      if (perUnit === undefined || values.weightKg === undefined) return undefined;
      return values.weightKg === null ? '' : String(roundDecimals(values.weightKg / perUnit, 3));
    }
    case 'reps':
      return values.reps === undefined ? undefined : String(values.reps);
    case 'rpe':
      return values.rpe === undefined ? undefined : String(values.rpe);
    case 'set_type':
      return values.setType;
    case 'duration': {
      const perUnit = secondsPerUnit(unit) ?? (unit.trim() === '' ? 1 : undefined);
      if (perUnit === undefined || values.durationSeconds === undefined) return undefined;
      return String(roundDecimals(values.durationSeconds / perUnit, 2));
    }
    case 'distance': {
      const distanceUnit = distanceUnitOf(unit);
      if (!distanceUnit || values.distanceMetres === undefined) return undefined;
      // Millimetres in any unit (a mile's six decimals are 1.6 mm): a distance reads back to the centimetre.
      return String(roundDecimals(fromMetres(values.distanceMetres, distanceUnit), distanceUnit === 'm' ? 3 : 6));
    }
    default: {
      const text = other[name]?.trim();
      return text ? text : undefined;
    }
  }
}

/**
 * Pace in seconds per `unitMetres` (1000 for /km): undefined without a positive distance and
 * duration, so a set of 0 m or 0 s has no pace rather than an infinite or zero one.
 */
export function paceSeconds(values: Pick<SetValues, 'distanceMetres' | 'durationSeconds'>, unitMetres = 1000): number | undefined {
  const { distanceMetres, durationSeconds } = values;
  if (!distanceMetres || !durationSeconds || distanceMetres <= 0 || durationSeconds <= 0) return undefined;
  return (durationSeconds / distanceMetres) * unitMetres;
}

/** Metres to the centimetre: a km or mile value typed with three decimals reads back the same. */
export function roundMetres(metres: number): number {
  return roundDecimals(metres, 2);
}

function roundDecimals(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}
