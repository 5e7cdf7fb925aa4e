import type { Span } from '../model/types.js';
import type { LayoutSpan } from './types.js';

/** Spans with their index in the item's schedule, as given to {@link assignLanes}. */
export interface IndexedSpan {
  index: number;
  span: Span;
}

/**
 * Places spans in lanes so that no two spans that share a day share a lane.
 * Spans are taken by start (open starts first, then by end); each goes to the
 * lowest free lane. Open ends reach forever; what lies within one month (a month, a day, days of one
 * month) is a milestone, everything longer a bar (`4月～6月：調査` is three months long).
 *
 * @param spans - spans with their schedule index (not modified)
 * @returns the placed spans in their original order, and the number of lanes used (at least 1)
 * @example
 * assignLanes([{ index: 0, span: fy2021 }, { index: 1, span: fy2021to2022 }, { index: 2, span: fy2023 }])
 * //=> { spans: [{ index: 0, lane: 0, … }, { index: 1, lane: 1, … }, { index: 2, lane: 0, … }], lanes: 2 }
 */
export function assignLanes(spans: readonly IndexedSpan[]): { spans: LayoutSpan[]; lanes: number } {
  // Most items have one or two spans: place those without sorting.
  if (spans.length === 0) return { spans: [], lanes: 1 };
  if (spans.length === 1) return { spans: [placed(spans[0]!, 0)], lanes: 1 };
  if (spans.length === 2) {
    const [a, b] = spans as [IndexedSpan, IndexedSpan];
    const aFirst =
      (compare(startKey(a.span), startKey(b.span)) || compare(endKey(a.span), endKey(b.span))) <= 0;
    const [first, second] = aFirst ? [a, b] : [b, a];
    const apart = endKey(first.span) < startKey(second.span);
    return {
      spans: [placed(a, apart || a === first ? 0 : 1), placed(b, apart || b === first ? 0 : 1)],
      lanes: apart ? 1 : 2,
    };
  }
  const order = spans
    .map((entry, position) => ({ entry, position, from: startKey(entry.span), to: endKey(entry.span) }))
    .sort((a, b) => compare(a.from, b.from) || compare(a.to, b.to) || a.position - b.position);
  const laneEnds: string[] = [];
  const lanes = new Array<number>(spans.length);
  for (const { position, from, to } of order) {
    let lane = laneEnds.findIndex((end) => end < from);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = to;
    lanes[position] = lane;
  }
  return {
    spans: spans.map((entry, position) => placed(entry, lanes[position]!)),
    lanes: Math.max(1, laneEnds.length),
  };
}

function placed({ index, span }: IndexedSpan, lane: number): LayoutSpan {
  return {
    index,
    span,
    shape: withinOneMonth(span) ? 'milestone' : 'bar',
    lane,
  };
}

/** True for a month or day span whose first and last day lie in the same month (`YYYY-MM` alike). */
function withinOneMonth({ precision, start, end }: Span): boolean {
  if ((precision !== 'month' && precision !== 'day') || start === null || end === null) return false;
  for (let i = 0; i < 7; i++) if (start.charCodeAt(i) !== end.charCodeAt(i)) return false;
  return true;
}

/** Sort key of a span's first day: open or missing starts sort before every date. */
function startKey(span: Span): string {
  return span.start ?? '';
}

/** Sort key of a span's last day: open ends sort after every date. */
function endKey(span: Span): string {
  if (span.end === null) return span.start === null ? '' : '\uffff';
  return span.end;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
