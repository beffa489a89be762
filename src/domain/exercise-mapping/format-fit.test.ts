import { describe, expect, it } from 'vitest';
import { formatFit } from './format-fit';

const STRENGTH = ['weight', 'reps', 'rpe', 'set_type'];
const CARDIO = ['duration', 'distance', 'rpe', 'set_type'];

describe('formatFit', () => {
  it('fits when the format holds every value the sets carry', () => {
    expect(
      formatFit({ title: 'Pullups', format: STRENGTH }, [
        { weightKg: null, reps: 10 },
        { weightKg: 10, reps: 6, rpe: 9 },
      ]),
    ).toEqual({
      fits: true,
    });
    expect(formatFit({ title: 'Running, Treadmill', format: CARDIO }, [{ distanceMetres: 5000, durationSeconds: 1500 }])).toEqual({
      fits: true,
    });
  });

  it('says what would be lost when a plank’s times meet an exercise of weight and reps', () => {
    const sets = [
      { weightKg: null, durationSeconds: 60 },
      { weightKg: null, durationSeconds: 45 },
    ];
    expect(formatFit({ title: 'Plank', format: STRENGTH }, sets)).toEqual({
      fits: false,
      reason: '“Plank” logs weight, reps and RPE: the times of 2 sets would be lost.',
    });
  });

  it('names every kind of value lost, and counts one set in words', () => {
    expect(formatFit({ title: 'Barbell Curl', format: STRENGTH }, [{ distanceMetres: 400, durationSeconds: 90 }])).toEqual({
      fits: false,
      reason: '“Barbell Curl” logs weight, reps and RPE: the times and distances of 1 set would be lost.',
    });
    expect(formatFit({ title: 'My Row', format: ['duration', 'distance'] }, [{ weightKg: 60, reps: 8, rpe: 8 }])).toEqual({
      fits: false,
      reason: '“My Row” logs time and distance: the weights, reps and RPEs of 1 set would be lost.',
    });
  });
});
