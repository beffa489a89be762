import { describe, expect, it } from 'vitest';
import { SET_TYPE_UNIT, type ExerciseFormat } from './exercise-format';
import { detectPersonalRecords } from './personal-records';
import { fieldOf } from './session-set-edits';
import { startSession } from './session-start';
import { sessionToRecord } from './session-to-record';
import { readSetValues, writeSetParams } from './set-values';
import { estimatedOneRepMax, volumeKg } from './strength';
import { buildWorkoutRecord, parseWorkoutRecord } from './workout-record';
import { reduceSession, type SessionAction, type WorkoutSession } from './workout-session';

/**
 * Every format NIP-101e allows, logged end to end: typed in the workout, written in the
 * record in the exercise's order and units, read back by meaning, and counted only where a
 * figure means something.
 */

const PUBKEY = 'c'.repeat(64);
const T0 = Date.UTC(2026, 11, 7, 7, 0, 0);

const fmt = (...pairs: Array<[string, string]>): ExerciseFormat => ({ names: pairs.map((p) => p[0]), units: pairs.map((p) => p[1]) });
const RPE: [string, string] = ['rpe', '0-10'];
const TYPE: [string, string] = ['set_type', SET_TYPE_UNIT];

/** Each format with what is typed into each of its fields, the params the record must carry, and the values read back. */
const FORMATS = [
  {
    name: 'strength',
    format: fmt(['weight', 'kg'], ['reps', 'count'], RPE, TYPE),
    typed: { weight: '102.5', reps: '5', rpe: '8' },
    params: ['102.5', '5', '8', 'normal'],
    values: { weightKg: 102.5, reps: 5, rpe: 8, setType: 'normal' },
  },
  {
    name: 'assisted (negative weight)',
    format: fmt(['weight', 'kg'], ['reps', 'count'], RPE, TYPE),
    typed: { reps: '8', rpe: '7' },
    params: ['', '8', '7', 'normal'],
    values: { weightKg: null, reps: 8, rpe: 7, setType: 'normal' },
  },
  {
    name: 'bodyweight, reps only',
    format: fmt(['reps', 'count'], RPE, TYPE),
    typed: { reps: '15', rpe: '7' },
    params: ['15', '7', 'normal'],
    values: { reps: 15, rpe: 7, setType: 'normal' },
  },
  {
    name: 'timed (a plank)',
    format: fmt(['duration', 'seconds'], RPE, TYPE),
    typed: { duration: '1:30', rpe: '7' },
    params: ['90', '7', 'normal'],
    values: { durationSeconds: 90, rpe: 7, setType: 'normal' },
  },
  {
    name: 'distance only, in metres',
    format: fmt(['distance', 'm'], RPE, TYPE),
    typed: { distance: '0.4', rpe: '6' },
    params: ['400', '6', 'normal'],
    values: { distanceMetres: 400, rpe: 6, setType: 'normal' },
  },
  {
    name: 'cardio (a 2 km row)',
    format: fmt(['duration', 'seconds'], ['distance', 'km'], RPE, TYPE),
    typed: { duration: '8:05', distance: '2', rpe: '8' },
    params: ['485', '2', '8', 'normal'],
    values: { durationSeconds: 485, distanceMetres: 2000, rpe: 8, setType: 'normal' },
  },
  {
    name: 'cardio in miles, typed in km',
    format: fmt(['distance', 'mi'], ['duration', 'seconds'], RPE, TYPE),
    typed: { distance: '5', duration: '25:00', rpe: '8' },
    params: ['3.106856', '1500', '8', 'normal'],
    values: { distanceMetres: 5000, durationSeconds: 1500, rpe: 8, setType: 'normal' },
  },
  {
    name: 'carry (weight for a time)',
    format: fmt(['weight', 'kg'], ['duration', 'seconds'], RPE, TYPE),
    typed: { weight: '40', duration: '45', rpe: '8' },
    params: ['40', '45', '8', 'normal'],
    values: { weightKg: 40, durationSeconds: 45, rpe: 8, setType: 'normal' },
  },
  {
    name: 'an own parameter (tempo), no set type',
    format: fmt(['weight', 'kg'], ['reps', 'count'], ['tempo', 'sec']),
    typed: { weight: '60', reps: '8', 'param:tempo': '3-1-1' },
    params: ['60', '8', '3-1-1'],
    values: { weightKg: 60, reps: 8 },
  },
] as const;

const address = (name: string) => `33401:${PUBKEY}:${name.replace(/\W+/g, '-')}`;

/** A workout of one exercise in `format`, with one set (s2) to fill in. */
function opened(name: string, format: ExerciseFormat): WorkoutSession {
  const add: SessionAction = {
    type: 'add-exercise',
    exerciseAddress: address(name),
    title: name,
    format: [...format.names],
    units: [...format.units],
  };
  return reduceSession(startSession(`w-${name}`, T0), add, T0);
}

/** A workout of one exercise in `format`, one set typed field by field (kg and km), ticked and finished. */
function logged(name: string, format: ExerciseFormat, typed: Readonly<Record<string, string>>): WorkoutSession {
  let state = opened(name, format);
  const setId = state.exercises[0]?.sets[0]?.id ?? '';
  for (const [field, text] of Object.entries(typed)) {
    state = reduceSession(state, { type: 'edit-set', setId, field: field as never, text, unit: 'kg' }, T0);
  }
  state = reduceSession(state, { type: 'complete-set', setId }, T0 + 60_000);
  return reduceSession(state, { type: 'finish' }, T0 + 120_000);
}

describe.each(FORMATS)('the $name format', ({ name, format, typed, params, values }) => {
  it('is logged, written with a value for every parameter in the format’s order and units, and read back by meaning', () => {
    const session = logged(name, format, typed);
    expect(session.exercises[0]?.sets[0]?.errors).toBeUndefined();
    const finished = sessionToRecord(session, []);
    if (!finished.ok) throw new Error(finished.reason);
    expect(finished.value.record.sets.map((set) => set.params)).toEqual([params]);
    const event = buildWorkoutRecord(finished.value.record, 0, finished.value.formats);
    // A set number that would read as a value is left out (template.ts buildExerciseTag).
    const setNumber = name.startsWith('an own parameter') ? [] : ['1'];
    expect(event.tags.find((tag) => tag[0] === 'exercise')).toEqual(['exercise', address(name), '', ...params, ...setNumber]);
    const read = parseWorkoutRecord({ ...event, pubkey: PUBKEY }, (a) => (a === address(name) ? format : undefined));
    if (!read.ok) throw new Error(read.reason);
    expect(read.value.notUnderstood).toBeUndefined();
    expect(read.value.sets[0]).toEqual({ exerciseAddress: address(name), relayHint: '', params, setNumber: 1, ...values });
    expect(read.value.sets).toEqual(finished.value.record.sets);
  });

  it('refuses the tick while a value of its format is missing, naming each field', () => {
    const state = reduceSession(opened(name, format), { type: 'complete-set', setId: 's2' }, T0);
    const missing = format.names.filter((n) => n !== 'weight' && n !== 'set_type').map(fieldOf);
    expect(Object.keys(state.exercises[0]?.sets[0]?.errors ?? {}).sort()).toEqual([...missing].sort());
    expect(state.exercises[0]?.sets[0]?.completedAt).toBeUndefined();
  });
});

describe('figures by format', () => {
  const read = (format: ExerciseFormat, params: string[]) => {
    const values = readSetValues(params, format);
    if (!values.ok) throw new Error(values.reason);
    return { exerciseAddress: 'x', ...values.value };
  };
  const CARDIO = FORMATS[5].format;
  const CARRY = FORMATS[7].format;
  const TIMED = FORMATS[3].format;

  it('counts volume and e1RM only for a load lifted for reps: not a row’s time × distance, not a carry’s load × seconds', () => {
    expect(volumeKg([read(CARDIO, ['1800', '5', '7', 'normal'])])).toBe(0);
    expect(volumeKg([read(CARRY, ['40', '45', '8', 'normal'])])).toBe(0);
    expect(estimatedOneRepMax(read(CARRY, ['40', '45', '8', 'normal']).weightKg, undefined)).toBeUndefined();
    expect(volumeKg([read(FORMATS[0].format, ['100', '5', '8', 'normal'])])).toBe(500);
  });

  it('finds the PRs each format can earn: longest hold, longest distance, fastest pace, a carry’s weight and time', () => {
    const plank = (seconds: string) => ({ ...read(TIMED, [seconds, '7', 'normal']), exerciseAddress: 'plank' });
    expect(detectPersonalRecords([plank('95')], [{ sets: [plank('80')] }])).toEqual([
      { exerciseAddress: 'plank', metric: 'duration', value: 95, previous: 80 },
    ]);
    const row = (seconds: string, km: string) => ({ ...read(CARDIO, [seconds, km, '7', 'normal']), exerciseAddress: 'row' });
    expect(detectPersonalRecords([row('470', '2')], [{ sets: [row('485', '2')] }])).toEqual([
      { exerciseAddress: 'row', metric: 'pace', value: 235, previous: 242.5 },
    ]);
    expect(detectPersonalRecords([row('1300', '5')], [{ sets: [row('485', '2')] }]).map((pr) => pr.metric)).toEqual(['distance']);
    const carry = (kg: string, seconds: string) => ({ ...read(CARRY, [kg, seconds, '8', 'normal']), exerciseAddress: 'carry' });
    expect(detectPersonalRecords([carry('50', '60')], [{ sets: [carry('40', '45')] }]).map((pr) => pr.metric)).toEqual([
      'weight',
      'duration',
    ]);
  });

  it('leaves warm-ups out of every PR', () => {
    const plank = (seconds: string, type: string) => ({ ...read(TIMED, [seconds, '7', type]), exerciseAddress: 'plank' });
    expect(detectPersonalRecords([plank('200', 'warmup')], [{ sets: [plank('80', 'normal')] }])).toEqual([]);
  });
});

describe('values that do not fit their unit', () => {
  const CARDIO = FORMATS[5].format;
  it.each([
    [['-30', '2', '7', 'normal'], "duration '-30' is negative"],
    [['0', '2', '7', 'normal'], 'a distance in 0 seconds is a pace of 0'],
    [['485', 'far', '7', 'normal'], "distance 'far' is not a number"],
    [['485', '-2', '7', 'normal'], "distance '-2' is negative"],
    [['soon', '2', '7', 'normal'], "duration 'soon' is not a time (seconds, mm:ss or hh:mm:ss)"],
  ])('reads %j as not fitting: %s', (params, reason) => {
    expect(readSetValues(params, CARDIO)).toEqual({ ok: false, reason });
  });

  it('keep the record: the set is shown as written, counted nowhere, and said with its tag position', () => {
    const tags = [
      ['d', 'row-day'],
      ['title', 'Row'],
      ['type', 'strength'],
      ['start', '100'],
      ['end', '200'],
      ['completed', 'true'],
      ['exercise', address('row'), '', '485', '2', '7', 'normal', '1'],
      ['exercise', address('row'), '', '-30', '2', '7', 'normal', '2'],
    ];
    const read = parseWorkoutRecord({ kind: 1301, tags, content: '', pubkey: PUBKEY, created_at: 300 }, () => CARDIO);
    if (!read.ok) throw new Error(read.reason);
    expect(read.value.sets.map((set) => set.distanceMetres)).toEqual([2000, undefined]);
    expect(read.value.sets[1]?.params).toEqual(['-30', '2', '7', 'normal']);
    expect(read.value.notUnderstood).toEqual([
      "exercise tag 2: duration '-30' is negative; the set is shown as written and counted nowhere",
    ]);
  });

  it('are refused by the strict builder, with the set named', () => {
    const finished = sessionToRecord(logged('row', CARDIO, { duration: '485', distance: '2', rpe: '7' }), []);
    if (!finished.ok) throw new Error(finished.reason);
    const [row] = finished.value.record.sets;
    if (!row) throw new Error('no set recorded');
    const record = { ...finished.value.record, sets: [{ ...row, params: ['-30', '2', '7', 'normal'] }] };
    expect(() => buildWorkoutRecord(record, 0, finished.value.formats)).toThrow("set 1: duration '-30' is negative");
  });

  it('are refused at the input with a message for the person, the typed text kept', () => {
    let state = opened('row', CARDIO);
    for (const [field, text] of [
      ['duration', '-5'],
      ['distance', 'two'],
    ] as const) {
      state = reduceSession(state, { type: 'edit-set', setId: 's2', field, text, unit: 'kg' }, T0);
    }
    expect(state.exercises[0]?.sets[0]?.errors).toEqual({
      duration: { text: '-5', message: 'Time can’t be negative.' },
      distance: { text: 'two', message: 'Distance must be a number of kilometres, like 2.5.' },
    });
  });
});

describe('writeSetParams', () => {
  it('names the parameter that has no value', () => {
    expect(writeSetParams({ durationSeconds: 60 }, FORMATS[5].format)).toEqual({ ok: false, reason: 'distance has no value' });
  });

  it('leaves a value the set has not empty when told to (an import), and still refuses a unit it cannot write', () => {
    const strength = { names: ['weight', 'reps', 'rpe', 'set_type'], units: ['kg', 'count', '0-10', 'warmup|normal|drop|failure'] };
    expect(writeSetParams({ weightKg: 100, setType: 'normal' }, strength, {}, { missing: 'empty' })).toEqual({
      ok: true,
      value: ['100', '', '', 'normal'],
    });
    const stones = { names: ['weight', 'reps'], units: ['stone', 'count'] };
    expect(writeSetParams({ weightKg: 100, reps: 5 }, stones, {}, { missing: 'empty' })).toEqual({
      ok: false,
      reason: "weight is in a unit Plates cannot write ('stone')",
    });
  });
});
