import { describe, expect, it } from 'vitest';
import { isCrowded, setColumns, setGridColumns } from './set-columns';

const SET_TYPES = 'warmup|normal|drop|failure';

describe('setColumns', () => {
  it('follows the exercise’s format in its order, the set type being the chip', () => {
    expect(setColumns({})).toEqual(['weight', 'reps', 'rpe']);
    expect(setColumns({ format: ['duration', 'distance', 'rpe', 'set_type'], units: ['seconds', 'km', '0-10', SET_TYPES] })).toEqual([
      'duration',
      'distance',
      'rpe',
    ]);
    expect(setColumns({ format: ['reps', 'tempo'], units: ['count', ''] })).toEqual(['reps', 'param:tempo']);
  });
});

describe('setGridColumns', () => {
  it('gives a strength set the columns it always had when there is room', () => {
    expect(setGridColumns(['weight', 'reps', 'rpe'])).toBe(
      '2rem minmax(max(0px, min(4.5rem, 100% - 12.4rem - 20px)), 1fr) minmax(3.2rem, 3.6rem) minmax(2.4rem, 2.9rem) minmax(2.2rem, 2.75rem) 2.6rem',
    );
  });
  it('puts the timer button after a time', () => {
    expect(setGridColumns(['duration', 'rpe'])).toMatch(/ minmax\(3\.45rem, 3\.8rem\) 1\.875rem minmax\(2\.2rem, 2\.75rem\) 2\.6rem$/);
  });
});

describe('isCrowded', () => {
  it('counts a time’s timer button as a column', () => {
    expect(isCrowded(['duration', 'distance', 'rpe'])).toBe(false);
    expect(isCrowded(['weight', 'reps', 'rpe', 'param:tempo'])).toBe(false);
    expect(isCrowded(['weight', 'duration', 'rpe', 'reps'])).toBe(true);
  });
});
