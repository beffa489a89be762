import { describe, expect, it } from 'vitest';
import { startSession } from './session-start';
import { sessionToRecord } from './session-to-record';
import { parseTemplate } from './template';
import { buildWorkoutRecord, parseWorkoutRecord, type WorkoutRecord } from './workout-record';
import { reduceSession, type SessionAction, type WorkoutSession } from './workout-session';

const PUBKEY = '1'.repeat(64);
const SQUAT = `33401:${PUBKEY}:squat`;
const PULL_UP = `33401:${PUBKEY}:pull-up`;
const T0 = Date.UTC(2025, 0, 6, 18, 0, 0) + 400; // not on a whole second
const START_SECONDS = Math.floor(T0 / 1000);

const parsedTemplate = parseTemplate({
  kind: 33402,
  pubkey: PUBKEY,
  content: '',
  tags: [
    ['d', 'legs'],
    ['title', 'Leg Day'],
    ['type', 'strength'],
    ['exercise', SQUAT, 'wss://Relay.Example/', '60', '10', '5', 'warmup', '1'],
    ['exercise', SQUAT, 'wss://Relay.Example/', '100', '5', '8', 'normal', '2'],
    ['exercise', SQUAT, 'wss://Relay.Example/', '100', '5', '8', 'normal', '3'],
    ['exercise', PULL_UP, 'not a relay', '', '8', '9', 'normal', '4'],
    ['t', 'Legs'],
  ],
});
if (!parsedTemplate.ok) throw new Error(parsedTemplate.reason);
const TEMPLATE = parsedTemplate.value;

function session(...actions: SessionAction[]): WorkoutSession {
  const start = startSession('leg-day-1', T0, {
    address: `33402:${PUBKEY}:legs`,
    relayHint: 'wss://relay.example',
    template: TEMPLATE,
    exerciseTitles: { [SQUAT]: 'Back Squat' },
  });
  return actions.reduce((state, action, i) => reduceSession(state, action, T0 + (i + 1) * 60_000), start);
}

// e1 squat: s2 warm-up 60×10 @5, s3 100×5 @8, s4 100×5 @8; e5 pull-up: s6 bodyweight ×8 @9.
const tick = (setId: string): SessionAction => ({ type: 'complete-set', setId });
const FULL = session(
  tick('s2'),
  { type: 'edit-set', setId: 's3', field: 'weight', text: '105', unit: 'kg' },
  tick('s3'),
  tick('s4'),
  tick('s6'),
  { type: 'edit-notes', text: 'Depth was good.' },
  { type: 'finish' },
);

function squat(setNumber: number, params: string[]) {
  return { exerciseAddress: SQUAT, relayHint: 'wss://relay.example', params, setNumber };
}

const LAST_WEEK = { sets: [{ exerciseAddress: SQUAT, weightKg: 100, reps: 5, setType: 'normal' as const }] };

function finished(state: WorkoutSession, history = [LAST_WEEK]) {
  const result = sessionToRecord(state, history);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe('sessionToRecord', () => {
  it('writes the done sets, numbered within each exercise, with the template, times and PRs', () => {
    const { record } = finished(FULL);
    expect(record).toStrictEqual<WorkoutRecord>({
      d: 'leg-day-1',
      title: 'Leg Day',
      type: 'strength',
      start: START_SECONDS,
      end: START_SECONDS + 7 * 60,
      completed: true,
      templateAddress: `33402:${PUBKEY}:legs`,
      templateRelayHint: 'wss://relay.example',
      sets: [
        // The template's relay hint in the form the record builder writes.
        { ...squat(1, ['60', '10', '5', 'warmup']), weightKg: 60, reps: 10, rpe: 5, setType: 'warmup' },
        { ...squat(2, ['105', '5', '8', 'normal']), weightKg: 105, reps: 5, rpe: 8, setType: 'normal' },
        { ...squat(3, ['100', '5', '8', 'normal']), weightKg: 100, reps: 5, rpe: 8, setType: 'normal' },
        // Bodyweight is "", and a relay hint that is not a URL is dropped.
        {
          exerciseAddress: PULL_UP,
          relayHint: '',
          params: ['', '8', '9', 'normal'],
          setNumber: 1,
          weightKg: null,
          reps: 8,
          rpe: 9,
          setType: 'normal',
        },
      ],
      prs: [
        { exerciseAddress: SQUAT, metric: 'weight', value: 105 },
        { exerciseAddress: SQUAT, metric: 'e1rm', value: 122.5 },
        { exerciseAddress: SQUAT, metric: 'volume', value: 1025 },
      ],
      notes: 'Depth was good.',
      hashtags: ['legs'],
      legacy: false,
    });
  });

  it('round-trips: session → record → buildWorkoutRecord → parseWorkoutRecord gives the same sets and PRs', () => {
    const { record } = finished(FULL);
    const event = buildWorkoutRecord(record, START_SECONDS + 7 * 60);
    expect(event.tags).toContainEqual(['pr', `${SQUAT},e1rm,122.5`]);
    expect(event.tags).toContainEqual(['exercise', PULL_UP, '', '', '8', '9', 'normal', '1']);
    expect(parseWorkoutRecord({ ...event, pubkey: PUBKEY })).toEqual({ ok: true, value: record });
  });

  it('round-trips a pound weight to the gram', () => {
    const lb = session({ type: 'edit-set', setId: 's3', field: 'weight', text: '225', unit: 'lb' }, tick('s3'), { type: 'finish' });
    const { record } = finished(lb);
    expect(record.sets).toMatchObject([{ params: ['102.058', '5', '8', 'normal'], weightKg: 102.058 }]);
    const parsed = parseWorkoutRecord({ ...buildWorkoutRecord(record, 0), pubkey: PUBKEY });
    expect(parsed.ok && parsed.value.sets).toEqual(record.sets);
  });

  it('summarises duration, volume without warm-ups, sets and PRs', () => {
    const { summary } = finished(FULL);
    expect(summary).toStrictEqual({
      durationSeconds: 7 * 60,
      volumeKg: 1025,
      distanceMetres: 0,
      sets: 4,
      prs: [
        { exerciseAddress: SQUAT, metric: 'weight', value: 105, previous: 100 },
        { exerciseAddress: SQUAT, metric: 'e1rm', value: 122.5, previous: 116.667 },
        { exerciseAddress: SQUAT, metric: 'volume', value: 1025, previous: 500 },
      ],
    });
  });

  it('marks a workout with sets left undone as not completed, and leaves those sets out', () => {
    const partial = session(tick('s3'), { type: 'finish' });
    const { record } = finished(partial, []);
    expect(record.completed).toBe(false);
    expect(record.sets.map((s) => s.params)).toEqual([['100', '5', '8', 'normal']]);
    expect(record.prs).toEqual([]);
  });

  it('names an empty workout "Workout" and writes no template', () => {
    let empty = startSession('quick', T0);
    empty = reduceSession(empty, { type: 'add-exercise', exerciseAddress: SQUAT }, T0);
    for (const [field, text] of [
      ['weight', '80'],
      ['reps', '8'],
      ['rpe', '7'],
    ] as const) {
      empty = reduceSession(empty, { type: 'edit-set', setId: 's2', field, text, unit: 'kg' }, T0);
    }
    empty = reduceSession(reduceSession(empty, tick('s2'), T0), { type: 'finish' }, T0 + 1);
    const { record } = finished(empty, []);
    expect(record).toMatchObject({ title: 'Workout', type: 'strength', start: START_SECONDS, end: START_SECONDS, completed: true });
    expect(record.templateAddress).toBeUndefined();
    expect(buildWorkoutRecord(record, 0).tags.some((t) => t[0] === 'template')).toBe(false);
  });

  it('refuses, with a message for the person, an unfinished workout or one with no done set', () => {
    expect(sessionToRecord(session(tick('s3')), [])).toEqual({ ok: false, reason: 'Finish the workout first.' });
    expect(sessionToRecord(session({ type: 'finish' }), [])).toEqual({
      ok: false,
      reason: 'Tick at least one set done to save the workout.',
    });
  });
});

describe('a workout mixing formats', () => {
  it('records a lift, a plank timed by its timer and a 2 km row, each set in its own format and units', () => {
    const PLANK = `33401:${PUBKEY}:plank`;
    const ROW = `33401:${PUBKEY}:row`;
    const TYPES = 'warmup|normal|drop|failure';
    const add = (exerciseAddress: string, title: string, format: string[], units: string[]): SessionAction => ({
      type: 'add-exercise',
      exerciseAddress,
      title,
      format,
      units,
    });
    const edit = (setId: string, field: 'weight' | 'reps' | 'rpe' | 'duration' | 'distance', text: string): SessionAction => ({
      type: 'edit-set',
      setId,
      field,
      text,
      unit: 'kg',
    });
    const steps: Array<[SessionAction, number]> = [
      [add(SQUAT, 'Back Squat', ['weight', 'reps', 'rpe', 'set_type'], ['kg', 'count', '0-10', TYPES]), 0],
      [add(PLANK, 'Plank', ['duration', 'rpe', 'set_type'], ['seconds', '0-10', TYPES]), 0],
      [add(ROW, 'Rowing', ['duration', 'distance', 'rpe', 'set_type'], ['seconds', 'km', '0-10', TYPES]), 0],
      [edit('s2', 'weight', '100'), 0],
      [edit('s2', 'reps', '5'), 0],
      [edit('s2', 'rpe', '8'), 0],
      [tick('s2'), 60_000],
      // The plank: the stopwatch runs 75.6 s, then the tick stops it.
      [{ type: 'start-timer', setId: 's4' }, 120_000],
      [edit('s4', 'rpe', '7'), 150_000],
      [tick('s4'), 195_600],
      [edit('s6', 'duration', '8:05'), 300_000],
      [edit('s6', 'distance', '2'), 300_000],
      [edit('s6', 'rpe', '8'), 300_000],
      [tick('s6'), 300_000],
      [{ type: 'finish' }, 600_000],
    ];
    const state = steps.reduce((s, [action, at]) => reduceSession(s, action, T0 + at), startSession('mixed', T0));
    const result = sessionToRecord(state, []);
    if (!result.ok) throw new Error(result.reason);
    const { record, formats, summary } = result.value;
    expect(record.sets.map((set) => [set.exerciseAddress, set.params])).toEqual([
      [SQUAT, ['100', '5', '8', 'normal']],
      [PLANK, ['75', '7', 'normal']],
      [ROW, ['485', '2', '8', 'normal']],
    ]);
    expect(summary).toMatchObject({ volumeKg: 500, distanceMetres: 2000, sets: 3 });
    const read = parseWorkoutRecord({ ...buildWorkoutRecord(record, 0, formats), pubkey: PUBKEY }, (address) => formats.get(address));
    expect(read.ok && read.value.sets).toEqual(record.sets);
  });
});
