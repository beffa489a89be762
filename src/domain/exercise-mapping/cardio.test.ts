import { describe, expect, it } from 'vitest';
import { isCardioFormat, isCardioSource } from './cardio';

describe('isCardioSource', () => {
  it('goes by the sets first: a distance is cardio, weight or reps are not', () => {
    expect(isCardioSource('Farmers Walk', [{ weightKg: 40, distanceMetres: 50 }])).toBe(true);
    expect(isCardioSource('Walking Lunge', [{ weightKg: null, reps: 12 }])).toBe(false);
    expect(isCardioSource('Rowing (Machine)', [{ weightKg: 30, reps: 12 }])).toBe(false);
  });

  it('goes by the name for sets of time alone or none', () => {
    expect(isCardioSource('Running (Treadmill)', [{ durationSeconds: 1200 }])).toBe(true);
    expect(isCardioSource('Cycling (Indoor)', [])).toBe(true);
    expect(isCardioSource('Stair Machine (Floors)', [])).toBe(true);
    expect(isCardioSource('Plank', [{ durationSeconds: 60 }])).toBe(false);
    expect(isCardioSource('Walking Lunge (Dumbbell)', [])).toBe(false);
  });
});

describe('isCardioFormat', () => {
  it('is a format with a distance', () => {
    expect(isCardioFormat(['duration', 'distance', 'rpe', 'set_type'])).toBe(true);
    expect(isCardioFormat(['duration', 'rpe', 'set_type'])).toBe(false);
  });
});
