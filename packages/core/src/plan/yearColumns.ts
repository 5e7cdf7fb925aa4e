import { readFiscalYear } from '../fiscal/readFiscalYear.js';
import type { Schedule } from '../model/types.js';
import { carriesOn } from '../schedule/chars.js';
import { parseSchedule } from '../schedule/parseSchedule.js';
import { MAX_YEAR, MIN_YEAR } from '../schedule/readDatePoint.js';

/**
 * A column of a plan's table headed by a fiscal year, or a period of them, as spreadsheets draw a schedule (`R3`,
 * `令和4年度`, `2023`, `前期（R3～R5）`).
 */
export interface YearColumn {
  /** The column's index in its row. */
  index: number;
  /** The (first) fiscal year its header names. */
  fiscalYear: number;
  /** The last fiscal year its header names: `fiscalYear` for a column of one year. */
  lastFiscalYear: number;
  /** The year or period as the schedule text written from the column says it: the header as written, when it reads so. */
  written: string;
}

/** A period's name written before its years in a header (`前期（R3～R5）`, `第2期（R6～R8）`). */
const PERIOD_NAME = /^(?:前期|中期|後期|第[0-9０-９一二三四五六七八九十]{1,2}期)$/;
/** `FY2021`, as English spreadsheets head a fiscal year's column. */
const FY = /^FY\s?(\d{4})$/i;
/** A day (`2021-04-01`, which readFiscalYear takes for the fiscal year it falls in): no column of a year. */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The fiscal years a schedule is, whole, unlabelled or labelled by a period's name only, or `null`. */
function wholeFiscalYears({ spans, recurrences, notes }: Schedule): [number, number] | null {
  const [span] = spans;
  if (!span || spans.length > 1 || recurrences.length > 0 || notes.length > 0) return null;
  // 前期（R3～R5）： is labelled 前期： (the words before a bracket keep the ： after it).
  if (span.label !== '' && !PERIOD_NAME.test(span.label.replace(/[:：]$/, ''))) return null;
  const { precision, startFiscalYear: first, endFiscalYear: last } = span;
  return precision === 'fiscal-year' && first !== null && last !== null ? [first, last] : null;
}

/** The fiscal years one line of a header names, or `null`. */
function yearsOfHeader(text: string): [number, number] | null {
  if (text === '' || text.length > 24 || ISO_DAY.test(text)) return null;
  const fy = FY.exec(text);
  const year = fy ? Number(fy[1]) : readFiscalYear(text)?.fiscalYear;
  const years =
    year !== undefined ? ([year, year] as [number, number]) : wholeFiscalYears(parseSchedule(text));
  return years && years[0] >= MIN_YEAR && years[1] <= MAX_YEAR ? years : null;
}

/**
 * Reads a header cell that names one fiscal year or a period of them, and nothing else: `R3`, `令和3年度`, `2021`,
 * `2021年度`, `2021(R3)年度`, `Ｒ３`, `FY2021`, `R3～R5`, `前期（R3～R5）`. A header of several lines names them in
 * its lines together (`令和3年度\n(2021年度)`) or in each alike (`2021\nR3`). A year before 1000 (`1`, `12`: a count, a
 * month), a day, or a year with other words (`R3事業費`, `2021年度予算`) names no column of years.
 *
 * @param header - the header cell
 * @param index - its index in the header row
 * @returns the column, or `null` when the header names no fiscal year
 * @example
 * readYearColumn('R3', 4) //=> { index: 4, fiscalYear: 2021, lastFiscalYear: 2021, written: 'R3' }
 * readYearColumn('2021', 4) //=> { index: 4, fiscalYear: 2021, lastFiscalYear: 2021, written: '2021年度' }
 * readYearColumn('R3事業費', 4) //=> null
 */
export function readYearColumn(header: string, index: number): YearColumn | null {
  const lines = header
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  let text = lines.join('');
  let years = yearsOfHeader(text);
  if (!years && lines.length > 1) {
    // Each line alike (`2021\nR3`): the first, as written.
    const each = lines.map(yearsOfHeader);
    const same = each.every((y) => y !== null && y[0] === each[0]![0] && y[1] === each[0]![1]);
    if (same) [text, years] = [lines[0]!, each[0]!];
  }
  if (!years) return null;
  const [fiscalYear, lastFiscalYear] = years;
  // Written as a schedule's entry reads it (`R3：…`); else as years the reader reads (`2021` → `2021年度`).
  const read = wholeFiscalYears(parseSchedule(`${text}：`));
  const reads = read !== null && read[0] === fiscalYear && read[1] === lastFiscalYear;
  return { index, fiscalYear, lastFiscalYear, written: reads ? text : yearsText(fiscalYear, lastFiscalYear) };
}

/** Fiscal years written as the reader reads them: `2021年度`, `2021年度～2023年度`. */
const yearsText = (first: number, last: number): string =>
  first === last ? `${first}年度` : `${first}年度～${last}年度`;

/**
 * Writes the cells of a row's year columns as schedule text, an entry a line: `R3：検討`. A cell of marks that
 * carry the work on (`→`, `―`, `〃`) right after a year with an entry makes that entry a range
 * (`R3～R5：検討` for `検討`, `→`, `→`); one after an empty cell or none starts an entry of its own. A cell of
 * several lines goes on in lines set in under its entry (read as the rest of its label). Empty cells write nothing.
 *
 * @param columns - the year columns, in the order of the header
 * @param cells - the row's cell under each column, as plain text (see `cellText`)
 * @returns the schedule text, or `''` when every year cell is empty
 * @example
 * const columns = [readYearColumn('R3', 0)!, readYearColumn('R4', 1)!];
 * yearColumnsText(columns, ['検討', '→'])
 * //=> 'R3～R4：検討'
 */
export function yearColumnsText(columns: readonly YearColumn[], cells: readonly string[]): string {
  const entries: { first: YearColumn; last: YearColumn; label: string }[] = [];
  let open = false;
  for (let k = 0; k < columns.length; k++) {
    const column = columns[k]!;
    const cell = cells[k] ?? '';
    const entry = entries[entries.length - 1];
    if (open && entry && carriesOn(cell)) entry.last = column;
    else if (cell !== '') entries.push({ first: column, last: column, label: cell });
    open = cell !== '';
  }
  return entries
    .map(({ first, last, label }) => `${entryHead(first, last)}：${label.replace(/\n/g, '\n\u3000')}`)
    .join('\n');
}

/**
 * The years of an entry from column `first` to column `last`: the header as written for one column; for columns
 * of one year each, both headers (`R3～R5`); else the years themselves (`2021年度～2026年度`).
 */
function entryHead(first: YearColumn, last: YearColumn): string {
  if (first === last) return first.written;
  const single = (c: YearColumn): boolean => c.fiscalYear === c.lastFiscalYear;
  return single(first) && single(last)
    ? `${first.written}～${last.written}`
    : yearsText(first.fiscalYear, last.lastFiscalYear);
}
