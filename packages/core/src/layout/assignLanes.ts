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
 * lowest free lane. Open ends reach forever; month and day spans are milestones.
 *
 * @param spans - spans with their schedule index (not modified)
 * @returns the placed spans in their original order, and the number of lanes used (at least 1)
 * @example
 * assignLanes([{ index: 0, span: fy2021 }, { index: 1, span: fy2021to2022 }, { index: 2, span: fy2023 }])
 * //=> { spans: [{ index: 0, lane: 0, … }, { index: 1, lane: 1, … }, { index: 2, lane: 0, … }], lanes: 2 }
 */
export function assignLanes(spans: readonly IndexedSpan[]): { spans: LayoutSpan[]; lanes: number } {
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
    spans: spans.map(({ index, span }, position) => ({
      index,
      span,
      shape: span.precision === 'month' || span.precision === 'day' ? 'milestone' : 'bar',
      lane: lanes[position]!,
    })),
    lanes: Math.max(1, laneEnds.length),
  };
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
