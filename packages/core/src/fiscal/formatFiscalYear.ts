import { fiscalYearEra, type FiscalYearEraOptions } from './fiscalYearEra.js';
import { fiscalYearRange } from './fiscalYearRange.js';

/** How {@link formatFiscalYear} writes a fiscal year. */
export type FiscalYearStyle = 'western' | 'japanese' | 'abbr' | 'both';

/** Options for {@link formatFiscalYear}. */
export interface FormatFiscalYearOptions extends FiscalYearEraOptions {
  /** Write era year 1 as 元 in the `'japanese'` style (default `true`): 令和元年度, else 令和1年度. */
  gannen?: boolean;
}

/**
 * Writes a fiscal year: `'western'` 2021年度, `'japanese'` 令和3年度 (令和元年度),
 * `'abbr'` R3年度, `'both'` 2021(R3)年度 (the notation of the seed plan, and the default).
 *
 * FY2019 is 平成31年度 and 令和元年度 alike: by default the newer era names it (令和元年度,
 * R1年度); pass `{ era: 'at-start' }` for the era in force on April 1 (平成31年度, H31年度).
 *
 * @param fiscalYear - the fiscal year (the Western year in which it starts)
 * @param style - `'western'`, `'japanese'`, `'abbr'` or `'both'` (default)
 * @param options - `era` choice for years in which an era began; `gannen` for 元年
 * @returns the written fiscal year
 * @throws {RangeError} when `fiscalYear` is not an integer 1–9998, the style is unknown, or an
 *   era style is asked for a year before 明治
 *
 * @example
 * formatFiscalYear(2021, 'both')
 * //=> '2021(R3)年度'
 * formatFiscalYear(2019, 'japanese')
 * //=> '令和元年度'
 * formatFiscalYear(2019, 'japanese', { era: 'at-start' })
 * //=> '平成31年度'
 * formatFiscalYear(2021, 'western')
 * //=> '2021年度'
 */
export function formatFiscalYear(
  fiscalYear: number,
  style: FiscalYearStyle = 'both',
  options: FormatFiscalYearOptions = {},
): string {
  fiscalYearRange(fiscalYear); // validates the year
  if (style === 'western') return `${fiscalYear}年度`;
  if (style !== 'japanese' && style !== 'abbr' && style !== 'both') {
    throw new RangeError(
      `Unknown fiscal year style: ${JSON.stringify(style)} (expected 'western', 'japanese', 'abbr' or 'both')`,
    );
  }
  const era = fiscalYearEra(fiscalYear, options);
  if (style === 'japanese') {
    const year = era.year === 1 && options.gannen !== false ? '元' : String(era.year);
    return `${era.name}${year}年度`;
  }
  if (style === 'abbr') return `${era.abbr}${era.year}年度`;
  return `${fiscalYear}(${era.abbr}${era.year})年度`;
}
