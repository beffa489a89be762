import { describe, expect, it } from 'vitest';
import { bestsOf, mergeBests, mostRepsAtEachWeight, sessionBestSet } from './set-bests';
import type { SetValues } from './set-values';

const lift = (weightKg: number | null, reps: number, setType: SetValues['setType'] = 'normal'): SetValues => ({ weightKg, reps, setType });
const hold = (durationSeconds: number, setType: SetValues['setType'] = 'normal'): SetValues => ({ durationSeconds, rpe: 7, setType });
const row = (distanceMetres: number, durationSeconds?: number): SetValues => ({ distanceMetres, durationSeconds, setType: 'normal' });

describe('bestsOf', () => {
  it('gives lifts their load figures: heaviest, best e1RM, the biggest workout’s volume', () => {
    const bests = bestsOf([
      [lift(100, 5), lift(100, 5)],
      [lift(105, 3), lift(60, 10, 'warmup')],
    ]);
    expect(bests).toEqual({ weight: 105, e1rm: 116.667, volume: 1000 });
  });

  it('gives a hold its longest time and nothing it does not measure', () => {
    expect(
      bestsOf([
        [hold(60), hold(95)],
        [hold(80), hold(300, 'warmup')],
      ]),
    ).toEqual({ duration: 95 });
  });

  it('gives a row its longest distance and fastest pace (seconds per km), and no time of its own', () => {
    const bests = bestsOf([[row(2000, 485)], [row(5000, 1260), row(500, 95)]]);
    expect(bests).toEqual({ distance: 5000, pace: 190 });
    expect(bests.duration).toBeUndefined();
  });

  it('gives a carry its load as the heaviest weight, beside its longest time', () => {
    expect(
      bestsOf([
        [
          { weightKg: 40, durationSeconds: 45 },
          { weightKg: 32, durationSeconds: 90 },
        ],
      ]),
    ).toEqual({ weight: 40, duration: 90 });
  });

  it('gives sets without a load the most reps in a set', () => {
    expect(bestsOf([[lift(null, 12), { reps: 20 }], [lift(20, 8)]])).toEqual({ weight: 20, reps: 20, e1rm: 25.333, volume: 160 });
  });

  it('is empty for warm-ups only and for no sets', () => {
    expect(bestsOf([[lift(100, 5, 'warmup')]])).toEqual({});
    expect(bestsOf([])).toEqual({});
  });
});

describe('mostRepsAtEachWeight', () => {
  it('lists the most reps at each load, heaviest first, warm-ups and unloaded sets left out', () => {
    expect(mostRepsAtEachWeight([lift(90, 5), lift(100, 3), lift(90, 6), lift(100, 8, 'warmup'), lift(null, 20)])).toEqual([
      { weightKg: 100, reps: 3 },
      { weightKg: 90, reps: 6 },
    ]);
  });
});

describe('sessionBestSet', () => {
  it('is the best lift when the sets have reps', () => {
    const top = lift(100, 5);
    expect(sessionBestSet([lift(90, 8), top, lift(120, 1, 'warmup')])).toBe(top);
    const most = { reps: 15 };
    expect(sessionBestSet([{ reps: 10 }, most])).toBe(most);
  });

  it('is the longest distance, the quicker of equal ones', () => {
    const quick = row(2000, 478);
    expect(sessionBestSet([row(2000, 485), quick, row(1000, 200)])).toBe(quick);
    const far = row(3000);
    expect(sessionBestSet([row(2000, 470), far])).toBe(far);
    // Without a time, an equal distance with one is the better set.
    expect(sessionBestSet([row(2000), quick])).toBe(quick);
  });

  it('is the longest hold, or the heaviest carry then the longest', () => {
    const longest = hold(105);
    expect(sessionBestSet([hold(60), longest, hold(200, 'warmup')])).toBe(longest);
    const carry = { weightKg: 40, durationSeconds: 50 };
    expect(sessionBestSet([{ weightKg: 32, durationSeconds: 90 }, { weightKg: 40, durationSeconds: 45 }, carry])).toBe(carry);
  });

  it('is undefined for warm-ups only and for sets not read by meaning', () => {
    expect(sessionBestSet([hold(60, 'warmup')])).toBeUndefined();
    expect(sessionBestSet([{ setType: 'normal' }])).toBeUndefined();
  });
});

describe('mergeBests', () => {
  it('gives the bests of two lists of workouts together from the bests of each', () => {
    const lifts = [[lift(100, 5), lift(100, 5)], [lift(105, 3)]];
    const more = [[lift(90, 12), lift(null, 20)], [lift(60, 10, 'warmup')]];
    const rows = [[row(2000, 485)], [row(500, 95), hold(90)]];
    const pairs: Array<[SetValues[][], SetValues[][]]> = [
      [lifts, more],
      [more, rows],
      [rows, lifts],
      [[], lifts],
    ];
    for (const [a, b] of pairs) expect(mergeBests(bestsOf(a), bestsOf(b))).toEqual(bestsOf([...a, ...b]));
  });
});
