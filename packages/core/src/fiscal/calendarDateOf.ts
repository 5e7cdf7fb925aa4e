import { isoDateProblem } from './parseIsoDate.js';
import { toIsoDate } from './toIsoDate.js';

/** Options for reading a `Date` as a calendar date. */
export interface CalendarDateOptions {
  /**
   * The IANA time zone in which a `Date` (an instant) is read as a calendar date.
   * Defaults to `'UTC'`, so that results never depend on the machine's time zone and
   * `new Date('2019-05-01')` (which JavaScript parses as UTC midnight) reads as 2019-05-01.
   * Pass `'Asia/Tokyo'` to read "now" as a clock in Japan shows it.
   */
  timeZone?: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The ISO calendar date of a date value: an ISO `YYYY-MM-DD` string is checked and returned
 * as it is; a `Date` is read in `options.timeZone` (UTC by default, never the machine's zone).
 *
 * @param date - an ISO `YYYY-MM-DD` string or a `Date`
 * @param options - the time zone a `Date` is read in
 * @returns the ISO calendar date
 * @throws {RangeError} when the string is not a real ISO date, the `Date` is invalid or outside
 *   the years 0–9999, or the time zone is unknown
 *
 * @example
 * calendarDateOf('2019-05-01')
 * //=> '2019-05-01'
 * calendarDateOf(new Date('2019-04-30T20:00:00Z'))
 * //=> '2019-04-30'
 * calendarDateOf(new Date('2019-04-30T20:00:00Z'), { timeZone: 'Asia/Tokyo' })
 * //=> '2019-05-01'
 */
export function calendarDateOf(date: string | Date, options: CalendarDateOptions = {}): string {
  if (typeof date === 'string') {
    const problem = isoDateProblem(date);
    if (problem !== null) throw new RangeError(`${JSON.stringify(date)} is not an ISO date: ${problem}`);
    return date;
  }
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new RangeError(`Expected an ISO date string or a valid Date, got ${describe(date)}`);
  }
  const timeZone = options.timeZone ?? 'UTC';
  let year: number;
  let month: number;
  let day: number;
  if (timeZone === 'UTC') {
    year = date.getUTCFullYear();
    month = date.getUTCMonth() + 1;
    day = date.getUTCDate();
  } else {
    let formatter = formatters.get(timeZone);
    if (!formatter) {
      formatter = formatterIn(timeZone);
      formatters.set(timeZone, formatter);
    }
    const parts = formatter.formatToParts(date);
    const part = (type: Intl.DateTimeFormatPartTypes): string =>
      parts.find((p) => p.type === type)?.value ?? '';
    year = Number(part('year'));
    if (part('era').startsWith('B')) year = 1 - year;
    month = Number(part('month'));
    day = Number(part('day'));
  }
  if (year < 0 || year > 9999)
    throw new RangeError(`Date ${date.toISOString()} lies outside the years 0–9999`);
  return toIsoDate(year, month, day);
}

/** A formatter of calendar dates in `timeZone`; an unknown zone is named in the error. */
function formatterIn(timeZone: unknown): Intl.DateTimeFormat {
  try {
    if (typeof timeZone !== 'string') throw new TypeError('not a string');
    return new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
      timeZone,
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
  } catch {
    throw new RangeError(
      `Unknown time zone ${describe(timeZone)}: expected an IANA time zone name such as 'Asia/Tokyo' or 'UTC'`,
    );
  }
}

function describe(value: unknown): string {
  if (value instanceof Date) return 'Invalid Date';
  if (typeof value === 'number') return String(value); // JSON would write NaN and Infinity as null
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
