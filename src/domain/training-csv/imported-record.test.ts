import { describe, expect, it } from 'vitest';
import { STRENGTH_FORMAT, type ExerciseFormat } from '../exercise-format';
import { buildWorkoutRecord, parseWorkoutRecord } from '../workout-record';
import { importedRecord, type ChosenExercise } from './imported-record';
import type { ImportedWorkout } from './training-file';

const PUBKEY = 'a'.repeat(64);
const TIMED: ExerciseFormat = { names: ['duration', 'rpe', 'set_type'], units: ['seconds', '0-10', 'warmup|normal|drop|failure'] };
const chosen = (d: string, title: string, format: ExerciseFormat = STRENGTH_FORMAT): ChosenExercise => ({
  address: `33401:${PUBKEY}:${d}`,
  title,
  format,
});
const EXERCISES: Record<string, ChosenExercise> = {
  'Bench Press (Barbell)': chosen('bench', 'Bench Press'),
  'Bent Over Row (Barbell)': chosen('row', 'Barbell Row'),
  'Chin Up': chosen('chin', 'Chin-Up'),
  Plank: chosen('plank', 'Plank', TIMED),
};

const WORKOUT: ImportedWorkout = {
  key: 'hevy:2025-03-28 17:29:00:Upper',
  title: ' Upper ',
  start: 1_743_182_940,
  end: 1_743_187_920,
  notes: 'Good session',
  firstLine: 2,
  exercises: [
    {
      name: 'Bench Press (Barbell)',
      notes: 'Pause reps',
      sets: [
        { line: 2, setType: 'warmup', weightKg: 40, reps: 10 },
        { line: 3, setType: 'normal', weightKg: 82.5, reps: 5, rpe: 8, notes: 'grindy' },
      ],
    },
    {
      name: 'Bent Over Row (Barbell)',
      supersetId: '0',
      sets: [
        { line: 4, setType: 'normal', weightKg: 70, reps: 8 },
        { line: 5, setType: 'drop', weightKg: 50, reps: 10 },
      ],
    },
    { name: 'Chin Up', supersetId: '0', sets: [{ line: 6, setType: 'normal', weightKg: null, reps: 10 }] },
    { name: 'Plank', sets: [{ line: 7, setType: 'normal', durationSeconds: 60 }] },
  ],
};

describe('an imported workout as a record', () => {
  it('writes every set in its exercise’s format, numbered through the workout, a superset sharing its rounds', () => {
    const result = importedRecord(WORKOUT, 'import-hevy-abc', (name) => EXERCISES[name]);
    if (!result.ok) throw new Error(result.reason);
    const { record, formats } = result.value;
    expect(record).toMatchObject({
      d: 'import-hevy-abc',
      title: 'Upper',
      type: 'strength',
      start: WORKOUT.start,
      end: WORKOUT.end,
      completed: true,
    });
    expect(record.sets.map((set) => [set.exerciseAddress.split(':')[2], set.params, set.setNumber])).toEqual([
      ['bench', ['40', '10', '', 'warmup'], 1],
      ['bench', ['82.5', '5', '8', 'normal'], 2],
      ['row', ['70', '8', '', 'normal'], 3],
      ['row', ['50', '10', '', 'drop'], 4],
      ['chin', ['', '10', '', 'normal'], 3],
      ['plank', ['60', '', 'normal'], 5],
    ]);
    expect(record.sets[1]).toMatchObject({ weightKg: 82.5, reps: 5, rpe: 8, setType: 'normal' });
    expect(record.notes).toBe('Good session\n\nBench Press: Pause reps\nBench Press, set 2: grindy');

    // An RPE the source did not give stays empty in the signed record, and reads back as not given.
    const event = { ...buildWorkoutRecord(record, record.end, formats, { missing: 'empty' }), pubkey: PUBKEY };
    const read = parseWorkoutRecord(event, (address) => formats.get(address));
    if (!read.ok) throw new Error(read.reason);
    expect(read.value.sets.map(({ weightKg, reps, rpe, durationSeconds }) => [weightKg, reps, rpe, durationSeconds])).toEqual([
      [40, 10, undefined, undefined],
      [82.5, 5, 8, undefined],
      [70, 8, undefined, undefined],
      [50, 10, undefined, undefined],
      [null, 10, undefined, undefined],
      [undefined, undefined, undefined, 60],
    ]);
    expect(() => buildWorkoutRecord(record, record.end, formats)).toThrow('set 1: parameter 3 is empty');
  });

  it('loses what the chosen format has no place for, and leaves what the set lacks empty', () => {
    const plankAsLift = importedRecord(WORKOUT, 'd', (name) => (name === 'Plank' ? EXERCISES['Bench Press (Barbell)'] : EXERCISES[name]));
    if (!plankAsLift.ok) throw new Error(plankAsLift.reason);
    expect(plankAsLift.value.record.sets[5]?.params).toEqual(['', '', '', 'normal']);
  });

  it('names the set an exercise cannot hold, and a name without an exercise', () => {
    const stones = chosen('stones', 'Atlas Stones', { names: ['weight', 'reps'], units: ['stone', 'count'] });
    expect(importedRecord(WORKOUT, 'd', (name) => (name === 'Chin Up' ? stones : EXERCISES[name]))).toEqual({
      ok: false,
      reason: "Line 6: “Atlas Stones” cannot hold this set of “Chin Up”: weight is in a unit Plates cannot write ('stone').",
    });
    expect(importedRecord(WORKOUT, 'd', () => undefined)).toEqual({
      ok: false,
      reason: 'No exercise is chosen for “Bench Press (Barbell)”.',
    });
  });

  it('gives a workout without a title one, and never ends it before it starts', () => {
    const result = importedRecord({ ...WORKOUT, title: '', end: WORKOUT.start - 60 }, 'd', (name) => EXERCISES[name]);
    expect(result.ok && [result.value.record.title, result.value.record.end]).toEqual(['Workout', WORKOUT.start]);
  });
});
