import { describe, expect, it } from 'vitest';
import { importedNotes } from './record-notes';
import type { ImportedWorkout } from './training-file';

const workout = (notes: string, exercises: ImportedWorkout['exercises']): ImportedWorkout => ({
  key: 'k',
  title: 'Legs',
  start: 0,
  end: 60,
  notes,
  exercises,
  firstLine: 2,
});

describe('the notes of an imported record', () => {
  it('keeps the workout’s notes, then each exercise’s and set’s, named by the record’s title of the exercise', () => {
    const text = importedNotes(
      workout(' Felt strong ', [
        {
          name: 'Squat (Barbell)',
          notes: 'Belt on\nlow bar',
          sets: [
            { line: 2, setType: 'normal' },
            { line: 3, setType: 'normal', notes: 'knee ok' },
          ],
        },
        { name: 'Leg Press', sets: [{ line: 4, setType: 'normal' }] },
      ]),
      (name) => (name === 'Squat (Barbell)' ? 'Back Squat' : name),
    );
    expect(text).toBe('Felt strong\n\nBack Squat: Belt on\nlow bar\nBack Squat, set 2: knee ok');
  });

  it('is the workout’s notes alone, or empty, when nothing else was written', () => {
    const sets = [{ line: 2, setType: 'normal' as const }];
    expect(importedNotes(workout('Easy day', [{ name: 'Row', sets }]), (name) => name)).toBe('Easy day');
    expect(importedNotes(workout('', [{ name: 'Row', sets }]), (name) => name)).toBe('');
    expect(importedNotes(workout('', [{ name: 'Row', notes: 'Damper 6', sets }]), (name) => name)).toBe('Row: Damper 6');
  });
});
