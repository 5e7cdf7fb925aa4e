import { ERAS } from './eras.js';
import type { EraRecord } from './resolveEra.js';
import { addDays } from '../fiscal/addDays.js';

/** Each era's last day (the day before the next one began), `null` for the era in force now. */
const ENDS = new Map<string, string | null>(
  ERAS.map((era, k) => [era.id, k + 1 < ERAS.length ? addDays(ERAS[k + 1]!.start, -1) : null]),
);

/** The last fiscal year begun in each era: FY N begins on N-04-01. */
const LAST_FISCAL_YEARS = new Map<string, number>(
  ERAS.map((era) => {
    const end = ENDS.get(era.id) ?? null;
    if (end === null) return [era.id, Infinity];
    const year = Number(end.slice(0, 4));
    return [era.id, end.slice(5) >= '04-01' ? year : year - 1];
  }),
);

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
  return ENDS.get(era.id) ?? null;
}

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
  return LAST_FISCAL_YEARS.get(era.id) ?? Infinity;
}
