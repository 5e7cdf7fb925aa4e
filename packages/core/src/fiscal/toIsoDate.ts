import { lastDayOfMonth } from './lastDayOfMonth.js';

/**
 * Writes a calendar date as an ISO `YYYY-MM-DD` string.
 *
 * @param year - the Western year, 0–9999
 * @param month - 1–12
 * @param day - 1 to the last day of the month
 * @returns the ISO date
 * @throws {RangeError} when the date does not exist (`toIsoDate(2021, 2, 29)`) or the year
 *   does not fit in four digits
 *
 * @example
 * toIsoDate(2021, 4, 1)
 * //=> '2021-04-01'
 * toIsoDate(2022, 3, lastDayOfMonth(2022, 3))
 * //=> '2022-03-31'
 */
export function toIsoDate(year: number, month: number, day: number): string {
  if (!Number.isInteger(year) || year < 0 || year > 9999) {
    throw new RangeError(`toIsoDate: year must be an integer 0–9999, got ${String(year)}`);
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`toIsoDate: month must be an integer 1–12, got ${String(month)}`);
  }
  if (!Number.isInteger(day) || day < 1 || day > lastDayOfMonth(year, month)) {
    throw new RangeError(`toIsoDate: ${year}-${month} has no day ${String(day)}`);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
