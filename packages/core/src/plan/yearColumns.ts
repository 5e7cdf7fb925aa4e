import { readFiscalYear } from '../fiscal/readFiscalYear.js';
import type { Schedule } from '../model/types.js';
import { isCarryOnMark } from '../schedule/chars.js';
import { parseSchedule } from '../schedule/parseSchedule.js';
import { MAX_YEAR, MIN_YEAR } from '../schedule/readDatePoint.js';

/** A column of a plan's table headed by a fiscal year, as spreadsheets draw a schedule (`R3`, `令和4年度`, `2023`). */
export interface YearColumn {
  /** The column's index in its row. */
  index: number;
  /** The fiscal year its header names. */
  fiscalYear: number;
  /** The year as the schedule text written from the column says it: the header as written, when it reads so. */
  written: string;
}

/** The one fiscal year a schedule is, whole and unlabelled (`2021(R3)年度`), or `null`. */
function wholeFiscalYear({ spans, recurrences, notes }: Schedule): number | null {
  const [span] = spans;
  if (!span || spans.length > 1 || recurrences.length > 0 || notes.length > 0 || span.label !== '')
    return null;
  const whole = span.precision === 'fiscal-year' && span.start !== null && span.end !== null;
  return whole && span.startFiscalYear === span.endFiscalYear ? span.startFiscalYear : null;
}

/**
 * Reads a header cell that names one fiscal year, and nothing else: `R3`, `令和3年度`, `2021`, `2021年度`,
 * `2021(R3)年度`, `Ｒ３`. A year before 1000 (`1`, `12`: a count, a month) or a day names no column of years.
 *
 * @param header - the header cell
 * @param index - its index in the header row
 * @returns the column, or `null` when the header names no fiscal year
 * @example
 * readYearColumn('R3', 4) //=> { index: 4, fiscalYear: 2021, written: 'R3' }
 * readYearColumn('2021', 4) //=> { index: 4, fiscalYear: 2021, written: '2021年度' }
 * readYearColumn('備考', 4) //=> null
 */
export function readYearColumn(header: string, index: number): YearColumn | null {
  const text = header.trim();
  // A day (`2021-04-01`, which readFiscalYear takes for its fiscal year) heads no column of a year.
  if (text === '' || text.length > 24 || /^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const fiscalYear = readFiscalYear(text)?.fiscalYear ?? wholeFiscalYear(parseSchedule(text));
  if (fiscalYear === null || fiscalYear < MIN_YEAR || fiscalYear > MAX_YEAR) return null;
  // Written as a schedule's entry reads it (`R3：…`); a year that would not read so (`2021：…`) gets its 年度.
  const reads = wholeFiscalYear(parseSchedule(`${text}：`)) === fiscalYear;
  return { index, fiscalYear, written: reads ? text : `${fiscalYear}年度` };
}

/** Whether a cell holds only marks that carry the year before's work on (`→`, `――→`, `〃`). */
function carriesOn(cell: string): boolean {
  if (cell === '') return false;
  for (let i = 0; i < cell.length; i++) if (!isCarryOnMark(cell.charCodeAt(i))) return false;
  return true;
}

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
 * yearColumnsText([{ index: 0, fiscalYear: 2021, written: 'R3' }, { index: 1, fiscalYear: 2022, written: 'R4' }],
 *   ['検討', '→'])
 * //=> 'R3～R4：検討'
 */
export function yearColumnsText(columns: readonly YearColumn[], cells: readonly string[]): string {
  const entries: { first: string; last: string; label: string }[] = [];
  let open = false;
  for (let k = 0; k < columns.length; k++) {
    const column = columns[k]!;
    const cell = cells[k] ?? '';
    const entry = entries[entries.length - 1];
    if (open && entry && carriesOn(cell)) entry.last = column.written;
    else if (cell !== '') entries.push({ first: column.written, last: column.written, label: cell });
    open = cell !== '';
  }
  return entries
    .map(({ first, last, label }) => {
      const years = first === last ? first : `${first}～${last}`;
      return `${years}：${label.replace(/\n/g, '\n\u3000')}`;
    })
    .join('\n');
}
