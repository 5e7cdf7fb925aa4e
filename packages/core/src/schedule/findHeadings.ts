import {
  blanksSkipped,
  blanksTrimmed,
  CharFinder,
  isBlank,
  isBullet,
  isHeadingBullet,
  type OffsetFinder,
} from './chars.js';
import type { Expression } from './expressions.js';
import { tidyLabel } from './buildLabel.js';

/** A piece of one line: a track heading, or text to read for dates. */
export type LinePiece =
  | { type: 'heading'; start: number; end: number; track: string }
  | { type: 'text'; start: number; end: number };

/** Longest 【…】 heading read (content characters). */
const MAX_HEADING = 60;

/**
 * Splits one line of a schedule cell into track headings and text.
 *
 * A heading is a line that starts with `○` (or `◯ ● ◆ ◇ ■ □`) and holds no date
 * (`○総合行政情報システムの更新・最適化`), or a `【…】` with no date inside that starts the line
 * or follows a blank or `。` (`【内部情報系】`). Each `【` is looked at once and reading never
 * passes the next `【`, so the split is linear in the line's length.
 *
 * @param normal - the normalised text
 * @param original - the original text (track names are taken from it)
 * @param start - where the line starts
 * @param end - where it ends (before its line break)
 * @param expressions - the expressions found in the text, in order
 * @param from - index in `expressions` of the line's first expression (default 0)
 * @param to - index just past the line's last expression (default: all of them)
 * @param opens - finds the `【`s of `normal` (shared between the lines of one text, so that
 *   looking for them costs one pass over the text in all)
 * @returns the pieces, in order; blank stretches belong to no piece
 */
export function findHeadings(
  normal: string,
  original: string,
  start: number,
  end: number,
  expressions: readonly Expression[],
  from = 0,
  to = expressions.length,
  opens: OffsetFinder = new CharFinder(normal, '【'),
): LinePiece[] {
  const first = blanksSkipped(normal, start, end);
  if (first === end) return [];
  const last = blanksTrimmed(normal, first, end);

  if (isHeadingBullet(normal.charCodeAt(first)) && from === to) {
    const track = tidyLabel(original.slice(first + 1, last));
    if (track !== '') return [{ type: 'heading', start: first, end: last, track }];
  }

  // Where the line's leading bullets and blanks end: a 【 there starts the line.
  let leadEnd = first;
  while (leadEnd < last && (isBullet(normal.charCodeAt(leadEnd)) || isBlank(normal.charCodeAt(leadEnd))))
    leadEnd++;

  const pieces: LinePiece[] = [];
  let cursor = start;
  let e = from;
  const OPEN = 0x3010; // 【
  const CLOSE = 0x3011; // 】
  for (let k = opens.next(first); k < last; k = opens.next(k + 1)) {
    const lead = k === leadEnd;
    const prev = normal.charCodeAt(k - 1);
    if (!(lead || isBlank(prev) || prev === 0x3002 /* 。 */)) continue;
    let j = k + 1;
    while (
      j < last &&
      j - k <= MAX_HEADING + 1 &&
      normal.charCodeAt(j) !== CLOSE &&
      normal.charCodeAt(j) !== OPEN
    )
      j++;
    if (normal.charCodeAt(j) !== CLOSE || j === k + 1) {
      k = j - 1;
      continue;
    }
    while (e < to && expressions[e]!.end <= k) e++;
    const dated = e < to && expressions[e]!.start < j;
    const track = tidyLabel(original.slice(k + 1, j));
    if (!dated && track !== '') {
      if (cursor < k) pieces.push({ type: 'text', start: cursor, end: k });
      pieces.push({ type: 'heading', start: k, end: j + 1, track });
      cursor = j + 1;
    }
    k = j;
  }
  if (cursor < end) pieces.push({ type: 'text', start: cursor, end });
  return pieces;
}
