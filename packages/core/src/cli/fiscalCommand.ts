import type { EraRecord } from '../era/resolveEra.js';
import { fiscalYearRange } from '../fiscal/fiscalYearRange.js';
import { isoDateProblem, NOT_ISO_FORM } from '../fiscal/parseIsoDate.js';
import { formatFiscalYear } from '../fiscal/formatFiscalYear.js';
import { eraEnd, lastFiscalYearOf } from '../era/eraEnd.js';
import { readFiscalYear, type FiscalYearText } from '../fiscal/readFiscalYear.js';

/** The last fiscal year whose days have ISO dates of four digits: FY9998 ends on 9999-03-31. */
const LAST_FISCAL_YEAR = 9998;

/**
 * The output of `plan-timeline fiscal VALUE`: a fiscal year in the seed's notation and its
 * first and last day.
 *
 * @param value - a fiscal year (`2021`, `2021年度`), an era fiscal year (`R3`, `令和3年度`) or an
 *   ISO date (the fiscal year holding it)
 * @returns the line to print
 * @throws {RangeError} with a message for people when the value is none of these
 *
 * @example
 * fiscalCommand('2021')
 * //=> '2021(R3)年度 2021-04-01〜2022-03-31'
 * fiscalCommand('2022-03-31')
 * //=> '2021(R3)年度 2021-04-01〜2022-03-31'
 * fiscalCommand('平成32年度')
 * //=> '2020(R2)年度 2020-04-01〜2021-03-31 (平成 ended on 2019-04-30, before it began)'
 */
export function fiscalCommand(value: string): string {
  const { fiscalYear, eraYear } = readFiscalYearArgument(value);
  // Fiscal year 9999 ends in the year 10000, and fiscal year 0 begins in the year 0: neither has ISO dates of four digits.
  if (fiscalYear > LAST_FISCAL_YEAR || fiscalYear < 1)
    throw new RangeError(
      `"${value}" is fiscal year ${fiscalYear}, which ${fiscalYear < 1 ? 'begins in the year 0' : `ends in ${fiscalYear + 1}`}; fiscal years 1–${LAST_FISCAL_YEAR} are supported`,
    );
  const { start, end } = fiscalYearRange(fiscalYear);
  const name =
    fiscalYear >= 1868 ? formatFiscalYear(fiscalYear, 'both') : formatFiscalYear(fiscalYear, 'western');
  return `${name} ${start}〜${end}${eraYear ? endedBefore(eraYear.era, fiscalYear) : ''}`;
}

/**
 * The fiscal year a command-line argument names (see `readFiscalYear`): `2021`, `2021年度`, an era fiscal
 * year (`R3`, `令和3年度`), or an ISO date (the fiscal year holding it); with the era year, when one was written.
 *
 * @param value - the argument
 * @returns the fiscal year (the Western year it starts in)
 * @throws {RangeError} with a message for people when the value is none of these
 * @example
 * readFiscalYearArgument('令和6年度').fiscalYear //=> 2024
 */
export function readFiscalYearArgument(value: string): FiscalYearText {
  const read = readFiscalYear(value);
  if (read) return read;
  // A date of the ISO form that the calendar lacks (2022-02-30) is said to be so.
  const dated = isoDateProblem(value.trim());
  if (dated !== null && dated !== NOT_ISO_FORM) throw new RangeError(`"${value}" is not a date: ${dated}`);
  throw new RangeError(`"${value}" is not a fiscal year (2021, R3, 令和3年度) or an ISO date`);
}

/** A note when `era` ended before the fiscal year began (平成32年度, 昭和64年度): no such year was written then. */
function endedBefore(era: EraRecord, fiscalYear: number): string {
  return fiscalYear > lastFiscalYearOf(era) ? ` (${era.name} ended on ${eraEnd(era)}, before it began)` : '';
}
