import type { ExerciseDefinition } from './exercise';
import { SET_TYPE_UNIT, type DistanceUnit } from './exercise-format';
import type { MediaRef } from './imeta';
import { musclesOf } from './muscles';

/**
 * An exercise as its editor holds it (a new one, an edit of one's own, or a copy of anyone's),
 * the format presets it offers, and the checks every exercise Plates signs must pass: the
 * editor shows these messages beside the fields, the worker refuses with the same words.
 */

/** One thing logged per set: its NIP-101e parameter name and the unit written in format_units. */
export interface FormatParameter {
  name: string;
  unit: string;
}

/**
 * The parameters NIP-101e defines, each with the units an exercise may give it (the first is
 * the default). Weight is in kg whatever the person's unit (pounds exist only at input and on
 * screen); RPE is 0–10; duration is in seconds.
 */
export const PARAMETER_UNITS: Readonly<Record<string, readonly string[]>> = {
  weight: ['kg'],
  reps: ['count'],
  rpe: ['0-10'],
  set_type: [SET_TYPE_UNIT],
  duration: ['seconds'],
  distance: ['km', 'm', 'mi'],
};

/** The parameter names, in the order the editor offers them. */
export const FORMAT_PARAMETERS: readonly string[] = Object.keys(PARAMETER_UNITS);

export const FORMAT_PRESET_IDS = ['strength', 'bodyweight', 'timed', 'distance', 'cardio', 'carry'] as const;
export type FormatPresetId = (typeof FORMAT_PRESET_IDS)[number];

/**
 * Common formats, as the starter library and the other NIP-101e apps write them: strength
 * (weight may be negative for assistance), reps only, a hold or interval, a distance, distance
 * and time, a loaded carry for time. Distance takes the unit given (km or mi by the unit setting).
 */
export function presetParameters(preset: FormatPresetId, distanceUnit: DistanceUnit = 'km'): FormatParameter[] {
  const names: Record<FormatPresetId, string[]> = {
    strength: ['weight', 'reps', 'rpe', 'set_type'],
    bodyweight: ['reps', 'rpe', 'set_type'],
    timed: ['duration', 'rpe', 'set_type'],
    distance: ['distance', 'rpe', 'set_type'],
    cardio: ['duration', 'distance', 'rpe', 'set_type'],
    carry: ['weight', 'duration', 'rpe', 'set_type'],
  };
  return names[preset].map((name) => ({ name, unit: name === 'distance' ? distanceUnit : defaultUnit(name) }));
}

/** The preset these parameters are (any distance unit), or undefined when built parameter by parameter. */
export function presetOf(parameters: readonly FormatParameter[]): FormatPresetId | undefined {
  const distanceUnit = parameters.find((p) => p.name === 'distance')?.unit;
  const unit = distanceUnit === 'km' || distanceUnit === 'm' || distanceUnit === 'mi' ? distanceUnit : 'km';
  return FORMAT_PRESET_IDS.find((preset) => sameParameters(presetParameters(preset, unit), parameters));
}

export function defaultUnit(name: string): string {
  return PARAMETER_UNITS[name]?.[0] ?? '';
}

/** Equipment the editor offers (NIP-101e's list and the others the starter library uses). */
export const EQUIPMENT = [
  'barbell',
  'dumbbell',
  'bodyweight',
  'machine',
  'cable',
  'kettlebell',
  'bands',
  'cardio',
  'ez-bar',
  'medicine-ball',
  'exercise-ball',
  'foam-roller',
  'other',
] as const;

export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const;

export interface ExerciseDraft {
  /** The `d` of the exercise edited; '' for a new exercise or a copy (the worker picks one). */
  d: string;
  title: string;
  parameters: FormatParameter[];
  equipment: string;
  /** '' when not given. */
  difficulty: string;
  /** Muscle hashtags (domain/muscles). */
  muscles: string[];
  /** The other hashtags, as typed: "compound, push". */
  tags: string;
  instructions: string;
  /** Photos already checked (url, type and sha256 from the media service), in order. */
  photos: MediaRef[];
}

export function emptyExerciseDraft(distanceUnit: DistanceUnit = 'km'): ExerciseDraft {
  return {
    d: '',
    title: '',
    parameters: presetParameters('strength', distanceUnit),
    equipment: 'other',
    difficulty: '',
    muscles: [],
    tags: '',
    instructions: '',
    photos: [],
  };
}

/** A stored exercise as a draft: the same `d` to edit it, none (and the title given) for a copy under one's own key. */
export function draftFromExercise(exercise: ExerciseDefinition, copy?: { title: string }): ExerciseDraft {
  const muscles = musclesOf(exercise.hashtags);
  return {
    d: copy ? '' : exercise.d,
    title: copy ? copy.title : exercise.title,
    parameters: exercise.format.map((name, i) => ({ name, unit: exercise.formatUnits[i] ?? '' })),
    equipment: exercise.equipment,
    difficulty: exercise.difficulty ?? '',
    muscles,
    tags: exercise.hashtags.filter((tag) => !muscles.includes(tag)).join(', '),
    instructions: exercise.instructions,
    photos: exercise.media.map((ref) => ({ ...ref })),
  };
}

/** The draft's format replaced by a preset's. */
export function applyPreset(draft: ExerciseDraft, preset: FormatPresetId, distanceUnit: DistanceUnit = 'km'): ExerciseDraft {
  return { ...draft, parameters: presetParameters(preset, distanceUnit) };
}

/** Parameter `index` renamed; its unit becomes the new parameter's default. */
export function renameParameter(draft: ExerciseDraft, index: number, name: string): ExerciseDraft {
  return { ...draft, parameters: draft.parameters.map((p, i) => (i === index ? { name, unit: defaultUnit(name) } : p)) };
}

export function setParameterUnit(draft: ExerciseDraft, index: number, unit: string): ExerciseDraft {
  return { ...draft, parameters: draft.parameters.map((p, i) => (i === index ? { ...p, unit } : p)) };
}

/** A parameter added at the end (set_type, when present, stays last: values are written in this order). */
export function addParameter(draft: ExerciseDraft, name: string): ExerciseDraft {
  const added = { name, unit: defaultUnit(name) };
  const setType = draft.parameters.findIndex((p) => p.name === 'set_type');
  const parameters = [...draft.parameters];
  if (setType >= 0 && name !== 'set_type') parameters.splice(setType, 0, added);
  else parameters.push(added);
  return { ...draft, parameters };
}

export function removeParameter(draft: ExerciseDraft, index: number): ExerciseDraft {
  return { ...draft, parameters: draft.parameters.filter((_, i) => i !== index) };
}

/** Parameter `index` moved one place up (-1) or down (+1). */
export function moveParameter(draft: ExerciseDraft, index: number, by: -1 | 1): ExerciseDraft {
  const to = index + by;
  if (to < 0 || to >= draft.parameters.length) return draft;
  const parameters = [...draft.parameters];
  const [moved] = parameters.splice(index, 1);
  if (moved) parameters.splice(to, 0, moved);
  return { ...draft, parameters };
}

/** The parameters not in the format yet, to add. */
export function unusedParameters(draft: ExerciseDraft): string[] {
  return FORMAT_PARAMETERS.filter((name) => !draft.parameters.some((p) => p.name === name));
}

export function toggleMuscle(draft: ExerciseDraft, muscle: string): ExerciseDraft {
  const muscles = draft.muscles.includes(muscle) ? draft.muscles.filter((m) => m !== muscle) : [...draft.muscles, muscle];
  return { ...draft, muscles };
}

/** What is wrong with a draft, by field: `title`, `format`, `parameter:<i>`, `equipment`, `photo:<i>`. */
export type ExerciseProblems = Partial<Record<string, string>>;

/** The draft as the exercise to sign, or the problems to fix first. */
export function draftToExercise(draft: ExerciseDraft): { exercise?: ExerciseDefinition; problems: ExerciseProblems } {
  const exercise: ExerciseDefinition = {
    d: draft.d,
    title: draft.title.trim(),
    format: draft.parameters.map((p) => p.name),
    formatUnits: draft.parameters.map((p) => p.unit),
    equipment: draft.equipment.trim().toLowerCase(),
    hashtags: hashtagsOf(draft.muscles, draft.tags),
    instructions: draft.instructions.trim(),
    media: draft.photos,
  };
  const difficulty = draft.difficulty.trim().toLowerCase();
  if (difficulty) exercise.difficulty = difficulty;
  const problems = exerciseProblems(exercise);
  return Object.keys(problems).length > 0 ? { problems } : { exercise, problems };
}

/** Muscles first, then the typed tags: lowercase, spaces as hyphens, each once. */
export function hashtagsOf(muscles: readonly string[], typed: string): string[] {
  const tags = typed
    .split(/[,#\n]/)
    .map((tag) => tag.trim().toLowerCase().replace(/\s+/g, '-'))
    .filter(Boolean);
  return [...new Set([...muscles, ...tags])];
}

/** A web address a photo can be fetched from: http(s), a host, no spaces (imeta fields are space-separated). */
const WEB_ADDRESS = /^https?:\/\/[^\s/?#]+[^\s]*$/i;

export function isWebAddress(url: string): boolean {
  return WEB_ADDRESS.test(url);
}

/** The message for a photo address that is not one. */
export function badPhotoAddress(url: string): string {
  return `“${url}” is not a web address: give a photo by its link, starting with https://.`;
}

/**
 * Every rule an exercise Plates signs must meet (the d is the worker's to give), in words a
 * person can act on. Empty when it may be signed.
 */
export function exerciseProblems(exercise: Omit<ExerciseDefinition, 'd'>): ExerciseProblems {
  const problems: ExerciseProblems = {};
  if (!exercise.title.trim()) problems.title = 'Give the exercise a title.';
  if (exercise.format.length === 0) {
    problems.format = 'Choose at least one thing to log per set (weight, reps, time, distance…).';
  } else if (exercise.format.length !== exercise.formatUnits.length) {
    problems.format = `The format names ${exercise.format.length} parameters but format_units gives ${exercise.formatUnits.length}.`;
  }
  const seen = new Set<string>();
  exercise.format.forEach((name, i) => {
    const position = `Parameter ${i + 1}`;
    if (!/^[a-z][a-z0-9_]*$/.test(name)) problems[`parameter:${i}`] = `${position} needs a name (weight, reps, duration…).`;
    else if (seen.has(name)) problems[`parameter:${i}`] = `${position}: “${name}” is already logged above; each is logged once per set.`;
    else if (!exercise.formatUnits[i]?.trim() || /\s/.test(exercise.formatUnits[i] ?? ''))
      problems[`parameter:${i}`] = `${position} (“${name}”) needs a unit without spaces.`;
    seen.add(name);
  });
  if (!exercise.equipment.trim()) problems.equipment = 'Choose the equipment (or Other).';
  exercise.media.forEach((ref, i) => {
    if (!isWebAddress(ref.url)) problems[`photo:${i}`] = badPhotoAddress(ref.url);
  });
  return problems;
}

function sameParameters(a: readonly FormatParameter[], b: readonly FormatParameter[]): boolean {
  return a.length === b.length && a.every((p, i) => p.name === b[i]?.name && p.unit === b[i]?.unit);
}
