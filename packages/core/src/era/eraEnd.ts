import { ERAS } from './eras.js';
import type { EraRecord } from './resolveEra.js';
import { addDays } from '../fiscal/addDays.js';

/**
 * The last day of an era: the day before the next one began.
 *
 * @param era - an era record
 * @returns its last day as an ISO date, or `null` for the era in force now
 *
 * @example
 * eraEnd(resolveEra('平成')!) //=> '2019-04-30'
 * eraEnd(resolveEra('令和')!) //=> null
 */
export function eraEnd(era: EraRecord): string | null {
  const next = ERAS[ERAS.findIndex((e) => e.id === era.id) + 1];
  return next ? addDays(next.start, -1) : null;
}

const LAST_FISCAL_YEARS = new Map<string, number>();

/**
 * The last fiscal year (April–March) that began while an era was in force: a later one written in
 * it (`平成32年度`) names a year the era never reached.
 *
 * @param era - an era record
 * @returns the fiscal year, or `Infinity` for the era in force now
 *
 * @example
 * lastFiscalYearOf(resolveEra('平成')!) //=> 2019 (FY2019 began on 2019-04-01, under 平成)
 * lastFiscalYearOf(resolveEra('昭和')!) //=> 1988
 */
export function lastFiscalYearOf(era: EraRecord): number {
  let last = LAST_FISCAL_YEARS.get(era.id);
  if (last === undefined) {
    const end = eraEnd(era);
    const year = end === null ? Infinity : Number(end.slice(0, 4));
    last = end === null ? Infinity : end.slice(5) >= '04-01' ? year : year - 1;
    LAST_FISCAL_YEARS.set(era.id, last);
  }
  return last;
}
