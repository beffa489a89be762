import { describe, expect, it } from 'vitest';
import { newExerciseFor } from './new-exercise';

describe('newExerciseFor', () => {
  it('keeps the name as written, with the sets’ format and the equipment in its parentheses', () => {
    expect(newExerciseFor(' Pendlay Row (Barbell) ', [{ weightKg: 70, reps: 5 }])).toMatchObject({
      title: 'Pendlay Row (Barbell)',
      preset: 'strength',
      equipment: 'barbell',
    });
    expect(newExerciseFor('Dead Hang (Bodyweight)', [{ durationSeconds: 40 }])).toMatchObject({ preset: 'timed', equipment: 'bodyweight' });
  });

  it('guesses equipment from the format when the name says none', () => {
    expect(newExerciseFor('Burpee', [{ weightKg: null, reps: 15 }])).toMatchObject({ preset: 'bodyweight', equipment: 'bodyweight' });
    expect(newExerciseFor('Running', [{ distanceMetres: 5000, durationSeconds: 1500 }])).toMatchObject({
      preset: 'cardio',
      equipment: 'cardio',
    });
    expect(newExerciseFor('Wall Sit', [{ durationSeconds: 60 }])).toMatchObject({ preset: 'timed', equipment: 'other' });
  });
});
