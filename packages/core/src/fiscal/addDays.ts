import { parseIsoDate } from './parseIsoDate.js';
import { toIsoDate } from './toIsoDate.js';

/**
 * Adds (or, when negative, subtracts) whole days to an ISO calendar date.
 *
 * The arithmetic is done on the calendar date itself, so the result never depends on the
 * machine's time zone or on daylight saving time.
 *
 * @param date - an ISO `YYYY-MM-DD` date
 * @param days - a whole number of days
 * @returns the new ISO date
 * @throws {RangeError} when `date` is not a real ISO date, `days` is not an integer, or the
 *   result leaves the years 0–9999
 *
 * @example
 * addDays('2022-03-31', 1)
 * //=> '2022-04-01'
 * addDays('2024-03-01', -1)
 * //=> '2024-02-29'
 */
export function addDays(date: string, days: number): string {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`addDays: expected an ISO date YYYY-MM-DD, got ${JSON.stringify(date)}`);
  if (!Number.isSafeInteger(days))
    throw new RangeError(`addDays: days must be an integer, got ${String(days)}`);
  const utc = new Date(0);
  utc.setUTCFullYear(parts.year, parts.month - 1, parts.day + days);
  if (Number.isNaN(utc.getTime())) throw new RangeError(`addDays: ${date} + ${days} days is out of range`);
  const year = utc.getUTCFullYear();
  if (year < 0 || year > 9999)
    throw new RangeError(`addDays: ${date} + ${days} days leaves the years 0–9999`);
  return toIsoDate(year, utc.getUTCMonth() + 1, utc.getUTCDate());
}
