import { describe, expect, it } from 'vitest';
import { parseRepsInput, parseRpeInput, parseSetTypeInput, parseWeightInput } from './set-input';

describe('parseWeightInput', () => {
  it.each([
    ['82.5', 'kg', 82.5],
    [' 100 ', 'kg', 100],
    ['82,5', 'kg', 82.5],
    ['.5', 'kg', 0.5],
    ['225', 'lb', 102.058],
    ['1000', 'kg', 1000],
    ['2204.6', 'lb', 999.99],
  ] as const)('reads %j %s as %d kg', (text, unit, kg) => expect(parseWeightInput(text, unit)).toEqual({ ok: true, value: kg }));

  it('reads empty and 0 as bodyweight (null), as records do', () => {
    expect(parseWeightInput('', 'kg')).toEqual({ ok: true, value: null });
    expect(parseWeightInput('  ', 'lb')).toEqual({ ok: true, value: null });
    expect(parseWeightInput('0', 'kg')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['abc', 'kg', 'Weight must be a number, like 82.5.'],
    ['12kg', 'kg', 'Weight must be a number, like 82.5.'],
    ['1e3', 'lb', 'Weight must be a number, like 185.'],
    ['-20', 'kg', 'Weight can’t be negative.'],
    ['1000.5', 'kg', 'Weight must be at most 1000 kg.'],
    ['2205', 'lb', 'Weight must be at most 2204.6 lb.'],
    ['1,5,0', 'kg', 'Weight must be a number, like 82.5.'],
  ] as const)('refuses %j %s: %s', (text, unit, reason) => expect(parseWeightInput(text, unit)).toEqual({ ok: false, reason }));
});

describe('parseRepsInput', () => {
  it('reads whole numbers from 0 to 1000, and empty as not entered', () => {
    expect(parseRepsInput('8')).toEqual({ ok: true, value: 8 });
    expect(parseRepsInput('0')).toEqual({ ok: true, value: 0 });
    expect(parseRepsInput('1000')).toEqual({ ok: true, value: 1000 });
    expect(parseRepsInput('')).toEqual({ ok: true, value: undefined });
  });

  it.each([
    ['eight', 'Reps must be a whole number, like 8.'],
    ['8.5', 'Reps must be a whole number, like 8.'],
    ['-3', 'Reps can’t be negative.'],
    ['1001', 'Reps must be at most 1000.'],
  ])('refuses %j: %s', (text, reason) => expect(parseRepsInput(text)).toEqual({ ok: false, reason }));
});

describe('parseRpeInput', () => {
  it('reads 0 to 10 in half steps, and empty as not entered', () => {
    expect(['0', '7', '7.5', '8,5', '10', ''].map((text) => parseRpeInput(text))).toEqual([
      { ok: true, value: 0 },
      { ok: true, value: 7 },
      { ok: true, value: 7.5 },
      { ok: true, value: 8.5 },
      { ok: true, value: 10 },
      { ok: true, value: undefined },
    ]);
  });

  it.each([
    ['hard', 'RPE must be a number from 0 to 10, like 8 or 8.5.'],
    ['11', 'RPE must be between 0 and 10.'],
    ['-1', 'RPE must be between 0 and 10.'],
    ['7.3', 'RPE goes in half steps, like 7 or 7.5.'],
  ])('refuses %j: %s', (text, reason) => expect(parseRpeInput(text)).toEqual({ ok: false, reason }));
});

describe('parseSetTypeInput', () => {
  it('reads the four set types, any case, and working as normal', () => {
    expect(['warmup', 'Normal', 'DROP', 'failure', 'working'].map((text) => parseSetTypeInput(text))).toEqual(
      ['warmup', 'normal', 'drop', 'failure', 'normal'].map((value) => ({ ok: true, value })),
    );
  });

  it('refuses anything else', () => {
    expect(parseSetTypeInput('amrap')).toEqual({ ok: false, reason: 'Set type must be warm-up, normal, drop or failure.' });
    expect(parseSetTypeInput('')).toEqual({ ok: false, reason: 'Set type must be warm-up, normal, drop or failure.' });
  });
});
