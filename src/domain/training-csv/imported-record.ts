import type { ExerciseFormat } from '../exercise-format';
import { fail, ok, type ParseResult } from '../result';
import { readSetValues, writeSetParams } from '../set-values';
import type { RecordSet, WorkoutRecord } from '../workout-record';
import { importedNotes } from './record-notes';
import { workoutSetNumbers } from './set-numbers';
import type { ImportedWorkout } from './training-file';

/** The exercise a source name is imported to, as the record writes its sets. */
export interface ChosenExercise {
  address: string;
  title: string;
  format: ExerciseFormat;
}

export interface ImportedRecord {
  /** Ready for buildWorkoutRecord with `formats` and `missing: 'empty'`; its PRs are the caller's (they need the person's history). */
  record: WorkoutRecord;
  formats: Map<string, ExerciseFormat>;
}

/**
 * One workout of a Strong or Hevy export as a NIP-101e record under `d`: its title, times and
 * notes, every set in its chosen exercise's format and units with its set type and RPE (a
 * value the source did not give is left empty, never invented; one the format has no place
 * for is lost, as the mapping warned), numbered through the workout with supersets kept
 * (workoutSetNumbers). Each set also carries its values as a reader of the record will see
 * them. Refused, naming the set, when an exercise's format has a unit Plates cannot write.
 */
export function importedRecord(
  workout: ImportedWorkout,
  d: string,
  exerciseFor: (name: string) => ChosenExercise | undefined,
): ParseResult<ImportedRecord> {
  const formats = new Map<string, ExerciseFormat>();
  const sets: RecordSet[] = [];
  const numbers = workoutSetNumbers(workout.exercises);
  for (const [e, exercise] of workout.exercises.entries()) {
    const chosen = exerciseFor(exercise.name);
    if (!chosen) return fail(`No exercise is chosen for “${exercise.name}”.`);
    formats.set(chosen.address, chosen.format);
    for (const [i, set] of exercise.sets.entries()) {
      const { weightKg, reps, rpe, setType, durationSeconds, distanceMetres } = set;
      const values = { weightKg: weightKg ?? null, reps, rpe, setType, durationSeconds, distanceMetres };
      const params = writeSetParams(values, chosen.format, {}, { missing: 'empty' });
      if (!params.ok) return fail(`Line ${set.line}: “${chosen.title}” cannot hold this set of “${exercise.name}”: ${params.reason}.`);
      const readBack = readSetValues(params.value, chosen.format);
      sets.push({
        exerciseAddress: chosen.address,
        relayHint: '',
        params: params.value,
        setNumber: numbers[e]?.[i] ?? sets.length + 1,
        ...(readBack.ok ? readBack.value : {}),
      });
    }
  }
  const start = Math.floor(workout.start);
  const record: WorkoutRecord = {
    d,
    title: workout.title.trim() || 'Workout',
    type: 'strength',
    start,
    end: Math.max(start, Math.floor(workout.end)),
    completed: true,
    sets,
    prs: [],
    notes: importedNotes(workout, (name) => exerciseFor(name)?.title ?? name),
    hashtags: [],
    legacy: false,
  };
  return ok({ record, formats });
}
