import { lastDayOfMonth } from './lastDayOfMonth.js';

/** A calendar date split into numbers. */
export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Splits an ISO `YYYY-MM-DD` calendar date into year, month and day, checking that the
 * day exists (`2021-02-29` does not).
 *
 * @param text - an ISO calendar date, exactly `YYYY-MM-DD`
 * @returns the parts, or `undefined` when `text` is not a real date in that form (never throws)
 *
 * @example
 * parseIsoDate('2019-05-01')
 * //=> { year: 2019, month: 5, day: 1 }
 * parseIsoDate('2021-02-29')
 * //=> undefined
 */
export function parseIsoDate(text: string): CalendarDate | undefined {
  if (typeof text !== 'string') return undefined;
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) return undefined;
  return { year, month, day };
}

/** What {@link isoDateProblem} says of a text that has not the `YYYY-MM-DD` form at all. */
export const NOT_ISO_FORM = 'expected the form YYYY-MM-DD';

/**
 * Why a text is not an ISO calendar date, for a message: the day or month its calendar lacks when it has the
 * `YYYY-MM-DD` form, else the form expected.
 *
 * @param text - what was given for an ISO date
 * @returns the reason, or `null` when `text` is a real ISO date
 *
 * @example
 * isoDateProblem('2019-02-29')
 * //=> '2019-02 has 28 days'
 * isoDateProblem('2019-13-01')
 * //=> 'there is no month 13'
 * isoDateProblem('1 May 2019')
 * //=> 'expected the form YYYY-MM-DD'
 */
export function isoDateProblem(text: string): string | null {
  if (parseIsoDate(text)) return null;
  const match = typeof text === 'string' ? ISO_DATE.exec(text) : null;
  if (!match) return NOT_ISO_FORM;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `there is no month ${month}`;
  return `${match[1]}-${match[2]} has ${lastDayOfMonth(Number(match[1]), month)} days`;
}
