import { calendarDateOf, type CalendarDateOptions } from './calendarDateOf.js';

/**
 * The Japanese fiscal year (年度, April to March) holding a date, named by the Western year
 * in which it starts: 2022-03-31 is in FY2021, 2022-04-01 in FY2022.
 *
 * @param date - an ISO `YYYY-MM-DD` string or a `Date` (read in UTC unless `options.timeZone` says otherwise)
 * @param options - `timeZone` in which a `Date` is read
 * @returns the fiscal year
 * @throws {RangeError} when the date is not a real ISO date or a valid `Date`
 *
 * @example
 * fiscalYearOf('2022-03-31')
 * //=> 2021
 * fiscalYearOf('2022-04-01')
 * //=> 2022
 */
export function fiscalYearOf(date: string | Date, options?: CalendarDateOptions): number {
  const iso = calendarDateOf(date, options);
  const year = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) >= 4 ? year : year - 1;
}
