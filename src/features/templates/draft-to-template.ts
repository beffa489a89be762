import { distanceUnitFor, distanceUnitOf } from '../../domain/exercise-format';
import { parseDistanceInput, parseDurationInput, parseRepsInput, parseRpeInput, parseWeightInput } from '../../domain/set-input';
import { KNOWN_PARAMETERS, writeSetParams } from '../../domain/set-values';
import { canonicalSetType, parseDecimal, parseSeconds } from '../../domain/tag-values';
import type { TemplateSet, WorkoutTemplate } from '../../domain/template';
import type { WeightUnit } from '../../domain/units';
import { paramLabel } from './params';
import type { DraftExercise, TemplateDraft } from './template-draft';

export interface DraftCheck {
  /** Ready to save when nothing is wrong. */
  template?: WorkoutTemplate;
  /** Messages by where they show: "title", "rest", "exercises", "sets:<exercise key>", "value:<set key>:<index>". */
  errors: Record<string, string>;
}

/**
 * The draft as a template: values read back to what NIP-101e stores (kg, whole reps,
 * seconds), set numbers assigned in order, grouped exercises sharing theirs round by
 * round (a superset: A1 B1, A2 B2…).
 */
export function draftToTemplate(draft: TemplateDraft): DraftCheck {
  const errors: Record<string, string> = {};
  if (!draft.title.trim()) errors.title = 'Give the template a title.';
  let restBetweenSets: number | undefined;
  if (draft.rest.trim() !== '') {
    restBetweenSets = parseSeconds(draft.rest);
    if (restBetweenSets === undefined) errors.rest = 'Rest must be seconds, like 90, or minutes and seconds, like 2:30.';
  }
  if (draft.exercises.length === 0) errors.exercises = 'Add at least one exercise.';

  const params = new Map<string, string[]>();
  for (const exercise of draft.exercises) {
    if (exercise.sets.length === 0) errors[`sets:${exercise.key}`] = 'Add at least one set, or remove the exercise.';
    for (const set of exercise.sets) {
      const values = set.values.map((text, i) => {
        const read = readParam(exercise.format[i], exercise.units[i] ?? '', text, draft.unit);
        if ('error' in read) {
          errors[`value:${set.key}:${i}`] = read.error;
          return text;
        }
        return read.value;
      });
      params.set(set.key, values);
    }
  }
  if (Object.keys(errors).length > 0) return { errors };

  const { duration, interval, restBetweenRounds, rounds } = draft.base;
  const template: WorkoutTemplate = {
    d: draft.base.d,
    title: draft.title.trim(),
    type: draft.type,
    description: draft.description.trim(),
    hashtags: draft.base.hashtags,
    sets: numberSets(draft.exercises, params),
    ...(rounds === undefined ? {} : { rounds }),
    ...(duration === undefined ? {} : { duration }),
    ...(interval === undefined ? {} : { interval }),
    ...(restBetweenRounds === undefined ? {} : { restBetweenRounds }),
    ...(restBetweenSets === undefined ? {} : { restBetweenSets }),
  };
  return { template, errors };
}

/** One exercise alone numbers its sets in turn; a group takes a number per round, shared by its exercises. */
function numberSets(exercises: readonly DraftExercise[], params: ReadonlyMap<string, string[]>): TemplateSet[] {
  const groups: DraftExercise[][] = [];
  for (const exercise of exercises) {
    const last = groups[groups.length - 1];
    if (exercise.groupWithPrevious && last) last.push(exercise);
    else groups.push([exercise]);
  }
  const sets: TemplateSet[] = [];
  let setNumber = 0;
  for (const group of groups) {
    const rounds = Math.max(...group.map((exercise) => exercise.sets.length));
    for (let round = 0; round < rounds; round++) {
      setNumber++;
      for (const exercise of group) {
        const set = exercise.sets[round];
        if (set)
          sets.push({
            exerciseAddress: exercise.address,
            relayHint: exercise.relayHint,
            params: params.get(set.key) ?? set.values,
            setNumber,
          });
      }
    }
  }
  return sets;
}

/**
 * One typed value as the template stores it (kg, seconds, the exercise's distance unit); a
 * missing exercise's values (no format) pass as they are.
 */
function readParam(name: string | undefined, paramUnit: string, text: string, unit: WeightUnit): { value: string } | { error: string } {
  const trimmed = text.trim();
  switch (name) {
    case undefined:
      return { value: text };
    case 'weight': {
      const kg = parseWeightInput(trimmed, unit);
      return kg.ok ? { value: kg.value === null ? '' : String(kg.value) } : { error: kg.reason };
    }
    case 'reps': {
      const reps = parseRepsInput(trimmed);
      return reps.ok ? { value: reps.value === undefined ? '' : String(reps.value) } : { error: reps.reason };
    }
    case 'rpe': {
      const rpe = parseRpeInput(trimmed);
      return rpe.ok ? { value: rpe.value === undefined ? '' : String(rpe.value) } : { error: rpe.reason };
    }
    case 'set_type': {
      const setType = canonicalSetType(trimmed);
      return setType ? { value: setType } : { error: 'Choose the set type: warm-up, normal, drop or failure.' };
    }
    case 'duration': {
      const seconds = parseDurationInput(trimmed);
      return seconds.ok ? { value: seconds.value === undefined ? '' : String(seconds.value) } : { error: seconds.reason };
    }
    case 'distance': {
      if (!distanceUnitOf(paramUnit)) return decimalParam(name, trimmed, unit);
      const metres = parseDistanceInput(trimmed, distanceUnitFor(unit));
      if (!metres.ok) return { error: metres.reason };
      if (metres.value === undefined) return { value: '' };
      const written = writeSetParams({ distanceMetres: metres.value }, { names: ['distance'], units: [paramUnit] });
      return written.ok ? { value: written.value[0] ?? '' } : { error: written.reason };
    }
    default:
      // An exercise's own parameter (a tempo, a band colour) is kept as typed.
      return KNOWN_PARAMETERS.has(name) ? decimalParam(name, trimmed, unit) : { value: trimmed };
  }
}

function decimalParam(name: string, trimmed: string, unit: WeightUnit): { value: string } | { error: string } {
  if (trimmed === '') return { value: '' };
  const value = parseDecimal(trimmed);
  return value === undefined || value < 0 ? { error: `${paramLabel(name, unit)} must be a number, like 5.` } : { value: trimmed };
}
