import { describe, expect, it } from 'vitest';
import type { SetValues } from '../../domain/set-values';
import { volumeKg } from '../../domain/strength';
import type { ExportedRecord } from '../../domain/training-csv/strong-export';
import type { ImportedWorkout } from '../../domain/training-csv/training-file';
import type { WeightUnit } from '../../domain/units';
import { recordTitle, type RecordSet } from '../../domain/workout-record';
import { readTrainingCsv, strongCsv } from './training-csv';

const set = (exerciseAddress: string, values: SetValues): RecordSet => ({
  exerciseAddress,
  relayHint: '',
  params: [],
  setNumber: 0,
  ...values,
});
const TITLES: Record<string, string> = {
  bench: 'Bench Press (Barbell)',
  pullUp: 'Pull Up',
  assisted: 'Pull Up (Assisted)',
  plank: 'Plank',
  run: 'Running',
  row: 'Bent Over Row (Barbell)',
};
const titleOf = (address: string) => TITLES[address] ?? address;
const at = (year: number, month: number, day: number, hour: number, minute: number, second = 0) =>
  new Date(year, month - 1, day, hour, minute, second).getTime() / 1000;

const RECORDS: ExportedRecord[] = [
  {
    title: 'Push, "heavy"',
    type: 'strength',
    start: at(2025, 6, 2, 18, 0, 5),
    end: at(2025, 6, 2, 19, 5, 5),
    notes: 'Top set felt easy\nnext time 85',
    sets: [
      set('bench', { setType: 'warmup', weightKg: 40, reps: 10 }),
      set('bench', { setType: 'normal', weightKg: 102.058, reps: 5, rpe: 8 }),
      set('bench', { setType: 'normal', weightKg: 82.5, reps: 5, rpe: 9.5 }),
      set('bench', { setType: 'drop', weightKg: 60, reps: 8 }),
      set('bench', { setType: 'failure', weightKg: 60, reps: 6, rpe: 10 }),
      set('pullUp', { setType: 'normal', weightKg: null, reps: 10 }),
      set('assisted', { setType: 'normal', weightKg: -20, reps: 8 }),
      set('plank', { setType: 'normal', durationSeconds: 62.5 }),
      set('bench', { setType: 'normal', weightKg: 61.235, reps: 12 }),
    ],
  },
  {
    title: '',
    type: 'cardio',
    start: at(2025, 5, 30, 7, 0),
    end: at(2025, 5, 30, 7, 25),
    notes: '',
    sets: [set('run', { setType: 'normal', weightKg: null, distanceMetres: 5012.37, durationSeconds: 1500 })],
  },
  {
    title: 'Pull',
    type: 'strength',
    start: at(2025, 12, 31, 23, 30),
    end: at(2026, 1, 1, 0, 40),
    notes: '',
    sets: [set('row', { weightKg: 100.001, reps: 5 }), set('row', { weightKg: 72.5, reps: 8, rpe: 7.5 })],
  },
];

/** What the CSV can carry of a record: the sets grouped into exercises where the exercise changes; no weight reads as bodyweight. */
function expectedWorkouts(records: readonly ExportedRecord[]) {
  return [...records]
    .sort((a, b) => a.start - b.start)
    .map((record) => {
      const exercises: { name: string; sets: SetValues[] }[] = [];
      let previous: string | undefined;
      for (const { exerciseAddress, relayHint: _r, params: _p, setNumber: _n, ...values } of record.sets) {
        if (exerciseAddress !== previous) exercises.push({ name: titleOf(exerciseAddress), sets: [] });
        previous = exerciseAddress;
        exercises[exercises.length - 1]?.sets.push({ ...values, setType: values.setType ?? 'normal', weightKg: values.weightKg ?? null });
      }
      return { title: recordTitle(record), start: record.start, end: record.end, notes: record.notes, exercises };
    });
}

function comparable(workouts: readonly ImportedWorkout[]) {
  return workouts.map(({ title, start, end, notes, exercises }) => ({
    title,
    start,
    end,
    notes,
    exercises: exercises.map(({ name, sets }) => ({ name, sets: sets.map(({ line: _line, ...values }) => values) })),
  }));
}

describe('export as Strong CSV, then import', () => {
  it.each<WeightUnit>(['kg', 'lb'])('gives back the same workouts, sets and volume (%s)', async (unit) => {
    const text = await strongCsv(RECORDS, titleOf, unit);
    const result = await readTrainingCsv(text, { weightUnit: unit });
    if (!result.ok) throw new Error(result.reason);
    expect(result.value).toMatchObject({ app: 'strong', variant: 'current', problems: [] });
    expect(comparable(result.value.workouts)).toEqual(expectedWorkouts(RECORDS));
    const volumes = result.value.workouts.map((workout) => volumeKg(workout.exercises.flatMap((exercise) => exercise.sets)));
    expect(volumes).toEqual([...RECORDS].sort((a, b) => a.start - b.start).map((record) => volumeKg(record.sets)));
  });

  it('writes the length in whole minutes, as Strong does: the end comes back to the minute', async () => {
    const [record] = RECORDS;
    if (!record) throw new Error('no record');
    const text = await strongCsv([{ ...record, end: record.end + 29 }], titleOf, 'kg');
    const result = await readTrainingCsv(text, { weightUnit: 'kg' });
    expect(result.ok && result.value.workouts[0]?.end).toBe(record.end);
  });
});
