import { fail, ok, type ParseResult } from '../result';
import { parseDecimal } from '../tag-values';
import { roundKg } from '../units';

/** A number as Strong and Hevy write it: "62.5", or "62,5" with the decimal comma of European locales. */
export function readCsvNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return parseDecimal(/^[+-]?\d*,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed);
}

/**
 * A count, time, distance or RPE: '' and 0 are "not used" (Strong's comma export writes 0 in
 * every column a set does not use, Hevy 0 seconds on lifts and 0 reps on timed sets).
 * Refused when it is not a number, negative, or over `max`.
 */
export function readAmount(column: string, text: string, max?: number): ParseResult<number | undefined> {
  const trimmed = text.trim();
  if (trimmed === '') return ok(undefined);
  const value = readCsvNumber(trimmed);
  if (value === undefined) return fail(`${column} '${trimmed}' is not a number`);
  if (value < 0) return fail(`${column} '${trimmed}' is negative`);
  if (max !== undefined && value > max) return fail(`${column} '${trimmed}' is over ${max}`);
  return ok(value === 0 ? undefined : value);
}

/**
 * A weight in kg: '' and 0 are bodyweight (null; Strong writes 0 for bodyweight exercises).
 * A negative weight is assistance, as Plates' own export writes it (Strong and Hevy write an
 * assisted exercise's help as a positive weight).
 */
export function readWeight(column: string, text: string, kgPerUnit: number): ParseResult<number | null> {
  const trimmed = text.trim();
  if (trimmed === '') return ok(null);
  const value = readCsvNumber(trimmed);
  if (value === undefined) return fail(`${column} '${trimmed}' is not a number`);
  return ok(value === 0 ? null : roundKg(value * kgPerUnit));
}
