import { fail, ok, type ParseResult } from './result';
import { DEFAULT_REST_SECONDS } from './rest-timer';
import type { ExerciseFormat } from './exercise-format';
import { KNOWN_PARAMETERS, readSetValues } from './set-values';
import { canonicalSetType } from './tag-values';
import { TEMPLATE_TYPES, type TemplateSet, type WorkoutTemplate } from './template';
import { SESSION_VERSION, sessionFormat, type SessionExercise, type SessionSet, type WorkoutSession } from './workout-session';

/** Starting a workout, empty or from a template, and reading one back from storage. */

export interface TemplateStart {
  /** "33402:<pubkey>:<d>". */
  address: string;
  relayHint?: string;
  template: WorkoutTemplate;
  /** Titles of the template's exercises the library has, by address; the others start untitled. */
  exerciseTitles: Readonly<Record<string, string>>;
  /** Formats of the template's exercises the library has, by address. */
  exerciseFormats?: Readonly<Record<string, ExerciseFormat>>;
}

/**
 * A new session at `now` (epoch ms). `id` becomes the record's d (a UUID from the caller:
 * the domain makes no randomness). From a template, each exercise (in first-use order)
 * gets the template's sets with what they prescribe; "" params stay to be filled in.
 */
export function startSession(id: string, now: number, from?: TemplateStart): WorkoutSession {
  const session: WorkoutSession = {
    version: SESSION_VERSION,
    id,
    title: from?.template.title ?? 'Workout',
    type: 'strength',
    hashtags: from ? [...from.template.hashtags] : [],
    startedAt: now,
    restSeconds: from?.template.restBetweenSets ?? DEFAULT_REST_SECONDS,
    notes: '',
    exercises: [],
    nextId: 1,
  };
  if (!from) return session;
  session.templateAddress = from.address;
  if (from.relayHint) session.templateRelayHint = from.relayHint;
  // parseTemplate keeps any type word; a record may carry only the NIP-101e ones.
  if ((TEMPLATE_TYPES as readonly string[]).includes(from.template.type)) session.type = from.template.type;
  const byAddress = new Map<string, SessionExercise>();
  for (const templateSet of from.template.sets) {
    let exercise = byAddress.get(templateSet.exerciseAddress);
    if (!exercise) {
      exercise = { id: `e${session.nextId++}`, exerciseAddress: templateSet.exerciseAddress, relayHint: templateSet.relayHint, sets: [] };
      const title = from.exerciseTitles[templateSet.exerciseAddress];
      if (title !== undefined) exercise.title = title;
      const format = from.exerciseFormats?.[templateSet.exerciseAddress];
      if (format !== undefined) {
        exercise.format = [...format.names];
        exercise.units = [...format.units];
      }
      byAddress.set(templateSet.exerciseAddress, exercise);
      session.exercises.push(exercise);
    }
    exercise.sets.push(prescribedSet(templateSet, `s${session.nextId++}`, sessionFormat(exercise)));
  }
  return session;
}

/**
 * A template set's prescription read in its exercise's format (kg, seconds, metres…).
 * Values that do not read are left for the person to fill in, and so is an empty weight:
 * in a template it means "choose the load", not bodyweight.
 */
function prescribedSet(templateSet: TemplateSet, id: string, format: ExerciseFormat): SessionSet {
  const params = templateSet.params;
  const set: SessionSet = { id, setType: canonicalSetType(params[params.length - 1] ?? '') ?? 'normal' };
  const read = readSetValues(params, format);
  if (!read.ok) return set;
  const { weightKg, reps, rpe, durationSeconds, distanceMetres } = read.value;
  const weightText = params[format.names.indexOf('weight')]?.trim();
  if (weightKg !== undefined && (weightKg !== null || weightText)) set.weightKg = weightKg;
  if (reps !== undefined && Number.isInteger(reps)) set.reps = reps;
  if (rpe !== undefined) set.rpe = rpe;
  if (durationSeconds !== undefined) set.durationSeconds = Math.round(durationSeconds);
  if (distanceMetres !== undefined) set.distanceMetres = distanceMetres;
  const other = Object.fromEntries(
    format.names.flatMap((name, i) => (KNOWN_PARAMETERS.has(name) || !params[i]?.trim() ? [] : [[name, params[i]?.trim() ?? '']])),
  );
  if (Object.keys(other).length > 0) set.other = other;
  return set;
}

/**
 * A session read back from storage, after a reload or a killed tab. Only the version and
 * the outline are checked: the state was written by this code.
 */
export function restoreSession(value: unknown): ParseResult<WorkoutSession> {
  if (typeof value !== 'object' || value === null) return fail('the saved workout is not an object');
  const saved = value as Partial<WorkoutSession>;
  if (saved.version !== SESSION_VERSION)
    return fail(`the saved workout has version ${String(saved.version)}, this Plates reads ${SESSION_VERSION}`);
  if (typeof saved.id !== 'string' || typeof saved.startedAt !== 'number' || !Array.isArray(saved.exercises)) {
    return fail('the saved workout has no id, start or exercises');
  }
  return ok(saved as WorkoutSession);
}
