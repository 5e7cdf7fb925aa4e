import type { PlanItem } from '../model/types.js';
import type { TimeExtent } from './types.js';

/**
 * The fiscal years a set of items covers: from the earliest span start to the
 * latest span end. An open end (`2023(R5)年度以降`) counts with its start year,
 * an open start (`～2020年度`) with its end year. Recurrences carry no date and
 * do not count.
 *
 * @param items - the items to measure (not modified)
 * @returns the extent as fiscal years and ISO dates, or `null` when no item has a dated span
 * @example
 * planExtent(plan.items) // the seed
 * //=> { start: '2018-04-01', end: '2025-03-31', startFiscalYear: 2018, endFiscalYear: 2024 }
 */
export function planExtent(items: readonly PlanItem[]): TimeExtent | null {
  let min = Infinity;
  let max = -Infinity;
  for (const item of items) {
    for (const span of item.schedule.spans) {
      const first = span.startFiscalYear ?? span.endFiscalYear;
      const last = span.endFiscalYear ?? span.startFiscalYear;
      if (first !== null && Number.isFinite(first)) min = Math.min(min, first);
      if (last !== null && Number.isFinite(last)) max = Math.max(max, last);
    }
  }
  if (min === Infinity || max === -Infinity) return null;
  return {
    start: `${pad4(min)}-04-01`,
    end: `${pad4(max + 1)}-03-31`,
    startFiscalYear: min,
    endFiscalYear: max,
  };
}

function pad4(year: number): string {
  return year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
}
