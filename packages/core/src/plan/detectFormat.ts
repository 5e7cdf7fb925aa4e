import { matchColumn } from './matchColumn.js';
import { filledLines } from './filledLines.js';
import { MAX_ROWS_BEFORE_HEADER } from './readDelimited.js';
import { splitDelimited } from './splitDelimited.js';

/** The formats {@link parsePlan} reads. */
export type PlanFormat = 'plan-text' | 'csv' | 'tsv' | 'json';

/** A serial cell of the seed's table (`No.13`) or the last cell of an index line. */
const SERIAL_CELL = /^\s*(?:No|Ｎｏ|NO|no)\s*[.．]?\s*[0-9０-９]+\s*$/;
/** A policy row (`■実施方針1 …`) or a section row (`(1) 健全な財政の維持`). */
const HEADING_ROW = /^\s*(?:[■□◆]?\s*実施方針\s*[0-9０-９]|[(（]\s*[0-9０-９]+\s*[)）])/;

/** How many cells of the first record name a known column. */
function headerScore(line: string, delimiter: string): number {
  const first = splitDelimited(line, delimiter).records[0];
  if (!first || first.cells.length < 2) return 0;
  return new Set(first.cells.map(matchColumn).filter((k) => k !== undefined)).size;
}

/**
 * Whether a line (split at `\r\n`, `\r` and `\n`) starts with a serial cell, or is a heading row
 * (a heading in its first cell, and more cells after it). Lines are found and their first cells
 * cut one at a time, not the whole text split into lines and cells.
 */
function hasSeedRow(body: string): boolean {
  const n = body.length;
  let lf = -1;
  let cr = body.includes('\r') ? -1 : n;
  let tab = -1;
  for (let start = 0; ;) {
    // The next line break and tab, each searched again only once passed.
    if (lf < start) lf = indexOrEnd(body, '\n', start);
    if (cr < start) cr = indexOrEnd(body, '\r', start);
    if (tab < start) tab = indexOrEnd(body, '\t', start);
    const end = Math.min(lf, cr);
    const cellEnd = Math.min(tab, end);
    const first = body.slice(start, cellEnd);
    if (SERIAL_CELL.test(first) || (cellEnd < end && HEADING_ROW.test(first))) return true;
    if (end === n) return false;
    start = end === cr && body.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
  }
}

const indexOrEnd = (text: string, char: string, from: number): number => {
  const found = text.indexOf(char, from);
  return found < 0 ? text.length : found;
};

/**
 * Tells which format a plan document is written in, from its content.
 *
 * - `'json'`: starts with `{` or `[` (after white space and a byte-order mark);
 * - `'tsv'` / `'csv'`: a header row naming at least two known columns
 *   (通し番号, 項目, … or no, title, …) separated by tabs or commas, on the
 *   first non-blank line or within a few after it (a spreadsheet's title rows
 *   may come first), and — for tabs — no row of the seed's own layout
 *   (`No.1` serial cells, `■実施方針` or `(1)` heading rows);
 * - `'plan-text'`: everything else, the seed's layout.
 *
 * @param text - the decoded document
 * @returns the format to read it as
 * @example
 * detectFormat('{"title":"…"}')
 * //=> 'json'
 * detectFormat('通し番号,項目,スケジュール\n1,1-1 予算編成,毎年度')
 * //=> 'csv'
 * detectFormat('多賀城市役所経営プラン 取組項目一覧\n\n■実施方針1 …')
 * //=> 'plan-text'
 */
export function detectFormat(text: string): PlanFormat {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  const start = body.search(/\S/);
  if (start < 0) return 'plan-text';
  const c = body[start];
  if (c === '{' || c === '[') return 'json';

  // The first lines that hold something, up to the header's latest place (lines, not the records a quoted
  // cell may run over: the rows above a header are a title and notes, seldom quoted over lines).
  let seen = 0;
  for (const { start: lineStart, end: lineEnd } of filledLines(body)) {
    if (seen++ > MAX_ROWS_BEFORE_HEADER) break;
    const line = body.slice(lineStart, lineEnd);
    const tabScore = headerScore(line, '\t');
    const commaScore = headerScore(line, ',');
    if (tabScore >= 2 && tabScore >= commaScore) return hasSeedRow(body) ? 'plan-text' : 'tsv';
    if (commaScore >= 2) return 'csv';
  }
  return 'plan-text';
}
