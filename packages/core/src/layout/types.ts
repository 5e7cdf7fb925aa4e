/**
 * The row model that {@link layoutPlan} builds from a {@link Plan}: what the
 * `<plan-timeline>` element draws, the table view lists and exports reuse.
 *
 * @module
 */
import type { PlanItem, Recurrence, Span } from '../model/types.js';

/** How rows are grouped: by item code, by department, by 施策 (section) or by 実施方針 (policy). */
export type GroupBy = 'item' | 'department' | 'section' | 'policy';

/** The language of the words the layout writes itself (group names such as 未設定 / Unassigned). */
export type LayoutLang = 'ja' | 'en';

/** What to lay out and how. Every field is optional. */
export interface LayoutOptions {
  /** The grouping; `'item'` (rows nested by code) when absent. */
  groupBy?: GroupBy;
  /**
   * Text search: every whitespace-separated word must occur in an item's title,
   * content, goal, code, `No.` or department names (case and width folded).
   */
  filter?: string;
  /** Only items one of these departments leads or joins (names as written). Empty or absent: all. */
  departments?: readonly string[];
  /** Ids of rows that are collapsed: their descendants are left out of `rows`. */
  collapsed?: ReadonlySet<string> | readonly string[];
  /** Language of the layout's own words; `'ja'` when absent. */
  lang?: LayoutLang;
}

/** A fiscal-year time window: ISO dates (inclusive) and the fiscal years that hold them. */
export interface TimeExtent {
  /** First day, ISO `YYYY-MM-DD` (1 April of `startFiscalYear`). */
  start: string;
  /** Last day, ISO `YYYY-MM-DD` (31 March after `endFiscalYear`). */
  end: string;
  startFiscalYear: number;
  endFiscalYear: number;
}

/** A span placed in a row. */
export interface LayoutSpan {
  /** Index of the span in `item.schedule.spans`. */
  index: number;
  /** The span as read. */
  span: Span;
  /**
   * `'milestone'` for a span within one month (a month, a day, days of one month), `'bar'` for everything
   * longer or open (a fiscal year, a half, `4月～6月`, `2021年10月～`).
   */
  shape: 'bar' | 'milestone';
  /** 0-based lane inside the row, so that overlapping spans do not cover each other. */
  lane: number;
}

/** A recurrence placed in a row: drawn as a light repeating band. */
export interface LayoutRecurrence {
  /** Index of the recurrence in `item.schedule.recurrences`. */
  index: number;
  recurrence: Recurrence;
}

/** Kind of a row: a group heading, an item, or a sub-track of an item. */
export type RowKind = 'group' | 'item' | 'track';

/** One row of the timeline, in display order. */
export interface LayoutRow {
  /** Unique and stable across layouts of the same plan and grouping: `item:13`, `dept:財政/item:13`, `item:38/track:内部情報系`. */
  id: string;
  kind: RowKind;
  /** Nesting depth, 1 for top-level rows (the value of `aria-level`). */
  level: number;
  /** The id of the row it is nested in, if any. */
  parentId?: string;
  /** What the row is called: an item's title, a group's name, a track's heading. */
  label: string;
  /** The item's serial (No.) for item and track rows. */
  serial?: number;
  /** The item's code (`'5-1'`) for item rows. */
  code?: string;
  /** The row has rows nested in it (children or tracks), so it can be collapsed. */
  expandable: boolean;
  /** For expandable rows: whether the nested rows are shown. */
  expanded: boolean;
  /** Department grouping only: the department leads (◎) or joins (○) this item. */
  role?: 'lead' | 'join';
  /** The item is only shown as context for a matching descendant (filtering). */
  context?: boolean;
  /** Spans drawn in this row. */
  spans: LayoutSpan[];
  /** Recurrences drawn in this row. */
  recurrences: LayoutRecurrence[];
  /** Lanes the spans need (at least 1). */
  lanes: number;
  /** The item has neither a span nor a recurrence: shown as ongoing / undated. */
  undated: boolean;
  /** For track rows: the track heading. */
  track?: string;
  /** For group rows: the number of distinct items in the group. */
  itemCount?: number;
  /** For group rows: a department, section or policy key (`'財政'`, `'1-2'`, `'1'`); `null` for the group of items without a department. */
  groupKey?: string | null;
}

/** The result of {@link layoutPlan}. */
export interface PlanLayout {
  groupBy: GroupBy;
  /** The rows to draw, in order; rows inside collapsed rows are left out. */
  rows: LayoutRow[];
  /** Items that passed the filter, by serial (each once, whatever the grouping). */
  items: PlanItem[];
  /** The time the shown items cover, or `null` when none of them has a date. */
  extent: TimeExtent | null;
}
