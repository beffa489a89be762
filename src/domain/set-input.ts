import { fail, ok, type ParseResult } from './result';
import { fromMetres, toMetres } from './exercise-format';
import { roundMetres } from './set-values';
import { canonicalSetType, parseDecimal, parseSeconds, type SetType } from './tag-values';
import { formatDecimal, fromKg, roundKg, toKg, type WeightUnit } from './units';

/**
 * What a person types into a set's fields, checked at the input. A refusal carries a
 * message meant for that person; the caller keeps the rest of the set as it was.
 */

export const MAX_WEIGHT_KG = 1000;
export const MAX_REPS = 1000;
export const MAX_RPE = 10;
/** A day: no set lasts longer. */
export const MAX_DURATION_SECONDS = 24 * 3600;
export const MAX_DISTANCE_METRES = 1_000_000;

/**
 * A weight typed in the person's unit, as kg to the gram. Empty (or 0) is bodyweight or
 * no load: null, which a record writes as "" (NIP-101e). A decimal comma is read as a point.
 */
export function parseWeightInput(text: string, unit: WeightUnit): ParseResult<number | null> {
  const trimmed = text.trim();
  if (trimmed === '') return ok(null);
  const value = readNumber(trimmed);
  if (value === undefined) return fail(`Weight must be a number, like ${unit === 'kg' ? '82.5' : '185'}.`);
  if (value < 0) return fail('Weight can’t be negative.');
  const kg = roundKg(toKg(value, unit));
  if (kg > MAX_WEIGHT_KG) return fail(`Weight must be at most ${formatDecimal(fromKg(MAX_WEIGHT_KG, unit))} ${unit}.`);
  // "0" is read as bodyweight too, as records read it: otherwise it would not survive a round trip.
  return ok(kg === 0 ? null : kg);
}

/** Reps as a whole number from 0 to 1000; empty is "not entered yet" (undefined). */
export function parseRepsInput(text: string): ParseResult<number | undefined> {
  const trimmed = text.trim();
  if (trimmed === '') return ok(undefined);
  const value = readNumber(trimmed);
  if (value === undefined) return fail('Reps must be a whole number, like 8.');
  if (value < 0) return fail('Reps can’t be negative.');
  if (!Number.isInteger(value)) return fail('Reps must be a whole number, like 8.');
  if (value > MAX_REPS) return fail(`Reps must be at most ${MAX_REPS}.`);
  return ok(value);
}

/** RPE from 0 to 10 in half steps; empty is "not entered" (undefined). */
export function parseRpeInput(text: string): ParseResult<number | undefined> {
  const trimmed = text.trim();
  if (trimmed === '') return ok(undefined);
  const value = readNumber(trimmed);
  if (value === undefined) return fail('RPE must be a number from 0 to 10, like 8 or 8.5.');
  if (value < 0 || value > MAX_RPE) return fail('RPE must be between 0 and 10.');
  if (!Number.isInteger(value * 2)) return fail('RPE goes in half steps, like 7 or 7.5.');
  return ok(value);
}

/**
 * A time typed as seconds ("90"), mm:ss ("1:30") or h:mm:ss, to the second; empty is "not
 * entered yet" (undefined).
 */
export function parseDurationInput(text: string): ParseResult<number | undefined> {
  const trimmed = text.trim();
  if (trimmed === '') return ok(undefined);
  const plain = readNumber(trimmed);
  if (plain !== undefined && plain < 0) return fail('Time can’t be negative.');
  const seconds = plain ?? parseSeconds(trimmed);
  if (seconds === undefined) return fail('Time must be seconds or minutes:seconds, like 45 or 1:30.');
  const whole = Math.round(seconds);
  if (whole > MAX_DURATION_SECONDS) return fail('Time must be at most 24 hours.');
  return ok(whole);
}

/**
 * A distance typed in the person's unit (km or mi), as metres to the centimetre; empty is
 * "not entered yet" (undefined). A decimal comma is read as a point.
 */
export function parseDistanceInput(text: string, unit: 'km' | 'mi'): ParseResult<number | undefined> {
  const trimmed = text.trim();
  if (trimmed === '') return ok(undefined);
  const value = readNumber(trimmed);
  if (value === undefined) return fail(`Distance must be a number of ${unit === 'km' ? 'kilometres, like 2.5' : 'miles, like 1.5'}.`);
  if (value < 0) return fail('Distance can’t be negative.');
  const metres = roundMetres(toMetres(value, unit));
  if (metres > MAX_DISTANCE_METRES) return fail(`Distance must be at most ${Math.round(fromMetres(MAX_DISTANCE_METRES, unit))} ${unit}.`);
  return ok(metres);
}

/** A value of a parameter Plates keeps as typed (an exercise's own): any text, trimmed; empty is "not entered". */
export function parseOtherInput(text: string): ParseResult<string | undefined> {
  const trimmed = text.trim();
  return ok(trimmed === '' ? undefined : trimmed);
}

/** One of warmup, normal, drop, failure (any case; "working" is read as normal). */
export function parseSetTypeInput(text: string): ParseResult<SetType> {
  const setType = canonicalSetType(text);
  return setType ? ok(setType) : fail('Set type must be warm-up, normal, drop or failure.');
}

// Phones in many locales offer only "," on the numeric keypad.
function readNumber(text: string): number | undefined {
  return parseDecimal(/^[^.,]*,[^.,]*$/.test(text) ? text.replace(',', '.') : text);
}
