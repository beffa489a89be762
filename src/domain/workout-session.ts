import { adjustRest } from './rest-timer';
import { completeSet, copySet, editSetField, prefillSet, timedSet, uncompleteSet } from './session-set-edits';
import { timerElapsed } from './set-timer';
import { sessionFormat, type SessionAction, type SessionExercise, type SessionSet, type WorkoutSession } from './workout-session-types';

/** The workout in progress's reducer; the state and its actions are in workout-session-types.ts. */
export * from './workout-session-types';

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
      if (action.units !== undefined) exercise.units = [...action.units];
      return { ...state, exercises: [...state.exercises, exercise], nextId: state.nextId + 2 };
    }
    case 'remove-exercise': {
      const exercise = state.exercises.find((e) => e.id === action.exerciseId);
      if (!exercise) return state;
      const next = { ...state, exercises: state.exercises.filter((e) => e !== exercise) };
      const withoutSetClocks = exercise.sets.some((set) => set.id === state.timer?.setId) ? withoutTimer(next) : next;
      return exercise.sets.some((set) => set.id === state.rest?.setId) ? withoutRest(withoutSetClocks) : withoutSetClocks;
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
      return updateExercise(
        state,
        action.exerciseId,
        (exercise) => ({
          ...exercise,
          sets: [...exercise.sets, { id: `s${state.nextId}`, setType: 'normal' }],
        }),
        1,
      );
    case 'remove-set': {
      const next = updateExerciseOfSet(state, action.setId, (sets) => sets.filter((set) => set.id !== action.setId));
      if (next === state) return state;
      const withoutSetClock = state.timer?.setId === action.setId ? withoutTimer(next) : next;
      return state.rest?.setId === action.setId ? withoutRest(withoutSetClock) : withoutSetClock;
    }
    case 'duplicate-set':
      return updateExerciseOfSet(
        state,
        action.setId,
        (sets) => {
          const i = sets.findIndex((set) => set.id === action.setId);
          const original = sets[i];
          return original ? [...sets.slice(0, i + 1), copySet(original, `s${state.nextId}`), ...sets.slice(i + 1)] : sets;
        },
        1,
      );
    case 'edit-set': {
      const next = updateSet(state, action.setId, (set) => editSetField(set, action.field, action.text, action.unit));
      // A time typed over a running timer wins.
      return action.field === 'duration' && next !== state && state.timer?.setId === action.setId ? withoutTimer(next) : next;
    }
    case 'complete-set': {
      const exercise = exerciseOfSet(state, action.setId);
      if (!exercise) return state;
      // A set ticked while its timer runs takes the time run.
      const timed = state.timer?.setId === action.setId ? stopTimer(state, now) : state;
      const next = updateSet(timed, action.setId, (set) => completeSet(set, now, sessionFormat(exercise)));
      // Already done, or refused (refused input, a value missing): no rest starts.
      if (next === timed || findSet(next, action.setId)?.completedAt !== now) return next;
      return { ...next, rest: { setId: action.setId, startedAt: now, durationSeconds: state.restSeconds } };
    }
    case 'start-timer': {
      const set = findSet(state, action.setId);
      if (!set || set.completedAt !== undefined || state.timer?.setId === action.setId) return state;
      // One clock at a time: another set's stops with its time.
      const next = state.timer ? stopTimer(state, now) : state;
      const countdown = set.durationSeconds !== undefined && set.durationSeconds > 0 ? set.durationSeconds : undefined;
      const timer = { setId: action.setId, startedAt: now, ...(countdown === undefined ? {} : { countdownSeconds: countdown }) };
      return { ...withoutRest(next), timer };
    }
    case 'stop-timer':
      return state.timer?.setId === action.setId ? stopTimer(state, now) : state;
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
      return { ...withoutRest(stopTimer(state, now)), finishedAt: now };
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

/** The running timer stopped at `now`, its set given the time it ran. */
function stopTimer(state: WorkoutSession, now: number): WorkoutSession {
  const timer = state.timer;
  if (!timer) return state;
  return withoutTimer(updateSet(state, timer.setId, (set) => timedSet(set, timerElapsed(timer, now))));
}

function withoutTimer(state: WorkoutSession): WorkoutSession {
  if (!state.timer) return state;
  const { timer: _timer, ...next } = state;
  return next;
}

function exerciseOfSet(state: WorkoutSession, setId: string): SessionExercise | undefined {
  return state.exercises.find((exercise) => exercise.sets.some((set) => set.id === setId));
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
  return updateExercise(
    state,
    exercise.id,
    (e) => {
      const sets = change(e.sets);
      return sets === e.sets ? e : { ...e, sets };
    },
    idsUsed,
  );
}

function updateSet(state: WorkoutSession, setId: string, change: (set: SessionSet) => SessionSet): WorkoutSession {
  return updateExerciseOfSet(state, setId, (sets) => {
    const current = sets.find((set) => set.id === setId);
    if (!current) return sets;
    const changed = change(current);
    return changed === current ? sets : sets.map((set) => (set === current ? changed : set));
  });
}
