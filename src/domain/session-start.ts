import { fail, ok, type ParseResult } from './result';
import { DEFAULT_REST_SECONDS } from './rest-timer';
import { parseRepsInput, parseRpeInput, parseWeightInput } from './set-input';
import { canonicalSetType } from './tag-values';
import { TEMPLATE_TYPES, type TemplateSet, type WorkoutTemplate } from './template';
import { SESSION_VERSION, isStrengthFormat, type SessionExercise, type SessionSet, type WorkoutSession } from './workout-session';

/** Starting a workout, empty or from a template, and reading one back from storage. */

export interface TemplateStart {
  /** "33402:<pubkey>:<d>". */
  address: string;
  relayHint?: string;
  template: WorkoutTemplate;
  /** Titles of the template's exercises the library has, by address; the others start untitled. */
  exerciseTitles: Readonly<Record<string, string>>;
  /** Format parameters of the template's exercises the library has, by address. */
  exerciseFormats?: Readonly<Record<string, readonly string[]>>;
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
      if (format !== undefined) exercise.format = [...format];
      byAddress.set(templateSet.exerciseAddress, exercise);
      session.exercises.push(exercise);
    }
    exercise.sets.push(prescribedSet(templateSet, `s${session.nextId++}`, isStrengthFormat(exercise.format)));
  }
  return session;
}

/**
 * A template set's prescription in the canonical strength order (weight kg, reps, rpe,
 * set_type). Values that do not read are left for the person to fill in; other formats
 * (60 seconds of jump rope is not 60 kg) keep only their set type.
 */
function prescribedSet(templateSet: TemplateSet, id: string, strength: boolean): SessionSet {
  const params = templateSet.params;
  const set: SessionSet = { id, setType: canonicalSetType(params[params.length - 1] ?? '') ?? 'normal' };
  if (params.length !== 4 || !strength) return set;
  const [weight = '', reps = '', rpe = ''] = params;
  const weightKg = parseWeightInput(weight, 'kg');
  if (weight.trim() !== '' && weightKg.ok) set.weightKg = weightKg.value;
  const repsValue = parseRepsInput(reps);
  if (repsValue.ok && repsValue.value !== undefined) set.reps = repsValue.value;
  const rpeValue = parseRpeInput(rpe);
  if (rpeValue.ok && rpeValue.value !== undefined) set.rpe = rpeValue.value;
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
