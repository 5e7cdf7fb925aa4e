import type { PlanItem, Recurrence } from '@plan-timeline/core';
import type { TimeScale } from '../scale/utc-scale.js';
import { monthsIn } from '../time/describe-recurrence.js';
import { fiscalYearOfDate, fiscalYearStart } from '../time/iso.js';

/** Where a recurrence's band lies between two x values, as {@link bandExtents} works it out. */
export interface BandExtents {
  /** True when the years are too narrow to tell apart: one range covers all of `[left, right]`. */
  dense: boolean;
  /** The x ranges, left to right, `[x1, x2]` with `x2 > x1`: one per year (or its months) the band is drawn over. */
  ranges: [number, number][];
}

/** Years drawn at most in one band (a view zoomed out far enough is dense long before). */
const MAX_YEARS = 400;

/**
 * The fiscal year an item's recurrences count from: its first dated fiscal year (`3年毎` from a review in
 * FY2021), or `fallback` (the plan's) when it has none.
 *
 * @example
 * recurrenceAnchor(item, 2021); // the first startFiscalYear among item.schedule.spans, else 2021
 */
export function recurrenceAnchor(item: PlanItem, fallback: number): number {
  let first: number | null = null;
  for (const span of item.schedule.spans)
    if (span.startFiscalYear !== null && (first === null || span.startFiscalYear < first))
      first = span.startFiscalYear;
  return first ?? fallback;
}

/**
 * The x at which an item's recurrence bands begin in view: the start of `anchorFiscalYear` (see
 * {@link recurrenceAnchor}), or `left` when that lies before it.
 *
 * @example
 * bandsBeginAt(scale, 0, 2021); // scale(2021-04-01), or 0 when the view begins later
 */
export function bandsBeginAt(scale: TimeScale, left: number, anchorFiscalYear: number): number {
  return Math.max(left, scale(fiscalYearStart(anchorFiscalYear)));
}

/**
 * The x ranges a recurrence's band covers between `left` and `right` on `scale`: every `everyYears`-th fiscal
 * year from `anchorFiscalYear` on (none before it: a review every three years from the item's first, in FY2021,
 * did not come in FY2018, and `toICS` starts its events there too), each inset by a pixel on either side, or
 * only the months it names in them (`毎年度末`: each March) at their whole width, so that a month stays visible
 * zoomed out. Months from January on (`毎年上半期` of a calendar year) fall in the next calendar year and are
 * found too. Zoomed out so far that a year is a few pixels wide (under 8 px for the band's period, under 14 for
 * a yearly one), the band is one range over `[left, right]` from the anchor's year on.
 *
 * The chart and the SVG export both draw bands from these ranges.
 *
 * @param recurrence - how often, and in which months
 * @param scale - instants → x
 * @param left - the first x drawn
 * @param right - the last x drawn
 * @param anchorFiscalYear - a fiscal year the recurrence comes in (see {@link recurrenceAnchor})
 * @returns the ranges, and whether the band is dense
 * @example
 * bandExtents({ everyYears: 3 }, scale, 0, 1200, 2021).ranges; // FY2021, 2024, 2027 … where in view, none before
 */
export function bandExtents(
  { everyYears, months }: Pick<Recurrence, 'everyYears' | 'months'>,
  scale: TimeScale,
  left: number,
  right: number,
  anchorFiscalYear: number,
): BandExtents {
  if (!(right > left)) return { dense: false, ranges: [] };
  const perYear = scale(fiscalYearStart(2001)) - scale(fiscalYearStart(2000));
  const n = Math.max(1, Math.round(everyYears));
  if (perYear * n < 8 || (n === 1 && perYear < 14)) {
    const from = bandsBeginAt(scale, left, anchorFiscalYear);
    return { dense: true, ranges: right > from ? [[from, right]] : [] };
  }
  const first = Math.max(anchorFiscalYear, fiscalYearOfDate(scale.invert(left)) - (months ? 1 : 0));
  const last = fiscalYearOfDate(scale.invert(right));
  const widen = months ? 1 : 0;
  const ranges: [number, number][] = [];
  for (let fy = first; fy <= last && ranges.length < MAX_YEARS; fy++) {
    if ((((fy - anchorFiscalYear) % n) + n) % n !== 0) continue;
    const inYear = months ? monthsIn(fy, months) : [fiscalYearStart(fy), fiscalYearStart(fy + 1)];
    if (!inYear) continue;
    const x1 = Math.max(left, scale(inYear[0]) + 1 - widen);
    const x2 = Math.min(right, scale(inYear[1]) - 1 + widen);
    if (x2 > x1) ranges.push([x1, x2]);
  }
  return { dense: false, ranges };
}
