import type { ImportedExercise, ImportedWorkout } from './training-file';

/** "Pull Up (Assisted)", "Assisted Dip": a word of the name says the weight helps rather than loads. */
const ASSISTED = /\bassisted\b/i;

/**
 * Strong and Hevy write an assisted exercise's help as a positive weight on an "(Assisted)"
 * name; Plates (NIP-101e) writes assistance as a negative weight. The positive weights of
 * those exercises are turned round; a negative one (Plates' own export) is already assistance.
 */
export function assistanceAsNegative(workouts: readonly ImportedWorkout[]): ImportedWorkout[] {
  return workouts.map((workout) =>
    workout.exercises.some(isAssisted) ? { ...workout, exercises: workout.exercises.map(turnedRound) } : workout,
  );
}

function isAssisted(exercise: ImportedExercise): boolean {
  return ASSISTED.test(exercise.name);
}

function turnedRound(exercise: ImportedExercise): ImportedExercise {
  if (!isAssisted(exercise)) return exercise;
  return {
    ...exercise,
    sets: exercise.sets.map((set) => (typeof set.weightKg === 'number' && set.weightKg > 0 ? { ...set, weightKg: -set.weightKg } : set)),
  };
}
