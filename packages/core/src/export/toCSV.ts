import type { Plan } from '../model/types.js';
import { formatDepartments } from './formatDepartments.js';

/** Options for {@link toCSV}. */
export interface ToCSVOptions {
  /** Start with a UTF-8 byte-order mark (default `true`), so that Excel opens the file as UTF-8. */
  bom?: boolean;
  /**
   * Put a `'` before cells that begin with `=`, `+`, `-`, `@`, a tab or a carriage return, so
   * that a spreadsheet shows them as text instead of running them as formulas (default `false`,
   * because it changes the text: the plan no longer reads back the same).
   */
  guardFormulas?: boolean;
}

/** The header row {@link toCSV} writes, in the seed plan's own Japanese column names. */
export const CSV_HEADER = [
  '通し番号',
  'コード',
  '項目',
  '取組内容',
  '目標',
  'スケジュール',
  '主務課',
  '実施方針',
  '施策',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string, guardFormulas: boolean): string {
  const text = guardFormulas && FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes a plan as CSV, one row per item, that opens cleanly in Excel and reads back with
 * `parsePlan`: columns {@link CSV_HEADER} (通し番号 as `No.13`, コード `5-1`, 項目 the title,
 * 取組内容, 目標, スケジュール as written, 主務課 as `◎財政、行政 ○所管課`, 実施方針 as
 * `実施方針1 title`, 施策 as `(1) title`).
 *
 * RFC 4180: cells holding a comma, a double quote or a line break are quoted and quotes
 * doubled; records end with CRLF (line breaks inside a cell are kept as written); UTF-8 with a
 * byte-order mark unless `options.bom` is `false`. Only the items are written: the plan's
 * title, notes and diagnostics have no place in a table.
 *
 * @param plan - the plan to write (not changed)
 * @param options - `bom` (default true), `guardFormulas` (default false)
 * @returns the CSV text
 *
 * @example
 * toCSV(plan).split('\r\n')[0]
 * //=> '\uFEFF通し番号,コード,項目,取組内容,目標,スケジュール,主務課,実施方針,施策'
 */
export function toCSV(plan: Plan, options: ToCSVOptions = {}): string {
  const guard = options.guardFormulas === true;
  const rows: string[] = [CSV_HEADER.join(',')];
  for (const item of plan.items) {
    rows.push(
      [
        `No.${item.serial}`,
        item.code,
        item.title,
        item.content,
        item.goal,
        item.scheduleText,
        formatDepartments(item.departments),
        `実施方針${item.policy.number} ${item.policy.title}`,
        `(${item.section.number}) ${item.section.title}`,
      ]
        .map((value) => cell(value, guard))
        .join(','),
    );
  }
  return (options.bom === false ? '' : '\uFEFF') + rows.join('\r\n') + '\r\n';
}
