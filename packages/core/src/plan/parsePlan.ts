import type { Plan } from '../model/types.js';
import type { PlanFormat } from './detectFormat.js';
import { readPlanInSteps } from './readPlanInSteps.js';

/** Options for {@link parsePlan}. */
export interface ParsePlanOptions {
  /** Read the input as this format instead of detecting it from the content. */
  format?: PlanFormat;
  /**
   * Department names to group under another name in `plan.departments`
   * (`{ 管財課: '管財' }`); the items keep their names as written.
   */
  aliases?: Record<string, string>;
  /**
   * The fiscal year the plan is for (an annual plan's 令和6年度, 1000–9998): a month written in a
   * schedule before any year (`4月～6月：調査`) is in it, and 翌年度 before any year counts from it
   * (see `parseSchedule`). Without it, the year the plan's title names, when its first line names
   * exactly one (`令和6年度 …実施計画`), said in a `'fiscal-year-from-title'` note. Plans read from JSON
   * keep their schedules as they are.
   */
  fiscalYear?: number;
}

/**
 * Reads a plan document into a {@link Plan}: the layout of the seed
 * (多賀城市役所経営プラン 取組項目一覧: an item index, a legend and a table of
 * tab-separated rows, HTML in the cells), a CSV or TSV saved from a spreadsheet
 * (a header row naming the columns in Japanese or English), or a Plan as JSON.
 *
 * The format is detected from the content unless `options.format` says it.
 * Bytes are decoded as UTF-8 (with or without a byte-order mark), UTF-16 (with
 * or without one), Shift_JIS or EUC-JP, detected (see `decodeBytes`); a
 * string's byte-order mark is dropped. Each item gets its schedule
 * (`parseSchedule` of the スケジュール cell), departments with their roles, units and parents, plan references,
 * numeric targets and dated mentions; `plan.departments` lists what each
 * department leads and joins, names merged through `options.aliases`.
 *
 * Never throws, for any string or bytes. What could not be read is reported in
 * `plan.diagnostics`, each with the item's serial and the line where it lies:
 * era mismatches in an item's text or schedule (`'era-mismatch'`), schedules
 * with no date (`'undated'`), items naming no department (`'no-department'`) or
 * none as the lead (`'no-lead'`), years far from all the plan's others, a century typed wrong (`'distant-year'`),
 * duplicate or missing serials, rows that could not be read (`'unread-row'`,
 * with their text), index and table disagreeing (`'index-mismatch'`), malformed
 * CSV or JSON. A document with no item gives a plan with no items and an
 * `'error'` diagnostic (`'no-items'`, `'invalid-json'`, `'invalid-plan'`)
 * saying what was expected; bytes of a file that holds no text (an Excel
 * workbook, a Word document, a PDF, an image) give `'not-text'`, saying what
 * the file is and how to save the plan as text.
 *
 * @param input - the document, as text or as the bytes of a file
 * @param options - `format` to force one, `aliases` to group departments, `fiscalYear` the plan is for
 * @returns the plan
 * @example
 * const plan = parsePlan(readFileSync('seeds/000_247872b8d3084b37.txt'));
 * plan.items.length
 * //=> 54
 * plan.items[12].schedule.spans.map((s) => [s.startFiscalYear, s.endFiscalYear])
 * //=> [[2019, 2019], [2020, 2020], [2021, null]]
 * plan.diagnostics.find((d) => d.code === 'era-mismatch')
 * //=> { code: 'era-mismatch', severity: 'warning', serial: 13, line: 121, message: 'No.13 取組内容: 「2020(R3)年」: …', … }
 * parsePlan('no,title,schedule\n1,1-1 予算編成,2021(R3)年度～2022(R4)年度').items[0].schedule.spans[0].end
 * //=> '2023-03-31'
 */
export function parsePlan(input: string | Uint8Array, options: ParsePlanOptions = {}): Plan {
  const reading = readPlanInSteps(input, options);
  reading.step();
  return reading.plan();
}
