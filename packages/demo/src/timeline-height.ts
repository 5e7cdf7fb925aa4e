/**
 * A small plan should not sit in a tall empty box: the page lets the timeline shrink
 * to the height its rows need (the stylesheet caps it at the usual height).
 *
 * @module
 */

/** What the height of a row depends on. */
export interface RowShape {
  kind: 'group' | 'item' | 'track';
  /** Lanes the row's spans need (at least 1). */
  lanes: number;
}

/**
 * The height, in pixels, that the axis and these rows take, with room to spare below
 * for the details of a selected item.
 *
 * @param rows - the rows of the current grouping
 * @param rowHeight - height of a one-lane row (`--plan-row-height`, 28 by default)
 * @param axisHeight - height of the time axis (`--plan-axis-height`, 48 by default)
 * @returns the height in pixels, at least 320
 * @example
 * contentHeight([{ kind: 'item', lanes: 1 }], 28, 48) //=> 320
 * contentHeight(Array(40).fill({ kind: 'item', lanes: 1 }), 28, 48) //=> 1288
 */
export function contentHeight(rows: readonly RowShape[], rowHeight = 28, axisHeight = 48): number {
  const pitch = rowHeight - 6;
  const rowsHeight = rows.reduce(
    (sum, row) =>
      sum + (row.kind === 'group' ? rowHeight + 2 : rowHeight + (Math.max(1, row.lanes) - 1) * pitch),
    0,
  );
  return Math.max(320, Math.ceil(axisHeight + rowsHeight + 120));
}
