import { describe, expect, it } from 'vitest';
import { tagKeys } from './tag-keys';

describe('tagKeys', () => {
  it('indexes every single-letter tag wherever it stands, once, and skips long values and other tags', () => {
    expect(
      tagKeys([
        ['d', 'squat'],
        ['title', 'Back Squat'],
        ['t', 'legs'],
        ['exercise', '33401:abc:squat', '', '100'],
        ['t', 'legs'],
        ['t', 'strength'],
        ['e', 'x'.repeat(300)],
        ['p'],
      ]),
    ).toEqual(['d:squat', 't:legs', 't:strength']);
  });
});
