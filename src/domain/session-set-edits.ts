import type { ParseResult } from './result';
import { parseRepsInput, parseRpeInput, parseSetTypeInput, parseWeightInput } from './set-input';
import type { StrengthSet } from './strength';
import type { WeightUnit } from './units';
import type { SessionSet, SetField } from './workout-session-types';

/** Pure edits of one set of the active workout; the input set is never changed. */

/**
 * Applies what was typed into one field. Valid input replaces the value and clears that
 * field's error; invalid input keeps the value and records the text with its message.
 */
export function editSetField(set: SessionSet, field: SetField, text: string, unit: WeightUnit): SessionSet {
  switch (field) {
    case 'weight':
      return applyInput(set, field, 'weightKg', parseWeightInput(text, unit), text);
    case 'reps':
      return applyInput(set, field, 'reps', parseRepsInput(text), text);
    case 'rpe':
      return applyInput(set, field, 'rpe', parseRpeInput(text), text);
    case 'setType': {
      const result = parseSetTypeInput(text);
      return result.ok ? withoutError({ ...set, setType: result.value }, field) : withError(set, field, text, result.reason);
    }
  }
}

function applyInput<K extends 'weightKg' | 'reps' | 'rpe'>(
  set: SessionSet,
  field: SetField,
  key: K,
  result: ParseResult<SessionSet[K]>,
  text: string,
): SessionSet {
  if (!result.ok) return withError(set, field, text, result.reason);
  // A done set goes into the record as it is: it keeps its reps and RPE (see completeSet).
  if (key !== 'weightKg' && result.value === undefined && set.completedAt !== undefined) {
    return withError(set, field, text, `A done set needs its ${key === 'reps' ? 'reps' : 'RPE'}: enter it, or untick the set.`);
  }
  // Absent rather than undefined when cleared: the state is stored as JSON.
  const { [key]: _previous, ...rest } = set;
  const next = (result.value === undefined ? rest : { ...rest, [key]: result.value }) as SessionSet;
  return withoutError(next, field);
}

/**
 * Ticks a set done at `now`. Refused (the set unchanged) while a field holds refused
 * input, and (with a message on the field) while reps or RPE are missing: NIP-101e wants
 * a value for every format parameter of a record, and buildWorkoutRecord allows "" only
 * for the weight (bodyweight).
 */
export function completeSet(set: SessionSet, now: number): SessionSet {
  if (set.completedAt !== undefined || set.errors) return set;
  let refused: SessionSet | undefined;
  if (set.reps === undefined) refused = withError(set, 'reps', '', 'Enter the reps you did.');
  if (set.rpe === undefined) refused = withError(refused ?? set, 'rpe', '', 'Enter how hard it was: RPE from 0 to 10.');
  return refused ?? { ...set, completedAt: now };
}

export function uncompleteSet(set: SessionSet): SessionSet {
  if (set.completedAt === undefined) return set;
  const { completedAt: _done, ...rest } = set;
  return rest;
}

/**
 * Fills a set not yet done with the weight and reps of the same set last time, where the
 * person has entered nothing (and the template prescribed nothing).
 */
export function prefillSet(set: SessionSet, previous: StrengthSet | undefined): SessionSet {
  if (!previous || set.completedAt !== undefined) return set;
  const fill: Partial<SessionSet> = {};
  if (set.weightKg === undefined && !set.errors?.weight && previous.weightKg !== undefined) fill.weightKg = previous.weightKg;
  if (set.reps === undefined && !set.errors?.reps && previous.reps !== undefined) fill.reps = previous.reps;
  return Object.keys(fill).length === 0 ? set : { ...set, ...fill };
}

/** A copy to do again: same values and type, not done, no errors. */
export function copySet(set: SessionSet, id: string): SessionSet {
  const { completedAt: _done, errors: _errors, ...values } = set;
  return { ...values, id };
}

function withError(set: SessionSet, field: SetField, text: string, message: string): SessionSet {
  return { ...set, errors: { ...set.errors, [field]: { text, message } } };
}

function withoutError(set: SessionSet, field: SetField): SessionSet {
  if (!set.errors?.[field]) return set;
  const { [field]: _cleared, ...others } = set.errors;
  const { errors: _errors, ...rest } = set;
  return Object.keys(others).length === 0 ? rest : { ...rest, errors: others };
}
