import type { PlanItem } from '../model/types.js';
import { assignLanes, type IndexedSpan } from './assignLanes.js';
import type { LayoutRecurrence, LayoutRow } from './types.js';

/** Where an item's rows go: see {@link itemRows}. */
export interface ItemRowsContext {
  /** The id of the row the item is nested in; `undefined` at the top. */
  parentId?: string;
  /** `aria-level` of the item row. */
  level: number;
  /** Collapsed row ids. */
  collapsed: ReadonlySet<string>;
  /** Department grouping: the department leads or joins the item. */
  role?: 'lead' | 'join';
  /** The item is only shown as context for a matching descendant. */
  context?: boolean;
  /** The item has item rows nested under it (by code), so it can be collapsed. */
  hasChildren?: boolean;
  /** The item's part of the row id; `item:SERIAL` when absent (a plan with repeated serials needs more). */
  key?: string;
}

/**
 * The rows of one item: the item row and, when the schedule has two or more
 * sub-tracks (No.38: 内部情報系 / 住民情報系) and the item is expanded, a row per
 * track holding that track's spans and recurrences. Spans without a track stay
 * on the item row; a collapsed item (or one with fewer than two tracks) shows
 * every span on its own row. The id is `item:SERIAL` after the parent's id
 * and a `/`.
 *
 * @param item - the item (not modified)
 * @param context - the parent row, level, collapsed ids and role
 * @returns the item row followed by its track rows
 * @example
 * itemRows(no38, { level: 1, collapsed: new Set() }).map((r) => [r.id, r.kind, r.level])
 * //=> [['item:38', 'item', 1], ['item:38/track:内部情報系', 'track', 2], ['item:38/track:住民情報系', 'track', 2]]
 */
export function itemRows(item: PlanItem, context: ItemRowsContext): LayoutRow[] {
  const id = `${context.parentId === undefined ? '' : `${context.parentId}/`}${context.key ?? `item:${item.serial}`}`;
  const spans: IndexedSpan[] = item.schedule.spans.map((span, index) => ({ index, span }));
  const recurrences: LayoutRecurrence[] = item.schedule.recurrences.map((recurrence, index) => ({
    index,
    recurrence,
  }));
  const tracks = distinctTracks(item);
  const hasTracks = tracks.length >= 2;
  const expandable = hasTracks || context.hasChildren === true;
  const expanded = expandable && !context.collapsed.has(id);
  const split = hasTracks && expanded;

  const own = split ? spans.filter((s) => s.span.track === undefined) : spans;
  const ownRecurrences = split ? recurrences.filter((r) => r.recurrence.track === undefined) : recurrences;
  const placed = assignLanes(own);
  const row: LayoutRow = {
    id,
    kind: 'item',
    level: context.level,
    ...(context.parentId === undefined ? {} : { parentId: context.parentId }),
    label: item.title,
    serial: item.serial,
    code: item.code,
    expandable,
    expanded,
    ...(context.role ? { role: context.role } : {}),
    ...(context.context ? { context: true } : {}),
    spans: placed.spans,
    recurrences: ownRecurrences,
    lanes: placed.lanes,
    undated: spans.length === 0 && recurrences.length === 0,
  };
  if (!split) return [row];

  const rows = [row];
  for (const track of tracks) {
    const trackSpans = assignLanes(spans.filter((s) => s.span.track === track));
    rows.push({
      id: `${id}/track:${track}`,
      kind: 'track',
      level: context.level + 1,
      parentId: id,
      label: track,
      serial: item.serial,
      expandable: false,
      expanded: false,
      ...(context.role ? { role: context.role } : {}),
      spans: trackSpans.spans,
      recurrences: recurrences.filter((r) => r.recurrence.track === track),
      lanes: trackSpans.lanes,
      undated: false,
      track,
    });
  }
  return rows;
}

/** Track headings of an item's spans and recurrences, in the order they first appear in the text. */
function distinctTracks(item: PlanItem): string[] {
  const found = new Map<string, number>();
  const note = (track: string | undefined, at: number) => {
    if (track === undefined) return;
    const before = found.get(track);
    if (before === undefined || at < before) found.set(track, at);
  };
  for (const span of item.schedule.spans) note(span.track, span.source.start);
  for (const recurrence of item.schedule.recurrences) note(recurrence.track, recurrence.source.start);
  return [...found.entries()].sort((a, b) => a[1] - b[1]).map(([track]) => track);
}
