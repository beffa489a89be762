import type { ImportedWorkout } from './training-file';

/**
 * The content of an imported workout's record: the workout's notes, then each exercise's
 * note and each set's own note, named by the exercise's title in the record ("Bench Press:
 * pause reps", "Bench Press, set 3: felt heavy"). A record has one text, so nothing the
 * person wrote is lost this way.
 */
export function importedNotes(workout: ImportedWorkout, titleOf: (name: string) => string): string {
  const lines: string[] = [];
  for (const exercise of workout.exercises) {
    const title = titleOf(exercise.name);
    if (exercise.notes) lines.push(`${title}: ${exercise.notes}`);
    exercise.sets.forEach((set, i) => {
      if (set.notes) lines.push(`${title}, set ${i + 1}: ${set.notes}`);
    });
  }
  return [workout.notes.trim(), lines.join('\n')].filter(Boolean).join('\n\n');
}
