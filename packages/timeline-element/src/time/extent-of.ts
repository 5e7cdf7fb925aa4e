import { planExtent, type PlanItem, type TimeExtent } from '@plan-timeline/core';

/** What the time axis needs to know of a set of items to fit them. */
export interface ItemsExtent {
  /** Their fiscal years ({@link planExtent}), or `null` when none has a date. */
  extent: TimeExtent | null;
  /** Whether one of them has a span with an open end (`以降`). */
  openEnd: boolean;
}

const CACHE = new WeakMap<readonly PlanItem[], ItemsExtent>();

/**
 * The fiscal years a list of items covers and whether any span runs on
 * without an end, worked out once per list (a plan's items, or the items a
 * layout shows): the element asks for it on load, on fit and on resize.
 *
 * @param items - the items (not modified; the list must not be changed later, as plans never are)
 * @returns their extent and whether an open end is among them
 * @example
 * extentOf(plan.items) // the seed
 * //=> { extent: { start: '2018-04-01', end: '2026-03-31', startFiscalYear: 2018, endFiscalYear: 2025 }, openEnd: true }
 */
export function extentOf(items: readonly PlanItem[]): ItemsExtent {
  let known = CACHE.get(items);
  if (!known) {
    const openEnd = items.some((i) => i.schedule.spans.some((s) => s.end === null && s.start !== null));
    known = { extent: planExtent(items), openEnd };
    CACHE.set(items, known);
  }
  return known;
}
