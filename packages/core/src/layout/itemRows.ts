import type { PlanItem } from '../model/types.js';
import { assignLanes, type IndexedSpan } from './assignLanes.js';
import type { LayoutRecurrence, LayoutRow, LayoutSpan } from './types.js';

/** Where an item's rows go: see {@link itemRows}. */
export interface ItemRowsContext {
  /** The id of the row the item is nested in; `undefined` at the top. */
  parentId?: string | undefined;
  /** `aria-level` of the item row. */
  level: number;
  /** Collapsed row ids. */
  collapsed: ReadonlySet<string>;
  /** Department grouping: the department leads or joins the item. */
  role?: 'lead' | 'join' | undefined;
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
  const rows: LayoutRow[] = [];
  pushItemRows(rows, item, context);
  return rows;
}

/** {@link itemRows}, appending to `out` (the layout adds thousands of items without an array for each). */
export function pushItemRows(out: LayoutRow[], item: PlanItem, context: ItemRowsContext): void {
  const id = `${context.parentId === undefined ? '' : `${context.parentId}/`}${context.key ?? `item:${item.serial}`}`;
  const facts = factsOf(item);
  const hasTracks = facts.tracks.length >= 2;
  const expandable = hasTracks || context.hasChildren === true;
  const expanded = expandable && !context.collapsed.has(id);
  const split = hasTracks && expanded ? splitOf(item, facts) : undefined;
  const own = split ? split.own : allOf(item, facts);

  const row: LayoutRow = {
    id,
    kind: 'item',
    level: context.level,
    label: item.title,
    serial: item.serial,
    code: item.code,
    expandable,
    expanded,
    spans: own.spans,
    recurrences: split ? split.ownRecurrences : facts.recurrences,
    lanes: own.lanes,
    undated: facts.undated,
  };
  if (context.parentId !== undefined) row.parentId = context.parentId;
  if (context.role) row.role = context.role;
  if (context.context) row.context = true;
  out.push(row);
  if (!split) return;

  const { byTrack } = split;
  for (const track of facts.tracks) {
    const placed = byTrack.get(track)!;
    const trackRow: LayoutRow = {
      id: `${id}/track:${track}`,
      kind: 'track',
      level: context.level + 1,
      parentId: id,
      label: track,
      serial: item.serial,
      expandable: false,
      expanded: false,
      spans: placed.spans,
      recurrences: placed.recurrences,
      lanes: placed.lanes,
      undated: false,
      track,
    };
    if (context.role) trackRow.role = context.role;
    out.push(trackRow);
  }
}

/** Spans placed in lanes, with the recurrences that go with them. */
interface Placed {
  spans: LayoutSpan[];
  lanes: number;
  recurrences: LayoutRecurrence[];
}

/** Spans without a track for the item row, and each track's spans. */
interface Split {
  own: Placed;
  ownRecurrences: LayoutRecurrence[];
  byTrack: Map<string, Placed>;
}

/**
 * What rows of an item need, worked out once per item (the plan is never modified, so it cannot go stale).
 * `all` and `split` are filled in when first asked for: most items never need `split`.
 */
interface ItemFacts {
  tracks: readonly string[];
  undated: boolean;
  recurrences: LayoutRecurrence[];
  /** Every span in lanes (an item without tracks, or collapsed). */
  all: Placed | undefined;
  split: Split | undefined;
}

const FACTS = new WeakMap<PlanItem, ItemFacts>();
const NO_TRACKS: readonly string[] = [];

function factsOf(item: PlanItem): ItemFacts {
  let facts = FACTS.get(item);
  if (facts) return facts;
  const { spans, recurrences } = item.schedule;
  const placedRecurrences: LayoutRecurrence[] = new Array(recurrences.length);
  for (let i = 0; i < recurrences.length; i++)
    placedRecurrences[i] = { index: i, recurrence: recurrences[i]! };
  facts = {
    tracks: distinctTracks(item),
    undated: spans.length === 0 && recurrences.length === 0,
    recurrences: placedRecurrences,
    all: undefined,
    split: undefined,
  };
  FACTS.set(item, facts);
  return facts;
}

function allOf(item: PlanItem, facts: ItemFacts): Placed {
  if (facts.all) return facts.all;
  const spans = item.schedule.spans;
  const indexed: IndexedSpan[] = new Array(spans.length);
  for (let i = 0; i < spans.length; i++) indexed[i] = { index: i, span: spans[i]! };
  const placed = assignLanes(indexed);
  return (facts.all = { spans: placed.spans, lanes: placed.lanes, recurrences: facts.recurrences });
}

function splitOf(item: PlanItem, facts: ItemFacts): Split {
  if (facts.split) return facts.split;
  const indexed: IndexedSpan[] = item.schedule.spans.map((span, index) => ({ index, span }));
  const placeIn = (track: string | undefined): Placed => {
    const placed = assignLanes(indexed.filter((s) => s.span.track === track));
    return {
      spans: placed.spans,
      lanes: placed.lanes,
      recurrences: facts.recurrences.filter((r) => r.recurrence.track === track),
    };
  };
  const byTrack = new Map<string, Placed>();
  for (const track of facts.tracks) byTrack.set(track, placeIn(track));
  const own = placeIn(undefined);
  return (facts.split = { own, ownRecurrences: own.recurrences, byTrack });
}

/** Track headings of an item's spans and recurrences, in the order they first appear in the text. */
function distinctTracks(item: PlanItem): readonly string[] {
  let any = false;
  for (const span of item.schedule.spans) if (span.track !== undefined) any = true;
  for (const recurrence of item.schedule.recurrences) if (recurrence.track !== undefined) any = true;
  if (!any) return NO_TRACKS;
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
