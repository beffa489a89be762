import { describe, expect, it } from 'vitest';
import { canonicalSetType, parseDecimal, parseSeconds, setNumberWouldMisread, splitExerciseTag } from './tag-values';

describe('parseDecimal', () => {
  it.each([
    ['80', 80],
    [' -12.5 ', -12.5],
    ['.5', 0.5],
    ['0', 0],
  ])('reads %j', (text, value) => expect(parseDecimal(text)).toBe(value));

  it.each(['', ' ', 'NaN', 'Infinity', '0x10', '1e3', '5,5', 'abc', '12kg'])('refuses %j, which Number() would mostly take', (text) => {
    expect(parseDecimal(text)).toBeUndefined();
  });
});

describe('parseSeconds', () => {
  it.each([
    ['1845', 1845],
    ['30:45', 1845],
    ['00:30:45', 1845],
    ['86:43', 5203],
    ['1:02:57', 3777],
  ])('reads %j', (text, value) => expect(parseSeconds(text)).toBe(value));

  it.each(['-5', '30:75', '1:60:00', '30 min', '', ':30'])('refuses %j', (text) => expect(parseSeconds(text)).toBeUndefined());
});

describe('canonicalSetType', () => {
  it('reads the four set types, any case, and working as normal', () => {
    expect(['warmup', 'NORMAL', 'drop', 'failure', 'working'].map(canonicalSetType)).toEqual([
      'warmup',
      'normal',
      'drop',
      'failure',
      'normal',
    ]);
    expect(canonicalSetType('heavy')).toBeUndefined();
  });
});

describe('splitExerciseTag', () => {
  const ref = ['exercise', '33401:x', ''];
  it('takes the 8th element as the set number', () => {
    expect(splitExerciseTag([...ref, '80', '5', '7', 'normal', '2'])).toEqual({ params: ['80', '5', '7', 'normal'], setNumberText: '2' });
  });
  it('reads a 7-element strength tag as having no set number', () => {
    expect(splitExerciseTag([...ref, '80', '5', '7', 'normal'])).toEqual({ params: ['80', '5', '7', 'normal'] });
  });
  it('reads "<set type>,<integer>" at the end of a short tag as a set number', () => {
    expect(splitExerciseTag([...ref, '60', '7', 'normal', '3'])).toEqual({ params: ['60', '7', 'normal'], setNumberText: '3' });
  });
});

describe('setNumberWouldMisread', () => {
  it('is false for 4 params, or fewer ending in a set type; true for fewer ending in another value', () => {
    expect(setNumberWouldMisread(['', '', '', ''])).toBe(false);
    expect(setNumberWouldMisread(['60', 'normal'])).toBe(false);
    expect(setNumberWouldMisread(['60'])).toBe(true);
    expect(setNumberWouldMisread(['60', '8', '3-1-1'])).toBe(true);
  });
});
