import { describe, expect, it } from 'vitest';
import { KG_PER_LB, formatDecimal, formatWeight, fromKg, roundKg, toKg } from './units';

describe('kg and lb', () => {
  it('converts with the exact pound', () => {
    expect(toKg(1, 'lb')).toBe(0.45359237);
    expect(toKg(82.5, 'kg')).toBe(82.5);
    expect(fromKg(KG_PER_LB * 225, 'lb')).toBeCloseTo(225, 10);
    expect(fromKg(100, 'kg')).toBe(100);
  });

  it('stores kg to the gram, keeping a kg input exactly', () => {
    expect(roundKg(82.5)).toBe(82.5);
    expect(roundKg(82.125)).toBe(82.125);
    expect(roundKg(toKg(225, 'lb'))).toBe(102.058);
    expect(roundKg(-0.0001)).toBe(0);
  });

  it('reads a stored pound weight back as the pounds typed', () => {
    for (const lb of [45, 135, 185.5, 225, 405, 2.5]) expect(formatDecimal(fromKg(roundKg(toKg(lb, 'lb')), 'lb'))).toBe(String(lb));
  });
});

describe('formatting', () => {
  it.each([
    [82.5, '82.5'],
    [100, '100'],
    [100.04, '100'],
    [100.05, '100.1'],
    [99.96, '100'],
    [-2.34, '-2.3'],
    [-0.01, '0'],
  ])('formats %d as %s', (value, text) => expect(formatDecimal(value)).toBe(text));

  it('shows a kg weight in the person’s unit', () => {
    expect(formatWeight(102.058, 'lb')).toBe('225 lb');
    expect(formatWeight(102.058, 'kg')).toBe('102.1 kg');
    expect(formatWeight(60, 'kg')).toBe('60 kg');
  });
});
