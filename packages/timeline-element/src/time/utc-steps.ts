import { DAY } from './iso.js';

/**
 * The UTC midnights from `start` (included) to `stop` (excluded) whose day of the
 * month is one more than a multiple of `step`: every day, or with 7 the 1st, 8th,
 * 15th, 22nd and 29th of each month, as d3-time's `utcDay.range(start, stop)` and
 * `utcDay.every(7).range(start, stop)`.
 *
 * @param start - the first instant
 * @param stop - the instant before which to stop
 * @param step - days of the month between two midnights
 * @returns the midnights, in order
 * @example
 * utcDays(new Date('2021-04-01T12:00Z'), new Date('2021-04-03T12:00Z')).map((d) => d.toISOString().slice(0, 10))
 * //=> ['2021-04-02', '2021-04-03']
 */
export function utcDays(start: Date, stop: Date, step = 1): Date[] {
  const out: Date[] = [];
  const end = stop.getTime();
  for (let t = Math.ceil(start.getTime() / DAY) * DAY; t < end; t += DAY) {
    const date = new Date(t);
    if ((date.getUTCDate() - 1) % step === 0) out.push(date);
  }
  return out;
}

/** The UTC midnight that starts a month; months past 11 run on into the next years. */
function monthStart(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 1);
  return date.getTime();
}

/**
 * The first days of the UTC months from `start` (included) to `stop` (excluded) whose
 * month index is a multiple of `step`: every month, or every 3rd (January, April, July,
 * October), as d3-time's `utcMonth.range(start, stop)` and `utcMonth.every(3).range(start, stop)`.
 *
 * @param start - the first instant
 * @param stop - the instant before which to stop
 * @param step - months between two first days
 * @returns the first days, in order
 * @example
 * utcMonths(new Date('2021-02-15Z'), new Date('2021-10-01Z'), 3).map((d) => d.toISOString().slice(0, 10))
 * //=> ['2021-04-01', '2021-07-01']
 */
export function utcMonths(start: Date, stop: Date, step = 1): Date[] {
  const out: Date[] = [];
  const from = start.getTime();
  const end = stop.getTime();
  if (!(from < end)) return out;
  const year = start.getUTCFullYear();
  let month = start.getUTCMonth();
  if (monthStart(year, month) < from) month++;
  month = Math.ceil(month / step) * step;
  for (let t = monthStart(year, month); t < end; t = monthStart(year, (month += step))) out.push(new Date(t));
  return out;
}
