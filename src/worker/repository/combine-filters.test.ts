import { describe, expect, it } from 'vitest';
import { combineFilters } from './combine-filters';

describe('combineFilters', () => {
  it('asks for many authors of one kind in one filter', () => {
    expect(
      combineFilters([
        { kinds: [0], authors: ['a'] },
        { kinds: [0], authors: ['b'] },
        { kinds: [0], authors: ['a'] },
      ]),
    ).toEqual([{ kinds: [0], authors: ['a', 'b'] }]);
  });

  it("asks for one author's kinds in one filter", () => {
    expect(
      combineFilters([
        { kinds: [10002], authors: ['me'] },
        { kinds: [3], authors: ['me'] },
        { kinds: [0], authors: ['me'] },
      ]),
    ).toEqual([{ kinds: [10002, 3, 0], authors: ['me'] }]);
  });

  it('keeps apart filters that would otherwise widen: other since, other tags, other kinds and authors at once', () => {
    const filters = [
      { kinds: [33401, 33402], authors: ['coach'], since: 100 },
      { kinds: [0], authors: ['a', 'b'] },
      { kinds: [33401], authors: ['x'], '#d': ['squat'] },
      { kinds: [33401], authors: ['x'], '#d': ['bench'] },
      { kinds: [3], authors: ['me'] },
    ];
    expect(combineFilters(filters)).toEqual([
      { kinds: [33401, 33402], authors: ['coach'], since: 100 },
      { kinds: [0], authors: ['a', 'b'] },
      { kinds: [33401], authors: ['x'], '#d': ['squat'] },
      { kinds: [33401], authors: ['x'], '#d': ['bench'] },
      { kinds: [3], authors: ['me'] },
    ]);
  });

  it('never folds a filter that has no authors or no kinds (it already asks for all of them)', () => {
    expect(combineFilters([{ kinds: [1] }, { kinds: [1], authors: ['a'] }])).toEqual([{ kinds: [1], authors: ['a'] }, { kinds: [1] }]);
  });
});
