import type { DateOrder } from './training-file';
import { dateInOrder, type WrittenDate } from './written-date';

const ORDERS: readonly DateOrder[] = ['day-month', 'month-day'];

/**
 * The orders in which every numeric date of a file (05.06.2026) is a calendar date, decided
 * over the whole file: one date with a day over 12 settles it for all. Two: every date fits
 * both, the person is asked. None numeric (Strong's 2025-07-23, Hevy's 28 Mar 2025): empty,
 * nothing to ask. A date that fits neither order is reported on its own line and not
 * counted; dates that disagree (13.05 and 05.13) give the order most of them fit.
 */
export function fileDateOrders(dates: Iterable<WrittenDate>): DateOrder[] {
  let readable = 0;
  const fits = new Map<DateOrder, number>(ORDERS.map((order) => [order, 0]));
  for (const date of dates) {
    if (date.kind !== 'numeric') continue;
    const fitting = ORDERS.filter((order) => dateInOrder(date, order) !== undefined);
    if (fitting.length === 0) continue;
    readable++;
    for (const order of fitting) fits.set(order, (fits.get(order) ?? 0) + 1);
  }
  if (readable === 0) return [];
  const all = ORDERS.filter((order) => fits.get(order) === readable);
  if (all.length > 0) return all;
  const most = Math.max(...fits.values());
  return ORDERS.filter((order) => fits.get(order) === most).slice(0, 1);
}
