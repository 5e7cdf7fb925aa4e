/** The rows of a long table that are put in the DOM, and the room the rows around them take. */
export interface TableWindow {
  /** Index of the first row rendered. */
  start: number;
  /** One past the index of the last row rendered. */
  end: number;
  /** Pixels taken by the rows above `start` (their measured or estimated heights). */
  before: number;
  /** Pixels taken by the rows from `end` on. */
  after: number;
}

/**
 * Works out which rows of a scrolling table to render: those in the viewport and within
 * `overscan` pixels of it, from each row's height (measured, or estimated for rows not yet
 * shown). A scroll position past the end (the rows changed under it) is read as the end. At
 * least one row is rendered when there is any.
 *
 * @param heights - each row's height in pixels, in order
 * @param scrollTop - the scrolling box's `scrollTop`, from the top of the first row
 * @param viewportHeight - the height of the rows' part of the scrolling box
 * @param overscan - pixels rendered beyond the viewport on each side
 * @returns the rows to render and the room above and below them
 * @example
 * tableWindow([40, 40, 40, 40, 40], 50, 60, 0)
 * //=> { start: 1, end: 3, before: 40, after: 80 }
 */
export function tableWindow(
  heights: ArrayLike<number>,
  scrollTop: number,
  viewportHeight: number,
  overscan: number,
): TableWindow {
  const n = heights.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += heights[i]!;
  const view = Math.max(0, viewportHeight);
  const top = Math.max(0, Math.min(scrollTop, total - view));
  const from = top - overscan;
  const to = top + view + overscan;
  let start = 0;
  let before = 0;
  while (start < n - 1 && before + heights[start]! <= from) before += heights[start++]!;
  let end = start;
  let bottom = before;
  while (end < n && (end === start || bottom < to)) bottom += heights[end++]!;
  return { start, end, before, after: total - bottom };
}
