import { distanceUnitFor, type ExerciseFormat } from './exercise-format';
import type { ParseResult } from './result';
import {
  parseDistanceInput,
  parseDurationInput,
  parseOtherInput,
  parseRepsInput,
  parseRpeInput,
  parseSetTypeInput,
  parseWeightInput,
} from './set-input';
import type { SetValues } from './set-values';
import type { PerformedSet } from './strength';
import type { WeightUnit } from './units';
import type { SessionSet, SetField } from './workout-session-types';

/** Pure edits of one set of the active workout; the input set is never changed. */

type ValueKey = 'weightKg' | 'reps' | 'rpe' | 'durationSeconds' | 'distanceMetres';

/** The field each format parameter is typed into; set_type is the set's chip. */
export function fieldOf(parameter: string): SetField {
  switch (parameter) {
    case 'weight':
    case 'reps':
    case 'rpe':
    case 'duration':
    case 'distance':
      return parameter;
    case 'set_type':
      return 'setType';
    default:
      return `param:${parameter}`;
  }
}

/**
 * Applies what was typed into one field. Valid input replaces the value and clears that
 * field's error; invalid input keeps the value and records the text with its message. A
 * weight is typed in the person's unit, a distance in km or miles to match it.
 */
export function editSetField(set: SessionSet, field: SetField, text: string, unit: WeightUnit): SessionSet {
  switch (field) {
    case 'weight':
      return applyInput(set, field, 'weightKg', parseWeightInput(text, unit), text);
    case 'reps':
      return applyInput(set, field, 'reps', parseRepsInput(text), text);
    case 'rpe':
      return applyInput(set, field, 'rpe', parseRpeInput(text), text);
    case 'duration':
      return applyInput(set, field, 'durationSeconds', parseDurationInput(text), text);
    case 'distance':
      return applyInput(set, field, 'distanceMetres', parseDistanceInput(text, distanceUnitFor(unit)), text);
    case 'setType': {
      const result = parseSetTypeInput(text);
      return result.ok ? withoutError({ ...set, setType: result.value }, field) : withError(set, field, text, result.reason);
    }
    default:
      return applyOther(set, field, field.slice('param:'.length), text);
  }
}

function applyInput<K extends ValueKey>(
  set: SessionSet,
  field: SetField,
  key: K,
  result: ParseResult<SessionSet[K]>,
  text: string,
): SessionSet {
  if (!result.ok) return withError(set, field, text, result.reason);
  // A done set goes into the record as it is: it keeps every value (see completeSet); only a weight may be bodyweight.
  if (key !== 'weightKg' && result.value === undefined && set.completedAt !== undefined) {
    return withError(set, field, text, `A done set needs its ${FIELD_WORDS[field]}: enter it, or untick the set.`);
  }
  // Absent rather than undefined when cleared: the state is stored as JSON.
  const { [key]: _previous, ...rest } = set;
  const next = (result.value === undefined ? rest : { ...rest, [key]: result.value }) as SessionSet;
  return withoutError(next, field);
}

function applyOther(set: SessionSet, field: SetField, name: string, text: string): SessionSet {
  const result = parseOtherInput(text);
  if (!result.ok) return withError(set, field, text, result.reason);
  if (result.value === undefined && set.completedAt !== undefined) {
    return withError(set, field, text, `A done set needs its ${name.replaceAll('_', ' ')}: enter it, or untick the set.`);
  }
  const { [name]: _previous, ...others } = set.other ?? {};
  const other = result.value === undefined ? others : { ...others, [name]: result.value };
  const { other: _other, ...rest } = set;
  return withoutError(Object.keys(other).length === 0 ? rest : { ...rest, other }, field);
}

const FIELD_WORDS: Readonly<Record<string, string>> = {
  reps: 'reps',
  rpe: 'RPE',
  duration: 'time',
  distance: 'distance',
};

/** What a set misses before it can be ticked, by field, in words for the person. */
const MISSING: Readonly<Record<string, string>> = {
  reps: 'Enter the reps you did.',
  rpe: 'Enter how hard it was: RPE from 0 to 10.',
  duration: 'Enter the time, or start the timer.',
  distance: 'Enter the distance.',
};

/**
 * Ticks a set done at `now`. Refused (the set unchanged) while a field holds refused input,
 * and (with a message on each field) while a value of the exercise's format is missing:
 * NIP-101e wants a value for every format parameter of a record; only a weight may be
 * left empty (bodyweight).
 */
export function completeSet(set: SessionSet, now: number, format: ExerciseFormat): SessionSet {
  if (set.completedAt !== undefined || set.errors) return set;
  let refused: SessionSet | undefined;
  for (const name of format.names) {
    if (name === 'weight' || name === 'set_type' || hasValue(set, name)) continue;
    const message = MISSING[name] ?? `Enter the ${name.replaceAll('_', ' ')}.`;
    refused = withError(refused ?? set, fieldOf(name), '', message);
  }
  return refused ?? { ...set, completedAt: now };
}

function hasValue(set: SessionSet, name: string): boolean {
  switch (name) {
    case 'reps':
      return set.reps !== undefined;
    case 'rpe':
      return set.rpe !== undefined;
    case 'duration':
      return set.durationSeconds !== undefined;
    case 'distance':
      return set.distanceMetres !== undefined;
    default:
      return Boolean(set.other?.[name]);
  }
}

export function uncompleteSet(set: SessionSet): SessionSet {
  if (set.completedAt === undefined) return set;
  const { completedAt: _done, ...rest } = set;
  return rest;
}

/** The time a set's timer ran, put in the set (a typed time's error cleared). */
export function timedSet(set: SessionSet, seconds: number): SessionSet {
  return withoutError({ ...set, durationSeconds: seconds }, 'duration');
}

const PREFILLED: ReadonlyArray<readonly [SetField, ValueKey]> = [
  ['weight', 'weightKg'],
  ['reps', 'reps'],
  ['duration', 'durationSeconds'],
  ['distance', 'distanceMetres'],
];

/**
 * Fills a set not yet done with the weight, reps, time and distance of the same set last
 * time, where the person has entered nothing (and the template prescribed nothing).
 */
export function prefillSet(set: SessionSet, previous: (PerformedSet & SetValues) | undefined): SessionSet {
  if (!previous || set.completedAt !== undefined) return set;
  const fill: Partial<SessionSet> = {};
  for (const [field, key] of PREFILLED) {
    if (set[key] === undefined && !set.errors?.[field] && previous[key] !== undefined) Object.assign(fill, { [key]: previous[key] });
  }
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
