import { describe, expect, it } from 'vitest';
import { KG_PER_LB } from '../units';
import { readAmount, readCsvNumber, readWeight } from './csv-values';
import { formatStrongDuration, readStrongDuration } from './strong-duration';

describe('numbers in the exports', () => {
  it('reads decimal points and decimal commas', () => {
    expect(readCsvNumber('62.5')).toBe(62.5);
    expect(readCsvNumber('62,5')).toBe(62.5);
    expect(readCsvNumber(' 8,5 ')).toBe(8.5);
    expect(readCsvNumber('1,234.5')).toBeUndefined();
    expect(readCsvNumber('1e3')).toBeUndefined();
  });

  it('reads 0 and empty as not used, and refuses text, negatives and too much', () => {
    expect(readAmount('Reps', '')).toEqual({ ok: true, value: undefined });
    expect(readAmount('Reps', '0')).toEqual({ ok: true, value: undefined });
    expect(readAmount('Reps', '12')).toEqual({ ok: true, value: 12 });
    expect(readAmount('Reps', '-3')).toEqual({ ok: false, reason: "Reps '-3' is negative" });
    expect(readAmount('Reps', 'ten')).toEqual({ ok: false, reason: "Reps 'ten' is not a number" });
    expect(readAmount('RPE', '9,5', 10)).toEqual({ ok: true, value: 9.5 });
    expect(readAmount('RPE', '11', 10)).toEqual({ ok: false, reason: "RPE '11' is over 10" });
  });

  it('reads weights in kg to the gram: empty and 0 bodyweight, negative assistance', () => {
    expect(readWeight('Weight', '', 1)).toEqual({ ok: true, value: null });
    expect(readWeight('Weight', '0.0', 1)).toEqual({ ok: true, value: null });
    expect(readWeight('Weight', '225', KG_PER_LB)).toEqual({ ok: true, value: 102.058 });
    expect(readWeight('Weight', '-20', 1)).toEqual({ ok: true, value: -20 });
    expect(readWeight('Weight', 'heavy', 1)).toEqual({ ok: false, reason: "Weight 'heavy' is not a number" });
  });
});

describe("Strong's workout durations", () => {
  it.each([
    ['29m', 1740],
    ['1h 5m', 3900],
    ['2h 38m', 9480],
    ['2h', 7200],
    ['1h 5m 30s', 3930],
    ['4195', 4195],
  ])('reads %s', (text, seconds) => {
    expect(readStrongDuration(text)).toBe(seconds);
  });

  it.each(['', 'soon', '5 min ago', '-5m'])('refuses %s', (text) => {
    expect(readStrongDuration(text)).toBeUndefined();
  });

  it('writes whole minutes', () => {
    expect([1740, 3900, 3929, 3931, 7200, 20].map(formatStrongDuration)).toEqual(['29m', '1h 5m', '1h 5m', '1h 6m', '2h 0m', '0m']);
  });
});
