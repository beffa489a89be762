import { defaultUnit } from './exercise-draft';
import { STRENGTH_FORMAT, type ExerciseFormat } from './exercise-format';
import type { SetValues } from './set-values';
import type { PerformedSet } from './strength';
import type { SetType } from './tag-values';
import type { WeightUnit } from './units';

/**
 * The workout in progress (its reducer is in workout-session.ts). The state is plain JSON (stored on every
 * change, restored after a killed tab), times are epoch milliseconds, and every action
 * gives a new state without touching the old one (an action that changes nothing gives
 * the same state back).
 */

export const SESSION_VERSION = 1;

/**
 * A field of a set: the inputs Plates reads by meaning, and `param:<name>` for a format
 * parameter it keeps as typed (an exercise's own, e.g. `param:tempo`).
 */
export type SetField = 'weight' | 'reps' | 'rpe' | 'setType' | 'duration' | 'distance' | `param:${string}`;

/** Input refused at a field: the typed text stays on screen with its message; the value is not applied. */
export interface FieldError {
  text: string;
  message: string;
}

export interface SessionSet {
  id: string;
  setType: SetType;
  /** kg to the gram; null = bodyweight or no load; absent = nothing entered yet. */
  weightKg?: number | null;
  reps?: number;
  rpe?: number;
  /** Seconds (timed sets: typed, or filled by the set's timer). */
  durationSeconds?: number;
  /** Metres, to the centimetre; typed in km or miles by the unit setting. */
  distanceMetres?: number;
  /** Values of the parameters Plates keeps as typed, by parameter name. */
  other?: Record<string, string>;
  errors?: Partial<Record<SetField, FieldError>>;
  /** When it was ticked done; absent while not done. */
  completedAt?: number;
}

export interface SessionExercise {
  id: string;
  /** "33401:<pubkey>:<d>". */
  exerciseAddress: string;
  relayHint: string;
  /** Absent when the library does not have the exercise (yet): the UI shows a placeholder. */
  title?: string;
  /** The exercise's format parameters when known (see sessionFormat). */
  format?: string[];
  /** Their format_units, in the same positions. */
  units?: string[];
  sets: SessionSet[];
}

/**
 * The format an exercise of the workout is logged in: its own when the library had it, with
 * each unit's default where a session saved before units were kept has none; NIP-101e
 * strength while the exercise is not stored (then the likely meaning).
 */
export function sessionFormat(exercise: Pick<SessionExercise, 'format' | 'units'>): ExerciseFormat {
  if (!exercise.format || exercise.format.length === 0) return STRENGTH_FORMAT;
  return { names: exercise.format, units: exercise.format.map((name, i) => exercise.units?.[i] ?? defaultUnit(name)) };
}

/** A set's timer (a stopwatch, or a countdown from the time it prescribes), kept as timestamps like the rest. */
export interface SetTimer {
  setId: string;
  startedAt: number;
  /** Counts down from this many seconds; absent for a stopwatch. */
  countdownSeconds?: number;
}
/** The rest after a ticked set, kept as timestamps (see rest-timer.ts). */
export interface RestTimer {
  setId: string;
  startedAt: number;
  durationSeconds: number;
}

export interface WorkoutSession {
  version: typeof SESSION_VERSION;
  /** Becomes the record's d. */
  id: string;
  title: string;
  /** A NIP-101e workout type (strength, circuit…). */
  type: string;
  templateAddress?: string;
  templateRelayHint?: string;
  hashtags: string[];
  startedAt: number;
  /** Set by `finish`; a finished session takes no more changes but its notes. */
  finishedAt?: number;
  /** The rest each ticked set starts: the template's rest_between_sets, or the default. */
  restSeconds: number;
  rest?: RestTimer;
  /** The timed set running now, if any (one at a time). */
  timer?: SetTimer;
  notes: string;
  exercises: SessionExercise[];
  /** The next number for an exercise or set id: ids stay unique and the reducer pure. */
  nextId: number;
}

export type SessionAction =
  | { type: 'add-exercise'; exerciseAddress: string; relayHint?: string; title?: string; format?: string[]; units?: string[] }
  | { type: 'remove-exercise'; exerciseId: string }
  | { type: 'move-exercise'; exerciseId: string; toIndex: number }
  | { type: 'add-set'; exerciseId: string }
  | { type: 'remove-set'; setId: string }
  | { type: 'duplicate-set'; setId: string }
  | { type: 'edit-set'; setId: string; field: SetField; text: string; unit: WeightUnit }
  | { type: 'complete-set'; setId: string }
  /** Starts the set's timer: a countdown from its time when it has one, else a stopwatch. */
  | { type: 'start-timer'; setId: string }
  /** Stops it: the set's time becomes what ran (a countdown's at most its own). */
  | { type: 'stop-timer'; setId: string }
  | { type: 'uncomplete-set'; setId: string }
  /** The exercise's sets last time (see previousPerformance), matched by position. */
  | { type: 'prefill-from-previous'; exerciseId: string; previous: ReadonlyArray<PerformedSet & SetValues> }
  | { type: 'skip-rest' }
  /** ± REST_STEP_SECONDS from the −/+ buttons. */
  | { type: 'adjust-rest'; seconds: number }
  | { type: 'edit-notes'; text: string }
  | { type: 'finish' };
