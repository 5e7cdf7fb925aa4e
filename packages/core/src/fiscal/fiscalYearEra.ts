import { ERAS } from '../era/eras.js';
import type { Wareki } from '../era/toWareki.js';
import { toWareki } from '../era/toWareki.js';
import { fiscalYearRange } from './fiscalYearRange.js';

/** Options for naming a fiscal year in an era. */
export interface FiscalYearEraOptions {
  /**
   * Which era names a fiscal year in which an era began after April 1:
   * `'newest'` (default) the era that began during the calendar year the fiscal year starts in,
   * as government documents write after the change (FY2019 → 令和元年度, FY1989 → 平成元年度);
   * `'at-start'` the era in force on April 1 (FY2019 → 平成31年度, FY1926 → 大正15年度).
   * Both names are correct; the two choices differ only for FY1912, FY1926 and FY2019.
   */
  era?: 'newest' | 'at-start';
}

/**
 * The era year that names a fiscal year: FY2021 → 令和3年度, FY2019 → 令和元年度
 * (or 平成31年度 with `{ era: 'at-start' }`).
 *
 * @param fiscalYear - the fiscal year (the Western year in which it starts)
 * @param options - which era names a fiscal year in which an era began
 * @returns the era and era year
 * @throws {RangeError} when `fiscalYear` is not an integer, or falls before 明治 (FY1868 is the first)
 *
 * @example
 * fiscalYearEra(2019)
 * //=> { era: 'reiwa', name: '令和', abbr: 'R', year: 1 }
 * fiscalYearEra(2019, { era: 'at-start' })
 * //=> { era: 'heisei', name: '平成', abbr: 'H', year: 31 }
 */
export function fiscalYearEra(fiscalYear: number, options: FiscalYearEraOptions = {}): Wareki {
  const { start } = fiscalYearRange(fiscalYear);
  const mode = options.era ?? 'newest';
  if (mode === 'at-start') return toWareki(start);
  if (mode !== 'newest')
    throw new RangeError(`Unknown era option: ${JSON.stringify(mode)} (expected 'newest' or 'at-start')`);
  for (let i = ERAS.length - 1; i >= 0; i--) {
    const era = ERAS[i]!;
    const eraYear = fiscalYear - Number(era.start.slice(0, 4)) + 1;
    if (eraYear >= 1) return { era: era.id, name: era.name, abbr: era.abbr, year: eraYear };
  }
  throw new RangeError(
    `Fiscal year ${fiscalYear} falls before the first supported era, 明治 (${ERAS[0].start})`,
  );
}
