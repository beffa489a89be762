import { describe, expect, it } from 'vitest';
import { workoutSetNumbers } from './set-numbers';

const sets = (count: number) => Array.from({ length: count }, () => ({}));

describe('set numbers of an imported workout', () => {
  it('numbers the sets through the workout', () => {
    expect(workoutSetNumbers([{ sets: sets(3) }, { sets: sets(2) }])).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
  });

  it('gives the exercises of a superset the same number each round, wherever they stand, and goes on after its longest', () => {
    expect(
      workoutSetNumbers([
        { sets: sets(1) },
        { supersetId: '0', sets: sets(2) },
        { supersetId: '0', sets: sets(3) },
        { sets: sets(1) },
        { supersetId: '1', sets: sets(2) },
        { supersetId: '0', sets: sets(1) },
        { supersetId: '1', sets: sets(2) },
      ]),
    ).toEqual([[1], [2, 3], [2, 3, 4], [5], [6, 7], [2], [6, 7]]);
  });
});
