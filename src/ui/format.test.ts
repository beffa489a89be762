import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatCount,
  formatDay,
  formatDayAndTime,
  formatDuration,
  formatMoment,
  formatMonth,
  formatRest,
  formatShortDate,
  formatVolume,
  MISSING_EXERCISE_TITLE,
  SET_TYPE_LETTERS,
  SET_TYPE_NAMES,
  setChipLabels,
  weightNumber,
} from './format';

// Dates are built in local time, as the formatters show them.
const at = (year: number, month: number, day: number, hour = 12, minute = 0) => new Date(year, month, day, hour, minute).getTime() / 1000;
const groupedThousands = new Intl.NumberFormat().format(4350);

describe('display constants', () => {
  it('names a missing exercise and every set type', () => {
    expect(MISSING_EXERCISE_TITLE).toBe('Exercise not on this device yet');
    expect(SET_TYPE_NAMES).toEqual({ warmup: 'Warm-up', normal: 'Normal', drop: 'Drop set', failure: 'To failure' });
    expect(SET_TYPE_LETTERS).toEqual({ warmup: 'W', normal: 'N', drop: 'D', failure: 'F' });
  });
});

describe('setChipLabels', () => {
  it('numbers working sets and letters warm-up, drop and failure sets', () => {
    expect(setChipLabels(['warmup', 'warmup', 'normal', 'normal', 'drop', 'failure', 'normal'])).toEqual([
      'W',
      'W',
      '1',
      '2',
      'D',
      'F',
      '5',
    ]);
  });
  it('counts a set without a type as a working set', () => {
    expect(setChipLabels([undefined, 'warmup', undefined])).toEqual(['1', 'W', '2']);
    expect(setChipLabels([])).toEqual([]);
  });
});

describe('weightNumber', () => {
  it('is the figure in the unit without the unit', () => {
    expect(weightNumber(82.5, 'kg')).toBe('82.5');
    expect(weightNumber(100, 'lb')).toBe('220.5');
  });
});

describe('formatVolume', () => {
  it('is a whole, grouped figure with the unit', () => {
    expect(formatVolume(4350.4, 'kg')).toBe(`${groupedThousands} kg`);
    expect(formatVolume(100, 'lb')).toBe('220 lb');
  });
});

describe('formatClock', () => {
  it('shows minutes and seconds, and hours once there are any', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(245)).toBe('4:05');
    expect(formatClock(3729.9)).toBe('1:02:09');
    expect(formatClock(-5)).toBe('0:00');
  });
});

describe('formatDuration', () => {
  it('words a workout to the minute: "1 h 5 min"', () => {
    expect(formatDuration(45 * 60)).toBe('45 min');
    expect(formatDuration(65 * 60)).toBe('1 h 5 min');
    expect(formatDuration(62 * 60 + 10)).toBe('1 h 2 min');
    expect(formatDuration(120 * 60)).toBe('2 h');
    expect(formatDuration(59 * 60 + 50)).toBe('1 h');
  });
  it('counts seconds under a minute', () => {
    expect(formatDuration(40)).toBe('40 s');
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(-3)).toBe('0 s');
  });
});

describe('formatRest', () => {
  it('words a rest to the second', () => {
    expect(formatRest(45)).toBe('45 s');
    expect(formatRest(90)).toBe('1 min 30 s');
    expect(formatRest(180)).toBe('3 min');
  });
});

describe('dates', () => {
  const now = new Date(2026, 10, 20);
  it('formatDay leaves the year out in this year only', () => {
    const thisYear = formatDay(at(2026, 10, 12), now);
    expect(thisYear).toContain('12');
    expect(thisYear).not.toContain('2026');
    expect(formatDay(at(2025, 10, 12), now)).toContain('2025');
  });
  it('formatDayAndTime adds the time after a dot', () => {
    const text = formatDayAndTime(at(2026, 10, 12, 18, 5), now);
    expect(text.startsWith(`${formatDay(at(2026, 10, 12), now)} · `)).toBe(true);
    expect(text).toMatch(/0?6:05|18:05/);
  });
  it('formatShortDate is day and month', () => {
    const text = formatShortDate(at(2026, 10, 12));
    expect(text).toContain('12');
    expect(text).not.toContain('2026');
  });
  it('formatMonth names the month and year', () => {
    expect(formatMonth(2026, 10)).toBe(
      new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' }).format(new Date(2026, 10, 1)),
    );
    expect(formatMonth(2026, 10)).toContain('2026');
  });
});

describe('formatMoment', () => {
  it('is the time to the second today, and day, month and time on another day', () => {
    const now = new Date(2026, 10, 20, 15, 0).getTime();
    const today = formatMoment(new Date(2026, 10, 20, 9, 4, 7).getTime(), now);
    expect(today).toMatch(/0?9:04:07/);
    const earlier = formatMoment(new Date(2026, 10, 12, 9, 4, 7).getTime(), now);
    expect(earlier).toContain('12');
    expect(earlier).not.toContain(':07');
  });
});

describe('formatCount', () => {
  it('puts the noun in the plural but for one', () => {
    expect(formatCount(1, 'set')).toBe('1 set');
    expect(formatCount(18, 'set')).toBe('18 sets');
    expect(formatCount(0, 'PR')).toBe('0 PRs');
    expect(formatCount(2, 'entry', 'entries')).toBe('2 entries');
  });
});
