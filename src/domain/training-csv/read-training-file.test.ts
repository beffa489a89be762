import { describe, expect, it } from 'vitest';
import { readTrainingFile } from './read-training-file';
import type { CsvTable, TrainingFile, TrainingReadOptions } from './training-file';

/** A table from simple comma-separated lines (no quotes): the worker's tokeniser is tested apart. */
function table(lines: readonly string[]): CsvTable {
  const [header = '', ...rows] = lines;
  return { header: header.split(','), rows: rows.map((row, i) => ({ line: i + 2, cells: row.split(',') })) };
}

function read(lines: readonly string[], options: TrainingReadOptions = { weightUnit: 'kg' }): TrainingFile {
  const result = readTrainingFile(table(lines), options);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

const at = (year: number, month: number, day: number, hour: number, minute: number, second = 0) =>
  new Date(year, month - 1, day, hour, minute, second).getTime() / 1000;

const STRONG = 'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE';
const HEVY =
  'title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe';

describe('reading Strong rows', () => {
  it("applies the person's unit where the file names none, to weights and distances", () => {
    const file = read([STRONG, '2024-11-02 08:30:00,Legs,1h,Squat,1,225,5,0,0,,,', '2024-11-02 08:30:00,Legs,1h,Run,1,0,0,3.1,1800,,,'], {
      weightUnit: 'lb',
    });
    expect(file.weightUnitStated).toBe(false);
    const [squat, run] = file.workouts[0]?.exercises ?? [];
    expect(squat?.sets[0]?.weightKg).toBe(102.058);
    expect(run?.sets[0]?.distanceMetres).toBe(4988.97);
  });

  it("reads the older export's unit columns row by row, comma-delimited too", () => {
    const file = read([
      'Date,Workout Name,Exercise Name,Set Order,Weight,Weight Unit,Reps,RPE,Distance,Distance Unit,Seconds,Notes,Workout Notes,Workout Duration',
      '2019-01-11 12:31:54,Leg,Deadlift,1,100,lbs,5,,,,0,,,44m',
      '2019-01-11 12:31:54,Leg,Swim,1,0,kg,0,,1500,m,1800,,,44m',
      '2019-01-11 12:31:54,Leg,Sled,1,50,stone,5,,,,0,,,44m',
    ]);
    expect(file).toMatchObject({
      variant: 'older',
      weightUnitStated: true,
      problems: [{ line: 4, reason: "Weight Unit 'stone' is not kg or lbs" }],
    });
    expect(file.workouts[0]?.end).toBe(at(2019, 1, 11, 12, 31, 54) + 44 * 60);
    expect(file.workouts[0]?.exercises.map((exercise) => exercise.sets[0])).toEqual([
      { line: 2, setType: 'normal', weightKg: 45.359, reps: 5 },
      { line: 3, setType: 'normal', weightKg: null, distanceMetres: 1500, durationSeconds: 1800 },
    ]);
  });

  it('gathers the rows of a workout wherever they are, and keeps a set note that differs', () => {
    const file = read([
      STRONG,
      '2024-05-02 18:00:00,Push,45m,Bench,1,80,5,0,0,Elbows in,,',
      '2024-05-04 18:00:00,Pull,30m,Row,1,60,8,0,0,,,',
      '2024-05-02 18:00:00,Push,45m,Bench,2,80,5,0,0,Left shoulder,,',
    ]);
    expect(file.workouts.map((workout) => workout.title)).toEqual(['Push', 'Pull']);
    expect(file.workouts[0]?.exercises).toEqual([
      {
        name: 'Bench',
        notes: 'Elbows in',
        sets: [
          { line: 2, setType: 'normal', weightKg: 80, reps: 5 },
          { line: 4, setType: 'normal', weightKg: 80, reps: 5, notes: 'Left shoulder' },
        ],
      },
    ]);
  });

  it('produces no workout, and no exercise, from notes and rest alone', () => {
    const file = read([
      STRONG,
      '2024-05-02 18:00:00,Push,45m,Bench,Note,,,,,Elbows in,,',
      '2024-05-02 18:00:00,Push,45m,Bench,Rest Timer,,,,90,,,',
      '2024-05-02 18:00:00,Push,45m,Dips,1,,10,,,,,',
      '2024-05-03 18:00:00,Rest day,5m,Stretch,Note,,,,,Hips,,',
    ]);
    expect(file.problems).toEqual([]);
    expect(file.workouts).toHaveLength(1);
    expect(file.workouts[0]?.exercises.map((exercise) => exercise.name)).toEqual(['Dips']);
  });

  it('keeps a negative weight as assistance', () => {
    const file = read([STRONG, '2024-05-02 18:00:00,Pull,45m,Pull Up (Assisted),1,-20,8,0,0,,,']);
    expect(file.workouts[0]?.exercises[0]?.sets[0]?.weightKg).toBe(-20);
  });
});

describe('reading Hevy rows', () => {
  it('starts the exercise again where set_index does not grow', () => {
    const file = read([
      HEVY,
      'Upper,28 Mar 2025 17:29,28 Mar 2025 18:52,,Bench,,,0,normal,80,5,,,',
      'Upper,28 Mar 2025 17:29,28 Mar 2025 18:52,,Bench,,,1,normal,80,5,,,',
      'Upper,28 Mar 2025 17:29,28 Mar 2025 18:52,,Bench,,,0,normal,60,12,,,',
    ]);
    expect(file.workouts[0]?.exercises.map((exercise) => exercise.sets.length)).toEqual([2, 1]);
  });

  it('settles the day/month order from the whole file, and reads it as told', () => {
    const lines = [
      HEVY,
      'A,05/06/2026 07:30,05/06/2026 08:30,,Squat,,,0,normal,80,5,,,',
      'B,07/06/2026 07:30,07/06/2026 08:30,,Squat,,,0,normal,80,5,,,',
    ];
    const asked = read(lines);
    expect(asked.dateOrders).toEqual(['day-month', 'month-day']);
    expect(asked.workouts[0]?.start).toBe(at(2026, 6, 5, 7, 30));
    expect(read(lines, { weightUnit: 'kg', dateOrder: 'month-day' }).workouts[0]?.start).toBe(at(2026, 5, 6, 7, 30));
    const settled = read([...lines, 'C,06/13/2026 07:30,06/13/2026 08:30,,Squat,,,0,normal,80,5,,,']);
    expect(settled.dateOrders).toEqual(['month-day']);
    expect(settled.workouts.map((workout) => workout.start)).toEqual([
      at(2026, 5, 6, 7, 30),
      at(2026, 7, 6, 7, 30),
      at(2026, 6, 13, 7, 30),
    ]);
  });

  it("reports a date that does not fit the order the person chose or the file's other dates", () => {
    const file = read(
      [
        HEVY,
        'A,05/06/2026 07:30,05/06/2026 08:30,,Squat,,,0,normal,80,5,,,',
        'B,06/13/2026 07:30,06/13/2026 08:30,,Squat,,,0,normal,80,5,,,',
      ],
      { weightUnit: 'kg', dateOrder: 'day-month' },
    );
    expect(file.problems).toEqual([{ line: 3, reason: "start_time '06/13/2026 07:30' does not fit the file's day-month order of dates" }]);
  });

  it('reports a workout that ends before it starts, and unknown set types and indexes', () => {
    const file = read([
      HEVY,
      'A,28 Mar 2025 17:29,28 Mar 2025 16:00,,Bench,,,0,normal,80,5,,,',
      'B,29 Mar 2025 17:29,29 Mar 2025 18:00,,Bench,,,0,amrap,80,5,,,',
      'B,29 Mar 2025 17:29,29 Mar 2025 18:00,,Bench,,,first,normal,80,5,,,',
    ]);
    expect(file.problems.map((problem) => problem.reason)).toEqual([
      "end_time '28 Mar 2025 16:00' is before start_time '28 Mar 2025 17:29'",
      "set_type 'amrap' is not normal, warmup, dropset or failure",
      "set_index 'first' is not a whole number",
    ]);
    expect(file.workouts).toEqual([]);
  });
});
