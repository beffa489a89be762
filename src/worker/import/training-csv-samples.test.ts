import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TrainingFile, TrainingReadOptions } from '../../domain/training-csv/training-file';
import { readTrainingCsv } from './training-csv';

/**
 * One sample file per variant, written for these tests after the public exports and
 * importers listed in docs/csv-formats.md (real rows' shapes: Strong's Rest Timer and Note
 * rows, W/D/F set orders, 0 in unused columns, "1h 5m" durations; Hevy's empty cells,
 * superset numbers, literal \n in notes, locale dates).
 */

const sample = (name: string) => readFileSync(fileURLToPath(new URL(`../../../tests/fixtures/csv/${name}`, import.meta.url)), 'utf8');

async function read(name: string, options: TrainingReadOptions = { weightUnit: 'kg' }): Promise<TrainingFile> {
  const result = await readTrainingCsv(sample(name), options);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

const at = (year: number, month: number, day: number, hour: number, minute: number, second = 0) =>
  new Date(year, month - 1, day, hour, minute, second).getTime() / 1000;

describe("Strong's current export", () => {
  it('reads kg sets, warm-ups, drop and failure sets, bodyweight, a timed and a distance set, skipping rest rows', async () => {
    const file = await read('strong-current-kg.csv');
    expect(file).toMatchObject({ app: 'strong', variant: 'current', problems: [], weightUnitStated: false, dateOrders: [] });
    const start = at(2025, 7, 23, 19, 16, 49);
    expect(file.workouts).toEqual([
      {
        key: 'strong:2025-07-23 19:16:49:Push Day',
        title: 'Push Day',
        start,
        end: start + 65 * 60,
        notes: 'Felt strong',
        firstLine: 2,
        exercises: [
          {
            name: 'Bench Press (Barbell)',
            notes: 'Pause on chest, elbows in',
            sets: [
              { line: 2, setType: 'warmup', weightKg: 40, reps: 10 },
              { line: 4, setType: 'normal', weightKg: 80, reps: 5, rpe: 8 },
              { line: 5, setType: 'normal', weightKg: 82.5, reps: 5, rpe: 8.5 },
              { line: 6, setType: 'failure', weightKg: 82.5, reps: 3, rpe: 10 },
            ],
          },
          {
            name: 'Triceps Pushdown (Cable - Straight Bar)',
            sets: [
              { line: 8, setType: 'normal', weightKg: 30, reps: 12 },
              { line: 9, setType: 'drop', weightKg: 20, reps: 10 },
            ],
          },
          { name: 'Pull Up', sets: [{ line: 10, setType: 'normal', weightKg: null, reps: 8 }] },
          { name: 'Plank', sets: [{ line: 11, setType: 'normal', weightKg: null, durationSeconds: 60 }] },
        ],
      },
      {
        key: 'strong:2025-07-25 07:02:11:Morning Run',
        title: 'Morning Run',
        start: at(2025, 7, 25, 7, 2, 11),
        end: at(2025, 7, 25, 7, 2, 11) + 29 * 60,
        notes: '',
        firstLine: 12,
        exercises: [
          { name: 'Running', sets: [{ line: 12, setType: 'normal', weightKg: null, distanceMetres: 5200, durationSeconds: 1740 }] },
        ],
      },
    ]);
  });

  it('reads pounds and miles in the unit the person says (CRLF line ends)', async () => {
    const file = await read('strong-current-lb.csv', { weightUnit: 'lb' });
    expect(file.problems).toEqual([]);
    expect(file.workouts[0]).toMatchObject({ notes: 'Gym was busy', end: at(2024, 11, 2, 8, 30) + 72 * 60 });
    expect(file.workouts[0]?.exercises.map((exercise) => [exercise.name, exercise.sets])).toEqual([
      [
        'Squat (Barbell)',
        [
          { line: 2, setType: 'warmup', weightKg: 61.235, reps: 5 },
          { line: 3, setType: 'normal', weightKg: 102.058, reps: 5 },
          { line: 4, setType: 'normal', weightKg: 102.058, reps: 5, rpe: 8 },
        ],
      ],
      ['Romanian Deadlift (Barbell)', [{ line: 5, setType: 'normal', weightKg: 83.915, reps: 8 }]],
      ['Walking', [{ line: 7, setType: 'normal', weightKg: null, distanceMetres: 4988.97, durationSeconds: 3600 }]],
    ]);
  });
});

describe("Strong's semicolon export", () => {
  it('reads a byte-order mark, CRLF, decimal commas, Note and Rest Timer rows, metres and seconds', async () => {
    const file = await read('strong-semicolon-kg.csv', { weightUnit: 'lb' });
    expect(file).toMatchObject({ variant: 'semicolon', problems: [], weightUnitStated: true });
    const start = at(2025, 2, 8, 13, 48, 22);
    expect(file.workouts.map(({ key, start, end, notes, firstLine }) => ({ key, start, end, notes, firstLine }))).toEqual([
      { key: 'strong:2025-02-08 13:48:22:Mittags-Workout', start, end: start + 4725, notes: 'Locker', firstLine: 2 },
      {
        key: 'strong:2025-02-10 18:05:00:Abend',
        start: at(2025, 2, 10, 18, 5),
        end: at(2025, 2, 10, 18, 5) + 2710,
        notes: '',
        firstLine: 9,
      },
    ]);
    expect(file.workouts[0]?.exercises).toEqual([
      {
        name: 'Lying Leg Curl (Machine)',
        notes: 'Beine einzeln',
        sets: [
          { line: 3, setType: 'warmup', weightKg: 17.5, reps: 12 },
          { line: 4, setType: 'normal', weightKg: 32.5, reps: 10, rpe: 8.5 },
          { line: 5, setType: 'drop', weightKg: 22.5, reps: 8 },
        ],
      },
      { name: 'Romanian Deadlift (Barbell)', sets: [{ line: 7, setType: 'normal', weightKg: 62.5, reps: 8 }] },
      { name: 'Rudern (Maschine)', sets: [{ line: 8, setType: 'normal', weightKg: null, distanceMetres: 400, durationSeconds: 95 }] },
    ]);
    expect(file.workouts[1]?.exercises).toEqual([{ name: 'Klimmzug', sets: [{ line: 9, setType: 'normal', weightKg: null, reps: 9 }] }]);
  });

  it('reads Weight (lbs) as pounds whatever the person uses', async () => {
    const file = await read('strong-semicolon-lb.csv', { weightUnit: 'kg' });
    expect(file.workouts[0]?.exercises[0]?.sets).toEqual([
      { line: 2, setType: 'normal', weightKg: 43.091, reps: 8, rpe: 7.5 },
      { line: 3, setType: 'normal', weightKg: 46.493, reps: 6 },
    ]);
  });
});

describe("Strong's older export", () => {
  it('reads the unit of each row and the workout duration at the end', async () => {
    const file = await read('strong-older.csv');
    expect(file).toMatchObject({ variant: 'older', problems: [], weightUnitStated: true });
    expect(file.workouts.map((workout) => [workout.title, workout.end - workout.start])).toEqual([
      ['Leg', 44 * 60],
      ['Arms', 35 * 60],
    ]);
    expect(file.workouts.flatMap((workout) => workout.exercises.flatMap((exercise) => exercise.sets))).toEqual([
      { line: 2, setType: 'normal', weightKg: 100, reps: 5 },
      { line: 3, setType: 'normal', weightKg: 100, reps: 5, rpe: 8 },
      { line: 4, setType: 'normal', weightKg: null, distanceMetres: 10000, durationSeconds: 1200 },
      { line: 5, setType: 'normal', weightKg: 13.608, reps: 10 },
      { line: 6, setType: 'normal', weightKg: null, distanceMetres: 3218.69, durationSeconds: 1080 },
    ]);
  });
});

describe("Hevy's export", () => {
  it('reads metric sets, set types, supersets, notes with line breaks and an exercise logged twice', async () => {
    const file = await read('hevy-metric.csv', { weightUnit: 'lb' });
    expect(file).toMatchObject({ app: 'hevy', variant: 'metric', problems: [], weightUnitStated: true, dateOrders: [] });
    expect(file.workouts[0]).toEqual({
      key: 'hevy:2025-03-28 17:29:00:Upper // Strength',
      title: 'Upper // Strength',
      start: at(2025, 3, 28, 17, 29),
      end: at(2025, 3, 28, 18, 52),
      notes: 'Good session\nSlept well',
      firstLine: 2,
      exercises: [
        {
          name: 'Bench Press (Barbell)',
          notes: 'Pause reps\nElbows in',
          sets: [
            { line: 2, setType: 'warmup', weightKg: 40, reps: 10 },
            { line: 3, setType: 'normal', weightKg: 82.5, reps: 5, rpe: 8 },
            { line: 4, setType: 'failure', weightKg: 82.5, reps: 4, rpe: 9.5 },
          ],
        },
        {
          name: 'Bent Over Row (Barbell)',
          supersetId: '0',
          sets: [
            { line: 5, setType: 'normal', weightKg: 70, reps: 8 },
            { line: 6, setType: 'drop', weightKg: 50, reps: 10 },
          ],
        },
        { name: 'Chin Up', supersetId: '0', sets: [{ line: 7, setType: 'normal', weightKg: null, reps: 10 }] },
        { name: 'Bench Press (Barbell)', sets: [{ line: 8, setType: 'normal', weightKg: 60, reps: 12 }] },
        { name: 'Plank', sets: [{ line: 9, setType: 'normal', weightKg: null, durationSeconds: 60 }] },
      ],
    });
    expect(file.workouts[1]).toMatchObject({
      title: 'Cardio',
      start: at(2025, 4, 9, 6, 5),
      end: at(2025, 4, 9, 6, 40),
      exercises: [
        { name: 'Rowing Machine', sets: [{ line: 10, setType: 'normal', weightKg: null, distanceMetres: 2000, durationSeconds: 480 }] },
      ],
    });
  });

  it('reads imperial sets and US dates with a 12-hour clock, past midnight too', async () => {
    const file = await read('hevy-imperial-us.csv');
    expect(file).toMatchObject({ variant: 'imperial', problems: [], dateOrders: [] });
    expect(file.workouts.map((workout) => [workout.start, workout.end])).toEqual([
      [at(2026, 5, 15, 19, 26), at(2026, 5, 15, 20, 41)],
      [at(2026, 5, 16, 23, 50), at(2026, 5, 17, 0, 20)],
    ]);
    expect(file.workouts[0]?.exercises[1]?.sets).toEqual([
      { line: 3, setType: 'warmup', weightKg: 15.876, reps: 12 },
      { line: 4, setType: 'normal', weightKg: 29.484, reps: 10, rpe: 8.5 },
    ]);
    expect(file.workouts[1]?.exercises[0]?.sets[0]).toEqual({
      line: 5,
      setType: 'normal',
      weightKg: null,
      distanceMetres: 4988.97,
      durationSeconds: 1800,
    });
  });

  it('asks for the day/month order of numeric dates that fit both, and reads the answer', async () => {
    const asked = await read('hevy-numeric-dates.csv');
    expect(asked.dateOrders).toEqual(['day-month', 'month-day']);
    expect(asked.workouts.map((workout) => workout.start)).toEqual([at(2026, 6, 5, 7, 30), at(2026, 6, 7, 18, 0)]);
    expect(asked.workouts[0]?.exercises[0]?.sets).toEqual([
      { line: 2, setType: 'normal', weightKg: 80, reps: 5, rpe: 8.5 },
      { line: 3, setType: 'normal', weightKg: 82.5, reps: 5 },
    ]);
    const answered = await read('hevy-numeric-dates.csv', { weightUnit: 'kg', dateOrder: 'month-day' });
    expect(answered.workouts.map((workout) => [workout.key, workout.start])).toEqual([
      ['hevy:2026-05-06 07:30:00:Ganzkörper', at(2026, 5, 6, 7, 30)],
      ['hevy:2026-07-06 18:00:00:Ganzkörper', at(2026, 7, 6, 18, 0)],
    ]);
  });
});

describe('a file with bad lines', () => {
  it('reports each bad row by line and reason and imports the rest', async () => {
    const file = await read('strong-bad-lines.csv');
    expect(file.problems).toEqual([
      { line: 3, reason: '9 columns where the header has 12' },
      { line: 4, reason: "Date '31/31/2024 18:00:00' is not a date" },
      { line: 5, reason: "Reps '-3' is negative" },
      { line: 6, reason: "Weight 'abc' is not a number" },
      { line: 8, reason: "RPE '11' is over 10" },
      { line: 9, reason: "Set Order 'X' is not a set number, W, D, F, Note or Rest Timer" },
      { line: 11, reason: "Duration 'soon' is not a duration (like 1h 5m)" },
      { line: 12, reason: "Duration 'soon' is not a duration (like 1h 5m)" },
    ]);
    expect(file.workouts.map((workout) => workout.title)).toEqual(['Push']);
    expect(file.workouts[0]?.exercises.map((exercise) => [exercise.name, exercise.sets.map((set) => set.line)])).toEqual([
      ['Bench Press (Barbell)', [2]],
      ['Overhead Press (Barbell)', [10]],
    ]);
  });

  it('refuses a file of neither app, naming the headers it expected', async () => {
    const result = await readTrainingCsv(sample('not-a-training-file.csv'), { weightUnit: 'kg' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toContain(
      'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE',
    );
    expect(result.reason).toContain('title,start_time,end_time');
  });
});
