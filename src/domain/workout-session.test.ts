import { describe, expect, it } from 'vitest';
import { DEFAULT_REST_SECONDS, REST_STEP_SECONDS, restRemaining } from './rest-timer';
import { startSession } from './session-start';
import { timerOver, timerShown } from './set-timer';
import { parseTemplate } from './template';
import { elapsedSeconds, findSet, reduceSession, type SessionAction, type WorkoutSession } from './workout-session';

const PUBKEY = 'e'.repeat(64);
const SQUAT = `33401:${PUBKEY}:squat`;
const BENCH = `33401:${PUBKEY}:bench`;
const ROW = `33401:${PUBKEY}:row`;
const T0 = Date.UTC(2025, 0, 6, 18, 0, 0);
const SECOND = 1000;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Reduces a frozen state (a mutation throws) and checks the result is plain JSON. */
function reduce(state: WorkoutSession, action: SessionAction, now = T0): WorkoutSession {
  const next = reduceSession(deepFreeze(state), action, now);
  expect(JSON.parse(JSON.stringify(next))).toStrictEqual(next);
  return next;
}

function run(state: WorkoutSession, ...actions: SessionAction[]): WorkoutSession {
  return actions.reduce((s, action) => reduce(s, action), state);
}

function fromTemplate(): WorkoutSession {
  const template = parseTemplate({
    kind: 33402,
    pubkey: PUBKEY,
    content: '',
    tags: [
      ['d', 'push-pull'],
      ['title', 'Push Pull'],
      ['exercise', SQUAT, '', '100', '5', '8', 'normal', '1'],
      ['exercise', SQUAT, '', '', '5', '7', 'normal', '2'],
      ['exercise', BENCH, '', '', '', '', 'normal', '3'],
    ],
  });
  if (!template.ok) throw new Error(template.reason);
  return startSession('w', T0, {
    address: `33402:${PUBKEY}:push-pull`,
    template: template.value,
    exerciseTitles: { [SQUAT]: 'Back Squat' },
  });
}

// e1 squat: s2 (100 kg × 5 @ 8), s3 (× 5 @ 7); e4 bench: s5 (empty); nextId 6.
const START = fromTemplate();

function timerOf(state: WorkoutSession) {
  if (!state.timer) throw new Error('no timer running');
  return state.timer;
}

function set(state: WorkoutSession, id: string) {
  const found = findSet(state, id);
  if (!found) throw new Error(`no set ${id}`);
  return found;
}

describe('exercises', () => {
  it('adds an exercise with one empty set, titled or not', () => {
    const next = run(
      START,
      { type: 'add-exercise', exerciseAddress: ROW, relayHint: 'wss://r.example', title: 'Row' },
      { type: 'add-exercise', exerciseAddress: BENCH },
    );
    expect(next.exercises.slice(2)).toStrictEqual([
      { id: 'e6', exerciseAddress: ROW, relayHint: 'wss://r.example', title: 'Row', sets: [{ id: 's7', setType: 'normal' }] },
      { id: 'e8', exerciseAddress: BENCH, relayHint: '', sets: [{ id: 's9', setType: 'normal' }] },
    ]);
    expect(next.nextId).toBe(10);
  });

  it('removes an exercise', () => {
    expect(reduce(START, { type: 'remove-exercise', exerciseId: 'e1' }).exercises.map((e) => e.id)).toEqual(['e4']);
    expect(reduce(START, { type: 'remove-exercise', exerciseId: 'nope' })).toBe(START);
  });

  it('moves an exercise, clamping the index', () => {
    const three = reduce(START, { type: 'add-exercise', exerciseAddress: ROW });
    const order = (s: WorkoutSession) => s.exercises.map((e) => e.id);
    expect(order(reduce(three, { type: 'move-exercise', exerciseId: 'e6', toIndex: 0 }))).toEqual(['e6', 'e1', 'e4']);
    expect(order(reduce(three, { type: 'move-exercise', exerciseId: 'e1', toIndex: 1 }))).toEqual(['e4', 'e1', 'e6']);
    expect(order(reduce(three, { type: 'move-exercise', exerciseId: 'e1', toIndex: 99 }))).toEqual(['e4', 'e6', 'e1']);
    expect(order(reduce(three, { type: 'move-exercise', exerciseId: 'e6', toIndex: -3 }))).toEqual(['e6', 'e1', 'e4']);
    expect(reduce(three, { type: 'move-exercise', exerciseId: 'e4', toIndex: 1 })).toBe(three);
  });
});

describe('sets', () => {
  it('adds an empty set at the end of an exercise', () => {
    const next = reduce(START, { type: 'add-set', exerciseId: 'e4' });
    expect(next.exercises[1]?.sets).toStrictEqual([
      { id: 's5', setType: 'normal' },
      { id: 's6', setType: 'normal' },
    ]);
    expect(next.nextId).toBe(7);
  });

  it('removes a set', () => {
    expect(reduce(START, { type: 'remove-set', setId: 's2' }).exercises[0]?.sets.map((s) => s.id)).toEqual(['s3']);
    expect(reduce(START, { type: 'remove-set', setId: 'nope' })).toBe(START);
  });

  it('duplicates a set after itself: values and type, not done, no errors', () => {
    const done = run(
      START,
      { type: 'edit-set', setId: 's2', field: 'setType', text: 'drop', unit: 'kg' },
      { type: 'complete-set', setId: 's2' },
    );
    const withError = reduce(done, { type: 'edit-set', setId: 's2', field: 'rpe', text: '12', unit: 'kg' });
    const next = reduce(withError, { type: 'duplicate-set', setId: 's2' });
    expect(next.exercises[0]?.sets.map((s) => s.id)).toEqual(['s2', 's6', 's3']);
    expect(set(next, 's6')).toStrictEqual({ id: 's6', setType: 'drop', weightKg: 100, reps: 5, rpe: 8 });
    expect(next.nextId).toBe(7);
  });
});

describe('editing a set', () => {
  it('applies valid input in the person’s unit, stored in kg', () => {
    const next = run(
      START,
      { type: 'edit-set', setId: 's5', field: 'weight', text: '225', unit: 'lb' },
      { type: 'edit-set', setId: 's5', field: 'reps', text: '8', unit: 'lb' },
      { type: 'edit-set', setId: 's5', field: 'rpe', text: '7.5', unit: 'lb' },
      { type: 'edit-set', setId: 's5', field: 'setType', text: 'failure', unit: 'lb' },
    );
    expect(set(next, 's5')).toStrictEqual({ id: 's5', setType: 'failure', weightKg: 102.058, reps: 8, rpe: 7.5 });
  });

  it('keeps refused input as typed text with its message, the value and the rest of the set unchanged', () => {
    const next = run(
      START,
      { type: 'edit-set', setId: 's2', field: 'reps', text: '-3', unit: 'kg' },
      { type: 'edit-set', setId: 's2', field: 'weight', text: '1200', unit: 'kg' },
    );
    expect(set(next, 's2')).toStrictEqual({
      id: 's2',
      setType: 'normal',
      weightKg: 100,
      reps: 5,
      rpe: 8,
      errors: {
        reps: { text: '-3', message: 'Reps can’t be negative.' },
        weight: { text: '1200', message: 'Weight must be at most 1000 kg.' },
      },
    });
    const fixed = run(next, { type: 'edit-set', setId: 's2', field: 'reps', text: '6', unit: 'kg' });
    expect(set(fixed, 's2').errors).toStrictEqual({ weight: { text: '1200', message: 'Weight must be at most 1000 kg.' } });
    const clean = reduce(fixed, { type: 'edit-set', setId: 's2', field: 'weight', text: '', unit: 'kg' });
    expect(set(clean, 's2')).toStrictEqual({ id: 's2', setType: 'normal', weightKg: null, reps: 6, rpe: 8 });
  });

  it('clears a field to nothing entered', () => {
    const next = run(
      START,
      { type: 'edit-set', setId: 's2', field: 'rpe', text: '', unit: 'kg' },
      { type: 'edit-set', setId: 's2', field: 'reps', text: ' ', unit: 'kg' },
    );
    expect(set(next, 's2')).toStrictEqual({ id: 's2', setType: 'normal', weightKg: 100 });
  });

  it('keeps the reps and RPE of a done set', () => {
    const done = reduce(START, { type: 'complete-set', setId: 's2' });
    const next = run(
      done,
      { type: 'edit-set', setId: 's2', field: 'reps', text: '', unit: 'kg' },
      { type: 'edit-set', setId: 's2', field: 'rpe', text: ' ', unit: 'kg' },
    );
    expect(set(next, 's2')).toMatchObject({
      reps: 5,
      rpe: 8,
      errors: {
        reps: { text: '', message: 'A done set needs its reps: enter it, or untick the set.' },
        rpe: { text: ' ', message: 'A done set needs its RPE: enter it, or untick the set.' },
      },
    });
    // The weight may go: an empty weight is bodyweight.
    expect(set(reduce(done, { type: 'edit-set', setId: 's2', field: 'weight', text: '', unit: 'kg' }), 's2').weightKg).toBeNull();
  });
});

describe('ticking sets', () => {
  it('records when a set was done and starts the rest; undo clears both', () => {
    const done = reduce(START, { type: 'complete-set', setId: 's2' }, T0 + 60 * SECOND);
    expect(set(done, 's2').completedAt).toBe(T0 + 60 * SECOND);
    expect(done.rest).toStrictEqual({ setId: 's2', startedAt: T0 + 60 * SECOND, durationSeconds: DEFAULT_REST_SECONDS });
    expect(reduce(done, { type: 'complete-set', setId: 's2' }, T0 + 70 * SECOND)).toBe(done);
    const undone = reduce(done, { type: 'uncomplete-set', setId: 's2' });
    expect(set(undone, 's2')).toStrictEqual(set(START, 's2'));
    expect(undone.rest).toBeUndefined();
    expect(reduce(START, { type: 'uncomplete-set', setId: 's2' })).toBe(START);
  });

  it('undoing another set leaves the running rest alone', () => {
    const both = run(START, { type: 'complete-set', setId: 's2' }, { type: 'complete-set', setId: 's3' });
    expect(reduce(both, { type: 'uncomplete-set', setId: 's2' }).rest?.setId).toBe('s3');
  });

  it('refuses a set without reps or RPE, saying so on each field (a record needs both)', () => {
    const next = reduce(START, { type: 'complete-set', setId: 's5' });
    expect(set(next, 's5')).toStrictEqual({
      id: 's5',
      setType: 'normal',
      errors: {
        reps: { text: '', message: 'Enter the reps you did.' },
        rpe: { text: '', message: 'Enter how hard it was: RPE from 0 to 10.' },
      },
    });
    expect(next.rest).toBeUndefined();
    const fixed = run(
      next,
      { type: 'edit-set', setId: 's5', field: 'reps', text: '10', unit: 'kg' },
      { type: 'edit-set', setId: 's5', field: 'rpe', text: '9', unit: 'kg' },
      { type: 'complete-set', setId: 's5' },
    );
    // No weight entered: bodyweight.
    expect(set(fixed, 's5')).toStrictEqual({ id: 's5', setType: 'normal', reps: 10, rpe: 9, completedAt: T0 });
  });

  it('refuses a set while a field holds refused input', () => {
    const typo = reduce(START, { type: 'edit-set', setId: 's2', field: 'rpe', text: '85', unit: 'kg' });
    expect(reduce(typo, { type: 'complete-set', setId: 's2' })).toBe(typo);
  });

  it('removing the resting set, or its exercise, ends the rest', () => {
    const done = reduce(START, { type: 'complete-set', setId: 's2' });
    expect(reduce(done, { type: 'remove-set', setId: 's2' }).rest).toBeUndefined();
    expect(reduce(done, { type: 'remove-set', setId: 's3' }).rest).toBeDefined();
    expect(reduce(done, { type: 'remove-exercise', exerciseId: 'e1' }).rest).toBeUndefined();
    expect(reduce(done, { type: 'remove-exercise', exerciseId: 'e4' }).rest).toBeDefined();
  });
});

describe('the rest timer', () => {
  const resting = reduceSession(START, { type: 'complete-set', setId: 's2' }, T0);

  it('counts down from timestamps', () => {
    expect(restRemaining(START, T0)).toBeUndefined();
    expect(restRemaining(resting, T0)).toBe(90);
    expect(restRemaining(resting, T0 + 30 * SECOND)).toBe(60);
    expect(restRemaining(resting, T0 + 30.2 * SECOND)).toBe(60);
    expect(restRemaining(resting, T0 + 90 * SECOND)).toBe(0);
  });

  it('reads right after the tab slept or was killed: the time passed is not lost', () => {
    const restored = JSON.parse(JSON.stringify(resting)) as WorkoutSession;
    expect(restRemaining(restored, T0 + 45 * SECOND)).toBe(45);
    expect(restRemaining(restored, T0 + 10 * 60 * SECOND)).toBe(0);
    // A clock set back reads as the full rest, never more.
    expect(restRemaining(restored, T0 - 60 * SECOND)).toBe(90);
  });

  it('uses the template’s rest between sets', () => {
    expect(reduce({ ...START, restSeconds: 120 }, { type: 'complete-set', setId: 's2' }).rest?.durationSeconds).toBe(120);
  });

  it('extends and shortens by 15 s, never below 0, and skips', () => {
    const longer = reduce(resting, { type: 'adjust-rest', seconds: REST_STEP_SECONDS });
    expect(restRemaining(longer, T0 + 30 * SECOND)).toBe(75);
    const shorter = run(
      resting,
      { type: 'adjust-rest', seconds: -REST_STEP_SECONDS },
      { type: 'adjust-rest', seconds: -REST_STEP_SECONDS },
    );
    expect(restRemaining(shorter, T0 + 30 * SECOND)).toBe(30);
    const gone = reduce(resting, { type: 'adjust-rest', seconds: -1000 });
    expect(gone.rest?.durationSeconds).toBe(0);
    expect(restRemaining(gone, T0)).toBe(0);
    expect(reduce(resting, { type: 'skip-rest' }).rest).toBeUndefined();
    expect(reduce(START, { type: 'skip-rest' })).toBe(START);
    expect(reduce(START, { type: 'adjust-rest', seconds: 15 })).toBe(START);
  });

  it('a new tick restarts the rest', () => {
    const next = reduce(resting, { type: 'complete-set', setId: 's3' }, T0 + 100 * SECOND);
    expect(next.rest).toStrictEqual({ setId: 's3', startedAt: T0 + 100 * SECOND, durationSeconds: 90 });
  });
});

describe('prefill from the previous performance', () => {
  const previous = [
    { exerciseAddress: BENCH, weightKg: 80, reps: 8 },
    { exerciseAddress: SQUAT, weightKg: 95, reps: 6 },
    { exerciseAddress: SQUAT, weightKg: 97.5, reps: 5 },
  ];

  it('fills what nothing prescribed, set by set, from the same exercise only', () => {
    const next = reduce(START, { type: 'prefill-from-previous', exerciseId: 'e1', previous });
    // s2 was fully prescribed; s3 prescribed 5 reps and no weight.
    expect(set(next, 's2')).toStrictEqual(set(START, 's2'));
    expect(set(next, 's3')).toStrictEqual({ id: 's3', setType: 'normal', weightKg: 97.5, reps: 5, rpe: 7 });
    const bench = reduce(START, { type: 'prefill-from-previous', exerciseId: 'e4', previous });
    expect(set(bench, 's5')).toStrictEqual({ id: 's5', setType: 'normal', weightKg: 80, reps: 8 });
  });

  it('leaves done sets, typed values and bodyweight choices alone', () => {
    const typed = run(START, { type: 'edit-set', setId: 's5', field: 'weight', text: '', unit: 'kg' });
    const next = reduce(typed, { type: 'prefill-from-previous', exerciseId: 'e4', previous });
    expect(set(next, 's5')).toStrictEqual({ id: 's5', setType: 'normal', weightKg: null, reps: 8 });
    expect(reduce(START, { type: 'prefill-from-previous', exerciseId: 'e4', previous: [] })).toBe(START);
  });
});

describe('notes, time and finishing', () => {
  it('edits the notes', () => {
    expect(reduce(START, { type: 'edit-notes', text: 'Felt strong' }).notes).toBe('Felt strong');
  });

  it('measures elapsed time from the start timestamp', () => {
    expect(elapsedSeconds(START, T0 + 61.9 * SECOND)).toBe(61);
    expect(elapsedSeconds(START, T0 - SECOND)).toBe(0);
  });

  it('finishing stops the clock and the rest, and freezes all but the notes', () => {
    const resting = reduce(START, { type: 'complete-set', setId: 's2' });
    const finished = reduce(resting, { type: 'finish' }, T0 + 3600 * SECOND);
    expect(finished.finishedAt).toBe(T0 + 3600 * SECOND);
    expect(finished.rest).toBeUndefined();
    expect(elapsedSeconds(finished, T0 + 7200 * SECOND)).toBe(3600);
    expect(reduce(finished, { type: 'complete-set', setId: 's3' })).toBe(finished);
    expect(reduce(finished, { type: 'finish' }, T0 + 7200 * SECOND)).toBe(finished);
    expect(reduce(finished, { type: 'edit-notes', text: 'done' }).notes).toBe('done');
  });
});

describe('the state', () => {
  it('survives a JSON round trip after every kind of change (reduce checks each step)', () => {
    let state = START;
    const actions: SessionAction[] = [
      { type: 'add-exercise', exerciseAddress: ROW },
      { type: 'edit-set', setId: 's7', field: 'reps', text: 'x', unit: 'kg' },
      { type: 'edit-set', setId: 's7', field: 'reps', text: '12', unit: 'kg' },
      { type: 'edit-set', setId: 's7', field: 'rpe', text: '8', unit: 'kg' },
      { type: 'complete-set', setId: 's7' },
      { type: 'adjust-rest', seconds: 15 },
      { type: 'duplicate-set', setId: 's7' },
      { type: 'uncomplete-set', setId: 's7' },
      { type: 'move-exercise', exerciseId: 'e6', toIndex: 0 },
      { type: 'edit-notes', text: 'ok' },
      { type: 'finish' },
    ];
    for (const action of actions) state = reduce(state, action);
    expect(state).toMatchObject({ version: 1, notes: 'ok', finishedAt: T0 });
    expect(state.exercises.map((e) => e.id)).toEqual(['e6', 'e1', 'e4']);
  });
});

describe('a timed set’s timer', () => {
  const PLANK = `33401:${PUBKEY}:plank`;
  const TIMED = { format: ['duration', 'rpe', 'set_type'], units: ['seconds', '0-10', 'warmup|normal|drop|failure'] };
  // e6 plank: s7 (empty), s8 (empty).
  const PLANKS = run(
    START,
    { type: 'add-exercise', exerciseAddress: PLANK, title: 'Plank', ...TIMED },
    { type: 'add-set', exerciseId: 'e6' },
  );

  it('runs as a stopwatch from timestamps and gives the set the whole seconds it ran', () => {
    const running = reduce(PLANKS, { type: 'start-timer', setId: 's7' }, T0 + 10 * SECOND);
    expect(running.timer).toStrictEqual({ setId: 's7', startedAt: T0 + 10 * SECOND });
    expect(timerShown(timerOf(running), T0 + 55.9 * SECOND)).toBe(45);
    const stopped = reduce(running, { type: 'stop-timer', setId: 's7' }, T0 + 55.9 * SECOND);
    expect(stopped.timer).toBeUndefined();
    expect(set(stopped, 's7').durationSeconds).toBe(45);
  });

  it('counts down from the set’s time, and never gives more than it', () => {
    const prescribed = reduce(PLANKS, { type: 'edit-set', setId: 's7', field: 'duration', text: '1:00', unit: 'kg' });
    const running = reduce(prescribed, { type: 'start-timer', setId: 's7' }, T0);
    expect(running.timer?.countdownSeconds).toBe(60);
    expect(timerShown(timerOf(running), T0 + 20 * SECOND)).toBe(40);
    expect(timerOver(timerOf(running), T0 + 59 * SECOND)).toBe(false);
    expect(timerOver(timerOf(running), T0 + 60 * SECOND)).toBe(true);
    // Stopped early: the time held. Found long over (a tab killed mid-plank, reopened later): the time set.
    expect(set(reduce(running, { type: 'stop-timer', setId: 's7' }, T0 + 42 * SECOND), 's7').durationSeconds).toBe(42);
    expect(set(reduce(running, { type: 'stop-timer', setId: 's7' }, T0 + 3600 * SECOND), 's7').durationSeconds).toBe(60);
  });

  it('survives a reload: the stored state resumes from its timestamps', () => {
    const running = reduce(PLANKS, { type: 'start-timer', setId: 's7' }, T0);
    const restored = JSON.parse(JSON.stringify(running)) as WorkoutSession;
    expect(timerShown(timerOf(restored), T0 + 30 * SECOND)).toBe(30);
  });

  it('runs one at a time: starting another stops the first with its time', () => {
    const first = reduce(PLANKS, { type: 'start-timer', setId: 's7' }, T0);
    const second = reduce(first, { type: 'start-timer', setId: 's8' }, T0 + 30 * SECOND);
    expect(second.timer?.setId).toBe('s8');
    expect(set(second, 's7').durationSeconds).toBe(30);
  });

  it('is stopped by the tick (which then needs only the RPE), by a typed time, and by removing its set', () => {
    const running = run(reduce(PLANKS, { type: 'start-timer', setId: 's7' }, T0), {
      type: 'edit-set',
      setId: 's7',
      field: 'rpe',
      text: '7',
      unit: 'kg',
    });
    const ticked = reduce(running, { type: 'complete-set', setId: 's7' }, T0 + 50 * SECOND);
    expect(ticked.timer).toBeUndefined();
    expect(set(ticked, 's7')).toMatchObject({ durationSeconds: 50, completedAt: T0 + 50 * SECOND });
    expect(ticked.rest?.setId).toBe('s7');
    const typed = reduce(running, { type: 'edit-set', setId: 's7', field: 'duration', text: '40', unit: 'kg' });
    expect(typed.timer).toBeUndefined();
    expect(set(typed, 's7').durationSeconds).toBe(40);
    expect(reduce(running, { type: 'remove-set', setId: 's7' }).timer).toBeUndefined();
    expect(reduce(running, { type: 'remove-exercise', exerciseId: 'e6' }).timer).toBeUndefined();
  });

  it('does not start on a done set, and finishing stops it', () => {
    const running = reduce(PLANKS, { type: 'start-timer', setId: 's7' }, T0);
    const finished = reduce(running, { type: 'finish' }, T0 + 20 * SECOND);
    expect(finished.timer).toBeUndefined();
    expect(set(finished, 's7').durationSeconds).toBe(20);
    const done = run(
      PLANKS,
      { type: 'edit-set', setId: 's7', field: 'duration', text: '30', unit: 'kg' },
      { type: 'edit-set', setId: 's7', field: 'rpe', text: '6', unit: 'kg' },
      { type: 'complete-set', setId: 's7' },
    );
    expect(reduce(done, { type: 'start-timer', setId: 's7' })).toBe(done);
  });
});
