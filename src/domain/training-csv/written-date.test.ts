import { describe, expect, it } from 'vitest';
import { fileDateOrders } from './date-orders';
import { formatLocalDateTime, localDateTimeAt, unixSecondsOf } from './local-date-time';
import { dateInOrder, readWrittenDate, type WrittenDate } from './written-date';

function read(text: string): string | undefined {
  const date = readWrittenDate(text);
  const local = date && dateInOrder(date, 'day-month');
  return local && formatLocalDateTime(local);
}

function written(text: string): WrittenDate {
  const date = readWrittenDate(text);
  if (!date) throw new Error(`'${text}' did not read`);
  return date;
}

describe('dates as Strong and Hevy write them', () => {
  it.each([
    ['2025-07-23 19:16:49', '2025-07-23 19:16:49'],
    ['2024-03-05 7:26:13\u202fPM', '2024-03-05 19:26:13'],
    ['2026/05/15 19:26', '2026-05-15 19:26:00'],
    ['28 Mar 2025, 17:29', '2025-03-28 17:29:00'],
    ['9 Sep 2025, 6:46', '2025-09-09 06:46:00'],
    ['28. March 2025, 17:29', '2025-03-28 17:29:00'],
    ['May 15, 2026, 7:26 PM', '2026-05-15 19:26:00'],
    ['Sept 1, 2026, 12:05 AM', '2026-09-01 00:05:00'],
    ['Jan 1, 2024, 12:00 pm', '2024-01-01 12:00:00'],
    ['May 15, 2026, 7:26 p.m.', '2026-05-15 19:26:00'],
    ['05.06.2026, 07:30', '2026-06-05 07:30:00'],
    ['15/05/26, 19:26', '2026-05-15 19:26:00'],
  ])('reads %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    '31/31/2024 18:00',
    '2024-02-30 10:00:00',
    '28 Foo 2025, 17:29',
    '28 Mar 2025, 24:10',
    'May 15, 2026, 13:26 PM',
    '2025-07-23',
    'yesterday',
    '',
  ])('refuses %s', (text) => {
    expect(read(text)).toBeUndefined();
  });

  it('reads a numeric date in either order, when that order gives a day', () => {
    const date = written('05.06.2026, 07:30');
    expect(dateInOrder(date, 'month-day')).toMatchObject({ month: 5, day: 6 });
    expect(dateInOrder(written('13.06.2026, 07:30'), 'month-day')).toBeUndefined();
  });

  it("turns the local time into unix seconds in this device's zone, and back", () => {
    const local = { year: 2025, month: 7, day: 23, hour: 19, minute: 16, second: 49 };
    expect(unixSecondsOf(local)).toBe(new Date(2025, 6, 23, 19, 16, 49).getTime() / 1000);
    expect(localDateTimeAt(unixSecondsOf(local))).toEqual(local);
  });
});

describe("a file's day/month order", () => {
  const orders = (...texts: string[]) => fileDateOrders(texts.map(written));

  it('asks when every date fits both orders', () => {
    expect(orders('05.06.2026, 07:30', '07.06.2026, 18:00')).toEqual(['day-month', 'month-day']);
  });

  it('is settled by one date that fits a single order', () => {
    expect(orders('05.06.2026, 07:30', '13.06.2026, 18:00')).toEqual(['day-month']);
    expect(orders('05/06/2026, 7:30 AM', '06/13/2026, 6:00 PM')).toEqual(['month-day']);
  });

  it('takes the order most dates fit when they disagree', () => {
    expect(orders('13.05.2026, 07:30', '14.05.2026, 07:30', '05.13.2026, 07:30')).toEqual(['day-month']);
  });

  it('has nothing to ask when no date is numeric', () => {
    expect(orders('28 Mar 2025, 17:29', '2025-07-23 19:16:49')).toEqual([]);
  });
});
