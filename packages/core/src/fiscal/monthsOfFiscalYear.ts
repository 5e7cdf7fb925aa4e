import type { MonthRange } from '../model/types.js';
import type { FiscalYearRange } from './fiscalYearRange.js';
import { lastDayOfMonth } from './lastDayOfMonth.js';
import { toIsoDate } from './toIsoDate.js';

/**
 * The days some months of the calendar take in one fiscal year (April–March): where a recurrence that
 * names its months (`毎年度末`, `毎年度の下半期`) comes in that year. Months from January to March are those
 * of the year after the one the fiscal year starts in; a `from` after `to` runs over the new year
 * (`{ from: 10, to: 3 }` is October to March). Months that start in January and run past March
 * (`{ from: 1, to: 6 }`, a calendar year's first half) end in the next fiscal year.
 *
 * @param fiscalYear - the fiscal year, named by the Western year in which it starts (1–9997)
 * @param months - months of the calendar, 1–12 (as in `Recurrence.months`)
 * @returns `{ start, end }` as ISO dates, both inclusive
 * @throws {RangeError} when `fiscalYear` or a month is out of range
 *
 * @example
 * monthsOfFiscalYear(2021, { from: 3, to: 3 })
 * //=> { start: '2022-03-01', end: '2022-03-31' }
 * monthsOfFiscalYear(2021, { from: 10, to: 3 })
 * //=> { start: '2021-10-01', end: '2022-03-31' }
 */
export function monthsOfFiscalYear(fiscalYear: number, months: MonthRange): FiscalYearRange {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 1 || fiscalYear > 9997) {
    throw new RangeError(`Fiscal year must be an integer 1–9997, got ${String(fiscalYear)}`);
  }
  const startYear = months.from >= 4 ? fiscalYear : fiscalYear + 1;
  const endYear = months.to < months.from ? startYear + 1 : startYear;
  return {
    start: toIsoDate(startYear, months.from, 1),
    end: toIsoDate(endYear, months.to, lastDayOfMonth(endYear, months.to)),
  };
}
