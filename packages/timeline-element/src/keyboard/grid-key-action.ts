import type { LayoutRow } from '@plan-timeline/core';

/** What a key press in the treegrid asks for. */
export type GridKeyAction =
  | { type: 'focus'; index: number; span: number | null }
  | { type: 'expand'; index: number }
  | { type: 'collapse'; index: number }
  | { type: 'toggle'; index: number }
  | { type: 'select'; serial: number; span: number | null }
  | { type: 'clear-selection' }
  | { type: 'none' };

/** Where the focus is when the key is pressed. */
export interface GridKeyContext {
  /** The rows of the grouping, in order. */
  rows: readonly LayoutRow[];
  /** Index of the row holding the focus. */
  index: number;
  /** Index (in the item's schedule) of the focused bar, or `null` when the row itself has the focus. */
  span: number | null;
  /** Rows per page, for PageUp / PageDown. */
  page: number;
  /** Whether an item is selected (Escape clears it). */
  hasSelection: boolean;
}

/**
 * The bars of a row that the arrow keys step through, by start date (open starts
 * first), then lane.
 *
 * @param row - the row
 * @returns schedule indices of its spans, in stepping order
 * @example
 * steppableSpans(no38InnerTrack)
 * //=> [0, 1, 2]
 */
export function steppableSpans(row: LayoutRow): number[] {
  return [...row.spans]
    .filter((s) => s.span.start !== null || s.span.end !== null)
    .sort((a, b) => (a.span.start ?? '').localeCompare(b.span.start ?? '') || a.lane - b.lane)
    .map((s) => s.index);
}

/**
 * The treegrid's keyboard model (WAI-ARIA treegrid pattern), as a pure function:
 * ArrowUp / ArrowDown move between rows; ArrowRight expands a collapsed row, or
 * steps into and along the row's bars, or moves to the first child; ArrowLeft
 * steps back along the bars, collapses an expanded row, or moves to the parent;
 * Home / End, PageUp / PageDown; Enter or Space selects an item (with the
 * focused bar's span) or toggles a group; Escape clears the selection.
 *
 * @param key - `KeyboardEvent.key`
 * @param context - the rows and where the focus is
 * @returns what to do; `{ type: 'none' }` for keys it does not handle
 * @example
 * gridKeyAction('ArrowRight', { rows, index: 4, span: null, page: 10, hasSelection: false })
 * //=> { type: 'focus', index: 4, span: 0 }   (the first bar of row 4)
 */
export function gridKeyAction(key: string, context: GridKeyContext): GridKeyAction {
  const { rows, index, span, page } = context;
  const row = rows[index];
  if (!row) return { type: 'none' };
  const last = rows.length - 1;
  const focus = (i: number, s: number | null = null): GridKeyAction => ({
    type: 'focus',
    index: Math.max(0, Math.min(last, i)),
    span: s,
  });
  switch (key) {
    case 'ArrowDown':
      return focus(index + 1);
    case 'ArrowUp':
      return focus(index - 1);
    case 'PageDown':
      return focus(index + page);
    case 'PageUp':
      return focus(index - page);
    case 'Home':
      return focus(0);
    case 'End':
      return focus(last);
    case 'ArrowRight': {
      const spans = steppableSpans(row);
      if (span !== null) {
        const at = spans.indexOf(span);
        return at >= 0 && at < spans.length - 1 ? focus(index, spans[at + 1]!) : focus(index, span);
      }
      if (row.expandable && !row.expanded) return { type: 'expand', index };
      if (spans.length > 0) return focus(index, spans[0]!);
      if (row.expandable && rows[index + 1]?.parentId === row.id) return focus(index + 1);
      return { type: 'none' };
    }
    case 'ArrowLeft': {
      if (span !== null) {
        const spans = steppableSpans(row);
        const at = spans.indexOf(span);
        return focus(index, at > 0 ? spans[at - 1]! : null);
      }
      if (row.expandable && row.expanded) return { type: 'collapse', index };
      if (row.parentId !== undefined) {
        const parent = rows.findIndex((r) => r.id === row.parentId);
        if (parent >= 0) return focus(parent);
      }
      return { type: 'none' };
    }
    case 'Enter':
    case ' ':
      if (row.kind === 'group') return { type: 'toggle', index };
      return row.serial === undefined ? { type: 'none' } : { type: 'select', serial: row.serial, span };
    case 'Escape':
      return context.hasSelection ? { type: 'clear-selection' } : { type: 'none' };
    default:
      return { type: 'none' };
  }
}
