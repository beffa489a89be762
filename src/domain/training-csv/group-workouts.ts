import type { ImportedRow } from './imported-row';
import type { ImportedExercise, ImportedWorkout } from './training-file';

interface Building {
  workout: ImportedWorkout;
  last?: ImportedExercise;
  lastSetIndex?: number;
}

/**
 * Rows into workouts, in the order the file first names them (a workout's rows need not be
 * together). Within a workout the exercises follow the rows: a new one starts where the
 * exercise name or superset changes, or Hevy's set_index does not grow (the same exercise
 * logged again). A workout's and an exercise's notes are the first their rows give; a set
 * whose row says another note keeps it. Exercises without a set (a Strong note alone) and workouts without an
 * exercise (every row left out) are not produced.
 */
export function groupWorkouts(rows: readonly ImportedRow[]): ImportedWorkout[] {
  const building = new Map<string, Building>();
  for (const row of rows) {
    let entry = building.get(row.workout.key);
    if (!entry) {
      entry = { workout: { ...row.workout, exercises: [], firstLine: row.line } };
      building.set(row.workout.key, entry);
    }
    // Strong's comma export writes the workout's notes on its first row only.
    if (!entry.workout.notes) entry.workout.notes = row.workout.notes;
    const exercise = continues(entry, row) && entry.last ? entry.last : startExercise(entry, row);
    if (row.setIndex !== undefined) entry.lastSetIndex = row.setIndex;
    if (row.note) exercise.notes ??= row.note;
    if (!row.set) continue;
    exercise.sets.push(row.note && row.note !== exercise.notes ? { ...row.set, notes: row.note } : row.set);
  }
  const workouts: ImportedWorkout[] = [];
  for (const { workout } of building.values()) {
    workout.exercises = workout.exercises.filter((exercise) => exercise.sets.length > 0);
    if (workout.exercises.length > 0) workouts.push(workout);
  }
  return workouts;
}

function continues({ last, lastSetIndex }: Building, row: ImportedRow): boolean {
  if (!last || last.name !== row.exercise || last.supersetId !== row.supersetId) return false;
  return row.setIndex === undefined || lastSetIndex === undefined || row.setIndex > lastSetIndex;
}

function startExercise(entry: Building, row: ImportedRow): ImportedExercise {
  const exercise: ImportedExercise = { name: row.exercise, sets: [] };
  if (row.supersetId !== undefined) exercise.supersetId = row.supersetId;
  entry.workout.exercises.push(exercise);
  entry.last = exercise;
  entry.lastSetIndex = undefined;
  return exercise;
}
