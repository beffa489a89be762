import { describe, expect, it } from 'vitest';
import { presetParameters } from '../exercise-draft';
import { formatForSets } from './format-for-sets';

describe('formatForSets', () => {
  it('gives the preset of what the sets carry', () => {
    expect(
      formatForSets([
        { weightKg: 100, reps: 5 },
        { weightKg: null, reps: 8, rpe: 8 },
      ]),
    ).toEqual({
      preset: 'strength',
      parameters: presetParameters('strength'),
    });
    expect(formatForSets([{ weightKg: null, reps: 12 }])).toEqual({ preset: 'bodyweight', parameters: presetParameters('bodyweight') });
    expect(formatForSets([{ weightKg: null, durationSeconds: 60 }])).toEqual({ preset: 'timed', parameters: presetParameters('timed') });
    expect(formatForSets([{ distanceMetres: 5000 }])).toEqual({ preset: 'distance', parameters: presetParameters('distance') });
    expect(formatForSets([{ distanceMetres: 5000, durationSeconds: 1500 }])).toEqual({
      preset: 'cardio',
      parameters: presetParameters('cardio'),
    });
    expect(formatForSets([{ weightKg: 32, durationSeconds: 60 }])).toEqual({ preset: 'carry', parameters: presetParameters('carry') });
  });

  it('counts a value any set carries (a row of 2 km and one of 10 minutes is cardio)', () => {
    expect(formatForSets([{ distanceMetres: 2000 }, { durationSeconds: 600 }]).preset).toBe('cardio');
    expect(formatForSets([{ weightKg: -20, reps: 8 }]).preset).toBe('strength');
  });

  it('writes distances in the unit given', () => {
    expect(formatForSets([{ distanceMetres: 1609 }], 'mi')).toEqual({ preset: 'distance', parameters: presetParameters('distance', 'mi') });
  });

  it('keeps a carry’s distance: weight and distance is no preset', () => {
    expect(formatForSets([{ weightKg: 40, distanceMetres: 50 }])).toEqual({
      parameters: [
        { name: 'weight', unit: 'kg' },
        { name: 'distance', unit: 'km' },
        { name: 'rpe', unit: '0-10' },
        { name: 'set_type', unit: 'warmup|normal|drop|failure' },
      ],
    });
  });

  it('gives strength to sets that carry nothing', () => {
    expect(formatForSets([]).preset).toBe('strength');
    expect(formatForSets([{ weightKg: null }]).preset).toBe('strength');
  });
});
