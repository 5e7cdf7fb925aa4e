/** The first and last day of a fiscal year, ISO dates, both inclusive. */
export interface FiscalYearRange {
  start: string;
  end: string;
}

/**
 * The first and last day of a fiscal year (April 1 to March 31 of the next year).
 *
 * @param fiscalYear - the fiscal year, named by the Western year in which it starts (1–9998)
 * @returns `{ start, end }` as ISO dates, both inclusive
 * @throws {RangeError} when `fiscalYear` is not an integer 1–9998
 *
 * @example
 * fiscalYearRange(2021)
 * //=> { start: '2021-04-01', end: '2022-03-31' }
 */
export function fiscalYearRange(fiscalYear: number): FiscalYearRange {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 1 || fiscalYear > 9998) {
    throw new RangeError(`Fiscal year must be an integer 1–9998, got ${String(fiscalYear)}`);
  }
  const pad = (year: number): string => String(year).padStart(4, '0');
  return { start: `${pad(fiscalYear)}-04-01`, end: `${pad(fiscalYear + 1)}-03-31` };
}
