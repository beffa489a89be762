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

export type SetField = 'weight' | 'reps' | 'rpe' | 'setType';

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
  /** The exercise's format parameters when known; only the strength format is logged (see isStrengthFormat). */
  format?: string[];
  sets: SessionSet[];
}

/** The one format the logger records: NIP-101e's weight, reps, rpe, set_type. */
export const STRENGTH_FORMAT = ['weight', 'reps', 'rpe', 'set_type'] as const;

/**
 * Whether an exercise is logged as weight × reps @ RPE: its format is the strength one, or
 * unknown (the exercise is not stored yet; NIP-101e strength is then the likely meaning).
 */
export function isStrengthFormat(format: readonly string[] | undefined): boolean {
  return format === undefined || (format.length === STRENGTH_FORMAT.length && STRENGTH_FORMAT.every((name, i) => format[i] === name));
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
  notes: string;
  exercises: SessionExercise[];
  /** The next number for an exercise or set id: ids stay unique and the reducer pure. */
  nextId: number;
}

export type SessionAction =
  | { type: 'add-exercise'; exerciseAddress: string; relayHint?: string; title?: string; format?: string[] }
  | { type: 'remove-exercise'; exerciseId: string }
  | { type: 'move-exercise'; exerciseId: string; toIndex: number }
  | { type: 'add-set'; exerciseId: string }
  | { type: 'remove-set'; setId: string }
  | { type: 'duplicate-set'; setId: string }
  | { type: 'edit-set'; setId: string; field: SetField; text: string; unit: WeightUnit }
  | { type: 'complete-set'; setId: string }
  | { type: 'uncomplete-set'; setId: string }
  /** The exercise's sets last time (see previousPerformance), matched by position. */
  | { type: 'prefill-from-previous'; exerciseId: string; previous: readonly PerformedSet[] }
  | { type: 'skip-rest' }
  /** ± REST_STEP_SECONDS from the −/+ buttons. */
  | { type: 'adjust-rest'; seconds: number }
  | { type: 'edit-notes'; text: string }
  | { type: 'finish' };
