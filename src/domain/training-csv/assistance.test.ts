import { describe, expect, it } from 'vitest';
import { assistanceAsNegative } from './assistance';
import type { ImportedExercise, ImportedWorkout } from './training-file';

const workout = (exercises: ImportedExercise[]): ImportedWorkout => ({
  key: 'strong:2025-01-02 18:00:00:Pull',
  title: 'Pull',
  start: 0,
  end: 3600,
  notes: '',
  exercises,
  firstLine: 2,
});

describe('assistance as a negative weight', () => {
  it('turns round the positive weights of an assisted exercise, in any spelling of the name', () => {
    const [read] = assistanceAsNegative([
      workout([
        { name: 'Pull Up (Assisted)', sets: [{ line: 2, setType: 'normal', weightKg: 20, reps: 8 }] },
        { name: 'assisted dip', sets: [{ line: 3, setType: 'warmup', weightKg: 30.5, reps: 10 }] },
      ]),
    ]);
    expect(read?.exercises.map((exercise) => exercise.sets[0]?.weightKg)).toEqual([-20, -30.5]);
  });

  it('leaves other exercises, bodyweight sets and weights already negative (Plates’ own export) as they are', () => {
    const sets = [
      { line: 2, setType: 'normal' as const, weightKg: null, reps: 8 },
      { line: 3, setType: 'normal' as const, weightKg: -20, reps: 8 },
    ];
    const squat = { name: 'Squat (Barbell)', sets: [{ line: 4, setType: 'normal' as const, weightKg: 100, reps: 5 }] };
    const [read] = assistanceAsNegative([workout([{ name: 'Pull Up (Assisted)', sets }, squat])]);
    expect(read?.exercises[0]?.sets.map((set) => set.weightKg)).toEqual([null, -20]);
    expect(read?.exercises[1]).toBe(squat);
    const unassisted = workout([squat]);
    expect(assistanceAsNegative([unassisted])[0]).toBe(unassisted);
  });
});
