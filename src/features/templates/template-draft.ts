import type { WorkoutTemplate } from '../../domain/template';
import type { WeightUnit } from '../../domain/units';

/** The template being edited, as typed: weights in the person's unit, every value as text. */

export interface DraftSet {
  key: string;
  /** One text per format parameter, in the exercise's format order. */
  values: string[];
}

export interface DraftExercise {
  key: string;
  address: string;
  relayHint: string;
  /** Undefined while the exercise is not on this device: its sets are kept as they are. */
  title?: string;
  /** The exercise's parameter names; empty while it is missing. */
  format: string[];
  /** Their units, in the same positions (a distance is typed in the person's km or mi and stored in these). */
  units: string[];
  /** Done in rounds with the exercise before it: their sets share set numbers. */
  groupWithPrevious: boolean;
  sets: DraftSet[];
}

export interface TemplateDraft {
  /** What the editor does not change (d, hashtags, rounds, other times) is kept from here. */
  base: WorkoutTemplate;
  unit: WeightUnit;
  title: string;
  description: string;
  type: string;
  /** Rest between sets in seconds, as typed. */
  rest: string;
  exercises: DraftExercise[];
  /** The next number for a list key. */
  nextKey: number;
}

export function emptyDraft(unit: WeightUnit): TemplateDraft {
  return {
    base: { d: '', title: '', type: 'strength', description: '', sets: [], hashtags: [] },
    unit,
    title: '',
    description: '',
    type: 'strength',
    rest: '90',
    exercises: [],
    nextKey: 1,
  };
}

/** A new set's values: the one before it again (as gym apps add a set), else empty with a normal set type. */
function newSetValues(exercise: DraftExercise): string[] {
  const last = exercise.sets[exercise.sets.length - 1];
  return last ? [...last.values] : exercise.format.map((name) => (name === 'set_type' ? 'normal' : ''));
}

export function addExercise(
  draft: TemplateDraft,
  exercise: { address: string; title: string; format: string[]; units: string[] },
): TemplateDraft {
  const added: DraftExercise = {
    key: `x${draft.nextKey}`,
    address: exercise.address,
    relayHint: '',
    title: exercise.title,
    format: exercise.format,
    units: exercise.units,
    groupWithPrevious: false,
    sets: [],
  };
  added.sets = [{ key: `x${draft.nextKey + 1}`, values: newSetValues(added) }];
  return { ...draft, exercises: [...draft.exercises, added], nextKey: draft.nextKey + 2 };
}

export function removeExercise(draft: TemplateDraft, key: string): TemplateDraft {
  const exercises = draft.exercises.filter((exercise) => exercise.key !== key);
  // The first exercise has nothing before it to be grouped with.
  const [first, ...others] = exercises;
  return { ...draft, exercises: first ? [{ ...first, groupWithPrevious: false }, ...others] : [] };
}

export function moveExercise(draft: TemplateDraft, key: string, by: -1 | 1): TemplateDraft {
  const from = draft.exercises.findIndex((exercise) => exercise.key === key);
  const to = from + by;
  const moved = draft.exercises[from];
  if (!moved || to < 0 || to >= draft.exercises.length) return draft;
  const exercises = draft.exercises.filter((exercise) => exercise !== moved);
  exercises.splice(to, 0, moved);
  return { ...draft, exercises: exercises.map((exercise, i) => (i === 0 ? { ...exercise, groupWithPrevious: false } : exercise)) };
}

export function updateExercise(draft: TemplateDraft, key: string, change: (exercise: DraftExercise) => DraftExercise): TemplateDraft {
  return { ...draft, exercises: draft.exercises.map((exercise) => (exercise.key === key ? change(exercise) : exercise)) };
}

export function addSet(draft: TemplateDraft, exerciseKey: string): TemplateDraft {
  const next = updateExercise(draft, exerciseKey, (exercise) => ({
    ...exercise,
    sets: [...exercise.sets, { key: `x${draft.nextKey}`, values: newSetValues(exercise) }],
  }));
  return { ...next, nextKey: draft.nextKey + 1 };
}

export function removeSet(draft: TemplateDraft, exerciseKey: string, setKey: string): TemplateDraft {
  return updateExercise(draft, exerciseKey, (exercise) => ({ ...exercise, sets: exercise.sets.filter((set) => set.key !== setKey) }));
}

export function editSetValue(draft: TemplateDraft, exerciseKey: string, setKey: string, index: number, text: string): TemplateDraft {
  return updateExercise(draft, exerciseKey, (exercise) => ({
    ...exercise,
    sets: exercise.sets.map((set) =>
      set.key === setKey ? { ...set, values: set.values.map((value, i) => (i === index ? text : value)) } : set,
    ),
  }));
}
