import type { Diagnostic } from '../model/types.js';
import { formatFiscalYear } from '../fiscal/formatFiscalYear.js';
import { parseSchedule } from '../schedule/parseSchedule.js';
import { filledLines } from './filledLines.js';

/** How much of a document's first line is looked at for its title. */
const MAX_TITLE_LENGTH = 200;

/** The fiscal year a plan's title names, and where the title lies. */
export interface TitleYear {
  fiscalYear: number;
  /** The title line's place in the text, and its 1-based number. */
  start: number;
  end: number;
  line: number;
}

/**
 * The fiscal year a plan's title names when it names exactly one, whole (an annual plan:
 * `令和6年度 行財政改革実施計画`, `2024年度版`): the document's first line that holds anything, read as a
 * schedule is. `null` when that line names no year, several, a range (`2021～2025年度`), or less than a
 * fiscal year (`令和6年4月改訂`), or is too long to be a title.
 *
 * @param text - the decoded document (its layout, CSV or TSV)
 * @returns the year and the title's place, or `null`
 * @example
 * fiscalYearOfTitle('令和6年度 見本市実施計画,,,\n通し番号,項目\n')?.fiscalYear //=> 2024
 * fiscalYearOfTitle('多賀城市役所経営プラン 取組項目一覧\n') //=> null
 */
export function fiscalYearOfTitle(text: string): TitleYear | null {
  const first = filledLines(text).next();
  if (first.done) return null;
  const { start, end, number } = first.value;
  if (end - start > MAX_TITLE_LENGTH) return null;
  const { spans } = parseSchedule(text.slice(start, end));
  const only = spans.length === 1 ? spans[0]! : null;
  if (!only || only.precision !== 'fiscal-year' || only.startFiscalYear === null) return null;
  if (only.startFiscalYear !== only.endFiscalYear) return null;
  return { fiscalYear: only.startFiscalYear, start, end, line: number };
}

/**
 * The note that says a plan is read in the fiscal year its title names (see {@link fiscalYearOfTitle}).
 *
 * @param title - the year and the title's place
 * @returns an `'info'` diagnostic, `'fiscal-year-from-title'`
 */
export function fiscalYearFromTitleNote(title: TitleYear): Diagnostic {
  const year = formatFiscalYear(title.fiscalYear, 'both');
  return {
    code: 'fiscal-year-from-title',
    severity: 'info',
    message: `The title names ${year}: months written before any year, and 今年度, 来年度 …, are read in it (the fiscalYear option reads them in another year).`,
    messageJa: `表題に${year}とあるため、年のない月や今年度・来年度などはこの年度で読みます（別の年度は fiscalYear で指定できます）。`,
    source: { start: title.start, end: title.end },
    line: title.line,
  };
}
