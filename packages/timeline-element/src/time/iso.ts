/**
 * Calendar dates as ISO `YYYY-MM-DD` strings ⇄ UTC-midnight `Date`s for the
 * time scale. The whole element works in UTC, so nothing depends on the
 * machine's time zone.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The UTC midnight that starts an ISO calendar date.
 * @param iso - `YYYY-MM-DD`
 * @returns the `Date`, or `null` when `iso` is not a real date
 * @example
 * isoToDate('2021-04-01')?.toISOString()
 * //=> '2021-04-01T00:00:00.000Z'
 */
export function isoToDate(iso: string): Date | null {
  const match = ISO.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

/**
 * The ISO calendar date of a `Date`, read in UTC.
 * @param date - a `Date`
 * @returns `YYYY-MM-DD`
 * @example
 * dateToIso(new Date(Date.UTC(2022, 2, 31, 23)))
 * //=> '2022-03-31'
 */
export function dateToIso(date: Date): string {
  const year = date.getUTCFullYear();
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(date.getUTCDate()).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${mm}-${dd}`;
}

/** Milliseconds in a day. */
export const DAY = 86_400_000;

/** Milliseconds in an average Gregorian year. */
export const YEAR = 365.2425 * DAY;

/**
 * The first day of a fiscal year (1 April), as a UTC `Date`.
 * @param fiscalYear - the Western year in which the fiscal year starts
 * @returns 1 April of that year at UTC midnight
 * @example
 * fiscalYearStart(2021).toISOString().slice(0, 10)
 * //=> '2021-04-01'
 */
export function fiscalYearStart(fiscalYear: number): Date {
  const date = new Date(Date.UTC(2000, 3, 1));
  date.setUTCFullYear(fiscalYear);
  return date;
}

/**
 * The fiscal year (April–March) a UTC `Date` falls in.
 * @param date - a `Date`, read in UTC
 * @returns the Western year in which that fiscal year starts
 * @example
 * fiscalYearOfDate(new Date(Date.UTC(2022, 0, 15)))
 * //=> 2021
 */
export function fiscalYearOfDate(date: Date): number {
  return date.getUTCMonth() >= 3 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
}

/**
 * Reads a `view-start` / `view-end` value: an ISO date or a fiscal year
 * (`2021`, `2021年度`, `FY2021`). A fiscal year as the start means its 1 April,
 * as the end the day after its 31 March; an ISO end date counts in full.
 * @param value - the attribute value
 * @param edge - whether it starts or ends the window
 * @returns the instant, or `null` when the value cannot be read
 * @example
 * parseViewBound('2021', 'end')?.toISOString().slice(0, 10)
 * //=> '2022-04-01'
 */
export function parseViewBound(value: string | null | undefined, edge: 'start' | 'end'): Date | null {
  if (value === null || value === undefined) return null;
  const text = value.normalize('NFKC').trim();
  const fy = /^(?:fy)?\s*(\d{4})(?:年度)?$/iu.exec(text);
  if (fy) return fiscalYearStart(Number(fy[1]) + (edge === 'end' ? 1 : 0));
  const date = isoToDate(text);
  if (!date) return null;
  return edge === 'end' ? new Date(date.getTime() + DAY) : date;
}
