import { describe, expect, it } from 'vitest';
import { E1RM_FORMULA, bestSet, estimatedOneRepMax, volumeKg } from './strength';

describe('estimatedOneRepMax', () => {
  it('is Epley: w × (1 + reps/30) from 2 reps', () => {
    expect(E1RM_FORMULA).toBe('Epley');
    expect(estimatedOneRepMax(100, 5)).toBeCloseTo(116.667, 3);
    expect(estimatedOneRepMax(100, 10)).toBeCloseTo(133.333, 3);
    expect(estimatedOneRepMax(60, 2)).toBe(64);
  });

  it('is the weight itself for one rep', () => {
    expect(estimatedOneRepMax(140, 1)).toBe(140);
  });

  it('is undefined for 0 reps, no reps, bodyweight, no weight and assistance', () => {
    expect(estimatedOneRepMax(100, 0)).toBeUndefined();
    expect(estimatedOneRepMax(100, undefined)).toBeUndefined();
    expect(estimatedOneRepMax(null, 10)).toBeUndefined();
    expect(estimatedOneRepMax(undefined, 10)).toBeUndefined();
    expect(estimatedOneRepMax(-20, 8)).toBeUndefined();
  });
});

describe('volumeKg', () => {
  it('sums weight × reps over working sets, drop and failure included, warm-ups not', () => {
    expect(
      volumeKg([
        { weightKg: 60, reps: 10, setType: 'warmup' },
        { weightKg: 100, reps: 5, setType: 'normal' },
        { weightKg: 100, reps: 4, setType: 'failure' },
        { weightKg: 70, reps: 8, setType: 'drop' },
        { weightKg: 50, reps: 10 },
      ]),
    ).toBe(500 + 400 + 560 + 500);
  });

  it('adds nothing for bodyweight, assistance or missing reps, and rounds to the gram', () => {
    expect(volumeKg([{ weightKg: null, reps: 12 }, { weightKg: -20, reps: 8 }, { weightKg: 80 }])).toBe(0);
    expect(volumeKg([{ weightKg: 0.1, reps: 3 }])).toBe(0.3);
    expect(volumeKg([])).toBe(0);
  });
});

describe('bestSet', () => {
  it('takes the highest e1RM, then the heaviest weight', () => {
    const heavy = { weightKg: 110, reps: 3 };
    const volume = { weightKg: 100, reps: 8 };
    expect(bestSet([volume, heavy])).toBe(volume);
    const single = { weightKg: 120, reps: 1 };
    const double = { weightKg: 112.5, reps: 2 };
    expect(bestSet([double, single])).toBe(single);
  });

  it('leaves out warm-ups and ranks unloaded sets by reps, below loaded ones', () => {
    expect(bestSet([{ weightKg: 200, reps: 5, setType: 'warmup' as const }])).toBeUndefined();
    const pullUps = { weightKg: null, reps: 12 };
    expect(bestSet([{ weightKg: null, reps: 8 }, pullUps])).toBe(pullUps);
    const weighted = { weightKg: 5, reps: 3 };
    expect(bestSet([pullUps, weighted])).toBe(weighted);
  });
});
