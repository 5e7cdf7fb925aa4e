import { matchColumn, type ColumnKey } from './matchColumn.js';
import { filledLines } from './filledLines.js';
import { MAX_ROWS_BEFORE_HEADER } from './readDelimited.js';
import { splitDelimited } from './splitDelimited.js';

/** The formats {@link parsePlan} reads. */
export type PlanFormat = 'plan-text' | 'csv' | 'tsv' | 'json';

/** A serial cell of the seed's table (`No.13`) or the last cell of an index line. */
const SERIAL_CELL = /^\s*(?:No|Ｎｏ|NO|no)\s*[.．]?\s*[0-9０-９]+\s*$/;
/** A policy row (`■実施方針1 …`) or a section row (`(1) 健全な財政の維持`). */
const HEADING_ROW = /^\s*(?:[■□◆]?\s*実施方針\s*[0-9０-９]|[(（]\s*[0-9０-９]+\s*[)）])/;

/** The known columns the first record names. */
function headerColumns(line: string, delimiter: string): Set<ColumnKey> {
  const first = splitDelimited(line, delimiter).records[0];
  if (!first || first.cells.length < 2) return new Set();
  return new Set(first.cells.map(matchColumn).filter((k) => k !== undefined));
}

/**
 * Whether a header names a column the seed's layout never has: a table's own 実施方針 or 施策 column (the seed
 * writes them as heading rows between its items) — a table saved from a spreadsheet, whatever its rows hold.
 */
const namesTableColumns = (columns: Set<ColumnKey>): boolean =>
  columns.has('policy') || columns.has('section');

/**
 * Whether a cell is quoted over lines as a spreadsheet writes one (RFC 4180: a cell that starts with `"` at the
 * start of a line or after a tab, holds a line break, and ends with `"` before a tab or a line's end). The seed's
 * layout never quotes a cell: its cells run over lines as they are. Linear: each quote is passed once.
 */
function hasQuotedMultilineCell(body: string): boolean {
  const n = body.length;
  const atEdge = (code: number): boolean => code === 0x09 || code === 0x0a || code === 0x0d;
  let lineBreak = body.indexOf('\n');
  for (let open = body.indexOf('"'); open >= 0;) {
    // The closing quote, past doubled ones ("").
    let close = body.indexOf('"', open + 1);
    while (close >= 0 && body.charCodeAt(close + 1) === 0x22) close = body.indexOf('"', close + 2);
    if (close < 0) return false;
    if (lineBreak >= 0 && lineBreak < open) lineBreak = body.indexOf('\n', open);
    const opensCell = open === 0 || atEdge(body.charCodeAt(open - 1));
    const closesCell = close + 1 >= n || atEdge(body.charCodeAt(close + 1));
    if (opensCell && closesCell && lineBreak >= 0 && lineBreak < close) return true;
    // A quote that opens no cell may close one that the next quote opens: read on from it.
    open = opensCell ? body.indexOf('"', close + 1) : close;
  }
  return false;
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
 *   (`No.1` serial cells, `■実施方針` or `(1)` heading rows), unless the header
 *   names a 実施方針 or 施策 column or a cell is quoted over lines (`"…\n…"`), as a
 *   spreadsheet saves a table and the seed's layout never does;
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
    const tabColumns = headerColumns(line, '\t');
    const commaScore = headerColumns(line, ',').size;
    if (tabColumns.size >= 2 && tabColumns.size >= commaScore) {
      const table = namesTableColumns(tabColumns) || !hasSeedRow(body) || hasQuotedMultilineCell(body);
      return table ? 'tsv' : 'plan-text';
    }
    if (commaScore >= 2) return 'csv';
  }
  return 'plan-text';
}
