import { matchColumn } from './matchColumn.js';
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
 * Tells which format a plan document is written in, from its content.
 *
 * - `'json'`: starts with `{` or `[` (after white space and a byte-order mark);
 * - `'tsv'` / `'csv'`: the first non-blank line is a header row naming at
 *   least two known columns (通し番号, 項目, … or no, title, …) separated by
 *   tabs or commas, and — for tabs — no row of the seed's own layout follows
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

  const lineStart = body.lastIndexOf('\n', start) + 1;
  const lineEnd = body.indexOf('\n', start);
  const firstLine = body.slice(lineStart, lineEnd < 0 ? body.length : lineEnd).replace(/\r$/, '');

  const tabScore = headerScore(firstLine, '\t');
  const commaScore = headerScore(firstLine, ',');
  if (tabScore >= 2 && tabScore >= commaScore) {
    const seedLayout = body.split(/\r\n?|\n/).some((line) => {
      const cells = line.split('\t');
      return SERIAL_CELL.test(cells[0] ?? '') || (cells.length > 1 && HEADING_ROW.test(cells[0] ?? ''));
    });
    return seedLayout ? 'plan-text' : 'tsv';
  }
  if (commaScore >= 2) return 'csv';
  return 'plan-text';
}
