import { adjustRest } from './rest-timer';
import { completeSet, copySet, editSetField, prefillSet, uncompleteSet } from './session-set-edits';
import type { PerformedSet } from './strength';
import type { SetType } from './tag-values';
import type { WeightUnit } from './units';

/**
 * The workout in progress and its reducer. The state is plain JSON (stored on every
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

export function reduceSession(state: WorkoutSession, action: SessionAction, now: number): WorkoutSession {
  if (state.finishedAt !== undefined && action.type !== 'edit-notes') return state;
  switch (action.type) {
    case 'add-exercise': {
      const exercise: SessionExercise = {
        id: `e${state.nextId}`,
        exerciseAddress: action.exerciseAddress,
        relayHint: action.relayHint ?? '',
        sets: [{ id: `s${state.nextId + 1}`, setType: 'normal' }],
      };
      if (action.title !== undefined) exercise.title = action.title;
      if (action.format !== undefined) exercise.format = [...action.format];
      return { ...state, exercises: [...state.exercises, exercise], nextId: state.nextId + 2 };
    }
    case 'remove-exercise': {
      const exercise = state.exercises.find((e) => e.id === action.exerciseId);
      if (!exercise) return state;
      const next = { ...state, exercises: state.exercises.filter((e) => e !== exercise) };
      return exercise.sets.some((set) => set.id === state.rest?.setId) ? withoutRest(next) : next;
    }
    case 'move-exercise': {
      const from = state.exercises.findIndex((e) => e.id === action.exerciseId);
      const moved = state.exercises[from];
      const to = Math.min(Math.max(0, Math.trunc(action.toIndex)), state.exercises.length - 1);
      if (!moved || from === to) return state;
      const exercises = state.exercises.filter((e) => e !== moved);
      exercises.splice(to, 0, moved);
      return { ...state, exercises };
    }
    case 'add-set':
      return updateExercise(state, action.exerciseId, (exercise) => ({
        ...exercise,
        sets: [...exercise.sets, { id: `s${state.nextId}`, setType: 'normal' }],
      }), 1);
    case 'remove-set': {
      const next = updateExerciseOfSet(state, action.setId, (sets) => sets.filter((set) => set.id !== action.setId));
      return next !== state && state.rest?.setId === action.setId ? withoutRest(next) : next;
    }
    case 'duplicate-set':
      return updateExerciseOfSet(state, action.setId, (sets) => {
        const i = sets.findIndex((set) => set.id === action.setId);
        const original = sets[i];
        return original ? [...sets.slice(0, i + 1), copySet(original, `s${state.nextId}`), ...sets.slice(i + 1)] : sets;
      }, 1);
    case 'edit-set':
      return updateSet(state, action.setId, (set) => editSetField(set, action.field, action.text, action.unit));
    case 'complete-set': {
      const next = updateSet(state, action.setId, (set) => completeSet(set, now));
      // Already done, or refused (refused input, no reps or RPE): no rest starts.
      if (next === state || findSet(next, action.setId)?.completedAt !== now) return next;
      return { ...next, rest: { setId: action.setId, startedAt: now, durationSeconds: state.restSeconds } };
    }
    case 'uncomplete-set': {
      const next = updateSet(state, action.setId, uncompleteSet);
      return next !== state && state.rest?.setId === action.setId ? withoutRest(next) : next;
    }
    case 'prefill-from-previous':
      return updateExercise(state, action.exerciseId, (exercise) => {
        const previous = action.previous.filter((set) => set.exerciseAddress === exercise.exerciseAddress);
        const sets = exercise.sets.map((set, i) => prefillSet(set, previous[i]));
        return sets.every((set, i) => set === exercise.sets[i]) ? exercise : { ...exercise, sets };
      });
    case 'skip-rest':
      return withoutRest(state);
    case 'adjust-rest':
      return state.rest ? { ...state, rest: adjustRest(state.rest, action.seconds) } : state;
    case 'edit-notes':
      return action.text === state.notes ? state : { ...state, notes: action.text };
    case 'finish':
      return { ...withoutRest(state), finishedAt: now };
  }
}

/** Whole seconds since the start, up to `finish` once finished. */
export function elapsedSeconds(session: Pick<WorkoutSession, 'startedAt' | 'finishedAt'>, now: number): number {
  return Math.max(0, Math.floor(((session.finishedAt ?? now) - session.startedAt) / 1000));
}

export function findSet(session: WorkoutSession, setId: string): SessionSet | undefined {
  for (const exercise of session.exercises) {
    const set = exercise.sets.find((s) => s.id === setId);
    if (set) return set;
  }
  return undefined;
}

function withoutRest(state: WorkoutSession): WorkoutSession {
  if (!state.rest) return state;
  const { rest: _rest, ...next } = state;
  return next;
}

/** `idsUsed` new ids taken from nextId by the change. */
function updateExercise(
  state: WorkoutSession,
  exerciseId: string,
  change: (exercise: SessionExercise) => SessionExercise,
  idsUsed = 0,
): WorkoutSession {
  const i = state.exercises.findIndex((e) => e.id === exerciseId);
  const exercise = state.exercises[i];
  if (!exercise) return state;
  const changed = change(exercise);
  if (changed === exercise) return state;
  const exercises = state.exercises.map((e, j) => (j === i ? changed : e));
  return { ...state, exercises, nextId: state.nextId + idsUsed };
}

function updateExerciseOfSet(
  state: WorkoutSession,
  setId: string,
  change: (sets: SessionSet[]) => SessionSet[],
  idsUsed = 0,
): WorkoutSession {
  const exercise = state.exercises.find((e) => e.sets.some((set) => set.id === setId));
  if (!exercise) return state;
  return updateExercise(state, exercise.id, (e) => {
    const sets = change(e.sets);
    return sets === e.sets ? e : { ...e, sets };
  }, idsUsed);
}

function updateSet(state: WorkoutSession, setId: string, change: (set: SessionSet) => SessionSet): WorkoutSession {
  return updateExerciseOfSet(state, setId, (sets) => {
    const current = sets.find((set) => set.id === setId);
    if (!current) return sets;
    const changed = change(current);
    return changed === current ? sets : sets.map((set) => (set === current ? changed : set));
  });
}
