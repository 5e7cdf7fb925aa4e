import { ERAS } from '../era/eras.js';
import type { EraRecord } from '../era/resolveEra.js';
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
