import type { Diagnostic, Policy, Section, Source } from '../model/types.js';
import { cellText } from './cellText.js';
import { matchColumn, type ColumnKey } from './matchColumn.js';
import type { ItemDraft, PlanDraft } from './planDraft.js';
import { readHeading } from './readHeading.js';
import { splitCode } from './splitCode.js';
import { cellPlace, delimitedRecords, type DelimitedRecord } from './splitDelimited.js';
import { CellPlaces } from './cellPlaces.js';
import { collectDraft } from './collectDraft.js';
import { runToEnd } from './runToEnd.js';
import { readYearColumn, yearColumnsText, type YearColumn } from './yearColumns.js';
import { QUOTED_ROW_LENGTH, shortened } from '../text/shortened.js';

const SERIAL = /^\s*(?:No|NO|no|Ｎｏ|ＮＯ)?\s*[.．]?\s*([0-9０-９]{1,9})\s*$/;
const NUMBERED = /^\s*([0-9０-９]{1,6})(?:[\s\u3000.．:：、]+([\s\S]*))?$/;
const NONE = { number: 0, title: '' };
const toNumber = (digits: string): number => Number(digits.normalize('NFKC'));
const isBlank = (record: DelimitedRecord): boolean => record.cells.every((c) => c.trim() === '');
/** Its cells that hold something, trimmed, joined by a space: a row of a spreadsheet's title or notes. */
const filledText = (record: DelimitedRecord): string =>
  record.cells
    .map((c) => c.trim())
    .filter(Boolean)
    .join(' ');

/**
 * How many rows that name no columns may come before the header: a spreadsheet's title, its date, a note or
 * two (blank rows are not counted). A document whose first rows are all something else is no plan table.
 */
export const MAX_ROWS_BEFORE_HEADER = 5;

/**
 * What a header row says: the column of each key, the columns headed by a fiscal year (a schedule drawn as a
 * table), the names it does not know, and cells naming a key again.
 */
interface HeaderRow {
  columns: Map<ColumnKey, number>;
  years: YearColumn[];
  unknown: string[];
  repeated: number[];
}

function readHeaderRow(record: DelimitedRecord): HeaderRow {
  const columns = new Map<ColumnKey, number>();
  const years: YearColumn[] = [];
  const unknown: string[] = [];
  const repeated: number[] = [];
  record.cells.forEach((name, i) => {
    const key = matchColumn(name);
    const year = key === undefined ? readYearColumn(name, i) : null;
    // A year named again heads another table's column (a year's target, say): not the schedule's.
    if (
      year &&
      !years.some((y) => y.fiscalYear === year.fiscalYear && y.lastFiscalYear === year.lastFiscalYear)
    )
      years.push(year);
    else if (key === undefined) {
      if (name.trim()) unknown.push(name.trim());
    } else if (columns.has(key)) repeated.push(i);
    else columns.set(key, i);
  });
  return { columns, years, unknown, repeated };
}

/** The cells an item's text may go on in, in rows below its own (see `continues`), and the draft's fields they fill. */
const CONTINUED = [
  ['content', 'content'],
  ['goal', 'goal'],
  ['schedule', 'scheduleText'],
  ['departments', 'departmentsText'],
] as const satisfies readonly (readonly [ColumnKey, keyof ItemDraft])[];

/**
 * Whether a header row names enough of a plan's columns to read rows by: two, one of them 通し番号 or 項目 (columns
 * of years count as one, a schedule).
 */
const namesPlanColumns = ({ columns, years }: HeaderRow): boolean =>
  columns.size + (years.length > 0 && !columns.has('schedule') ? 1 : 0) >= 2 &&
  (columns.has('serial') || columns.has('title'));

/** Whether a row names an item: something in its 通し番号, コード or 項目 cell. */
function namesItem(record: DelimitedRecord, columns: ReadonlyMap<ColumnKey, number>): boolean {
  for (const key of ['serial', 'code', 'title'] as const) {
    const i = columns.get(key);
    if (i !== undefined && (record.cells[i] ?? '').trim() !== '') return true;
  }
  return false;
}

/**
 * The columns of years a row names when it is a second header row: one naming years (see `readYearColumn`) and
 * no item; `null` for any other row.
 */
function yearsBelowHeader(
  record: DelimitedRecord,
  columns: ReadonlyMap<ColumnKey, number>,
): YearColumn[] | null {
  if (namesItem(record, columns)) return null;
  const { years } = readHeaderRow(record);
  return years.length > 0 ? years : null;
}

/**
 * The years of a second header row that stand under the スケジュール cell above them: from its column up to the
 * next column the header names (`スケジュール,,,目標値,,` over `R3,R4,R5,R3,R4,R5`: the first three). All of them
 * when the header has no スケジュール column, or none of them stands under it.
 */
function underSchedule(
  below: YearColumn[],
  header: DelimitedRecord,
  schedule: number | undefined,
): YearColumn[] {
  if (schedule === undefined) return below;
  let end = schedule + 1;
  while (end < header.cells.length && (header.cells[end] ?? '').trim() === '') end++;
  const under = below.filter((y) => y.index >= schedule && y.index < end);
  return under.length > 0 ? under : below;
}

/** Whether two rows of years name the same years in the same columns. */
const sameYears = (a: readonly YearColumn[], b: readonly YearColumn[] | null): boolean =>
  b !== null &&
  a.length === b.length &&
  a.every(
    (y, k) =>
      y.index === b[k]!.index &&
      y.fiscalYear === b[k]!.fiscalYear &&
      y.lastFiscalYear === b[k]!.lastFiscalYear,
  );

/** Reads a 実施方針 cell: `実施方針1 title`, `■実施方針1 title`, `1 title`, `1`. */
function readPolicyCell(text: string): { number: number; title: string } | null {
  const heading = readHeading(text);
  if (heading?.kind === 'policy') return { number: heading.number, title: heading.title };
  const numbered = NUMBERED.exec(text);
  return numbered ? { number: toNumber(numbered[1]!), title: (numbered[2] ?? '').trim() } : null;
}

/** Reads a 施策 cell: `(1) title`, `1 title`, `1`. */
function readSectionCell(text: string): { number: number; title: string } | null {
  const heading = readHeading(text);
  if (heading?.kind === 'section') return { number: heading.number, title: heading.title };
  const numbered = NUMBERED.exec(text);
  return numbered ? { number: toNumber(numbered[1]!), title: (numbered[2] ?? '').trim() } : null;
}

/**
 * Reads a plan saved as CSV or TSV into a draft: a header row naming the
 * columns in Japanese as in the seed (通し番号, コード, 項目, 取組内容, 目標,
 * スケジュール, 主務課, optionally 実施方針 and 施策) or in English (no, code,
 * title, content, goal, schedule, departments, policy, section), then one row
 * per item. Cells are RFC 4180 (quoted cells may hold line breaks).
 *
 * 通し番号 may be written `No.13` or `13`. When there is no コード column, a code
 * at the start of 項目 (`5-1 title`) is split off. 実施方針 reads `実施方針1 …`
 * or `1 …`, 施策 `(1) …` or `1 …`; an empty one is the one above it (merged
 * cells); rows holding only a policy or section heading (as spreadsheets
 * copied from the seed do) set them for the rows below. Rows above the
 * header (up to {@link MAX_ROWS_BEFORE_HEADER}, not counting blank ones) are
 * the plan's title and notes. Columns headed by a fiscal year or a period
 * (`R3`, `令和4年度`, `前期（R3～R5）`: see `readYearColumn`), in the header or in
 * a second header row under it (a スケジュール cell merged over them), are a
 * schedule drawn as a table: their cells are written as the item's schedule
 * entries after its スケジュール cell (see `yearColumnsText`). A row with no
 * serial, code or title right below an item goes on with it: its content,
 * goal, schedule and departments cells are added to the item's, a line each. Cells become plain text
 * ({@link cellText}). Repeated header rows are skipped; ragged rows are read
 * with a warning (`'ragged-row'`); another row without a serial is reported
 * (`'unread-row'`) with its text and line; quoting errors come from
 * `splitDelimited`.
 *
 * @param text - the decoded document
 * @param delimiter - `','` for CSV, `'\t'` for TSV
 * @returns the draft, for `assemblePlan`
 * @example
 * readDelimited('通し番号,項目,スケジュール\n1,財政健全化,毎年度\n', ',').items[0].title
 * //=> '財政健全化'
 */
export function readDelimited(text: string, delimiter: ',' | '\t'): PlanDraft {
  return collectDraft(readDelimitedSteps(text, delimiter));
}

/**
 * {@link readDelimited} a row at a time: yields each item's draft as soon as its row is read,
 * in document order, then returns the rest of the draft: no `items` (each was yielded, and is not
 * kept), its diagnostics the quoting problems of the whole text first, then the others, as
 * `readDelimited` gives them. Lets a reader show the first items of a long file before the rest is
 * split and read.
 *
 * @param text - the decoded document
 * @param delimiter - `','` for CSV, `'\t'` for TSV
 * @returns a generator of the item drafts; its return value is the rest of the draft, for
 *   `assemblePlan` (after the items built from those yielded)
 * @example
 * const steps = readDelimitedSteps('no,title\n1,財政健全化\n', ',');
 * steps.next().value.serial
 * //=> 1
 */
export function* readDelimitedSteps(
  text: string,
  delimiter: ',' | '\t',
): Generator<ItemDraft, PlanDraft, undefined> {
  const quoting: Diagnostic[] = [];
  const records = delimitedRecords(text, delimiter, quoting);
  const diagnostics: Diagnostic[] = [];
  const expected =
    'Expected a header row naming the columns (通し番号, 項目, 取組内容, 目標, スケジュール, 主務課 …, or no, title, content, goal, schedule, departments …) and one row per item.';
  const draft: PlanDraft = {
    title: '',
    notes: [],
    policies: [],
    sections: [],
    items: [],
    diagnostics,
    expected,
    expectedJa:
      '列名の見出し行（通し番号、項目、取組内容、目標、スケジュール、主務課 など、または no, title, content, goal, schedule, departments など）と、項目ごとに1行を想定しています。',
  };

  const warn = (
    code: string,
    message: string,
    messageJa: string,
    record: DelimitedRecord,
    source: Source = record.source,
    serial?: number,
    severity: Diagnostic['severity'] = 'warning',
  ): void => {
    diagnostics.push({
      code,
      severity,
      message,
      messageJa,
      source,
      ...(serial !== undefined ? { serial } : {}),
      line: record.line,
    });
  };

  /** The draft, its quoting problems first; the records not read are split for theirs. */
  const finish = (): PlanDraft => {
    runToEnd(records);
    draft.diagnostics = [...quoting, ...diagnostics];
    return draft;
  };

  // The header: the first row that names the plan's columns, among the first rows that are not blank. A
  // spreadsheet often has its title and a note or two above it: the first is the plan's title, the others
  // its notes. (A for…of would close the records on leaving the loop.)
  const above: DelimitedRecord[] = [];
  let header: DelimitedRecord | null = null;
  let read: HeaderRow | null = null;
  for (let next = records.next(); !next.done; next = records.next()) {
    if (isBlank(next.value)) continue;
    const row = readHeaderRow(next.value);
    if (namesPlanColumns(row)) {
      header = next.value;
      read = row;
      break;
    }
    above.push(next.value);
    if (above.length > MAX_ROWS_BEFORE_HEADER) break;
  }
  if (!header || !read) {
    const first = above[0];
    if (!first) return finish();
    const shown = shortened(first.cells.join(delimiter), QUOTED_ROW_LENGTH);
    const more = above.length > 1;
    warn(
      'no-header',
      `The first row ${JSON.stringify(shown)} does not name the plan's columns` +
        (more ? `, nor do the ${above.length - 1} after it.` : '.'),
      `${first.line}行目「${shown}」${more ? `とその後の${above.length - 1}行` : ''}が計画の列名になっていません。`,
      first,
      first.source,
      undefined,
      'error',
    );
    return finish();
  }
  const { columns, unknown } = read;
  // A second header row naming years under the first (a spreadsheet's スケジュール cell merged over a column per
  // year, `R3`, `R4` … in the row below it): the schedule's columns; the スケジュール column is the first of them.
  let first = records.next();
  while (!first.done && isBlank(first.value)) first = records.next();
  const below = first.done ? null : yearsBelowHeader(first.value, columns);
  let years = read.years;
  if (below) {
    years = underSchedule(below, header, columns.get('schedule'));
    if (years.some((y) => y.index === columns.get('schedule'))) columns.delete('schedule');
    first = records.next();
  }
  for (const i of read.repeated) {
    const name = header.cells[i]!.trim();
    warn(
      'duplicate-column',
      `The column ${JSON.stringify(name)} appears twice; the first is read.`,
      `列「${name}」が2つあります。最初の列を読みます。`,
      header,
      cellPlace(header, i),
    );
  }
  if (above.length > 0) {
    draft.title = filledText(above[0]!);
    draft.notes = above.slice(1).map(filledText);
  }
  if (unknown.length > 0) {
    warn(
      'unknown-column',
      `These columns are not part of a plan and were not read: ${unknown.map((u) => JSON.stringify(u)).join(', ')}.`,
      `計画の列ではないため読まなかった列：${unknown.map((u) => `「${u}」`).join('、')}。`,
      header,
      header.source,
      undefined,
      'info',
    );
  }
  if (!columns.has('serial')) {
    warn(
      'no-serial-column',
      'There is no 通し番号 (no) column: items are numbered in the order of their rows.',
      '通し番号（no）の列がありません。行の順に番号を付けます。',
      header,
      header.source,
      undefined,
      'info',
    );
  }

  const policies = new Map<number, Policy>();
  const sections = new Map<string, Section>();
  const notePolicy = (p: { number: number; title: string }): void => {
    if (p.number === 0 && !p.title) return;
    const known = policies.get(p.number);
    if (!known) policies.set(p.number, { number: p.number, title: p.title, references: [] });
    else if (!known.title) known.title = p.title;
  };
  const noteSection = (policy: number, s: { number: number; title: string }): void => {
    if (s.number === 0 && !s.title) return;
    const key = `${policy}/${s.number}`;
    const known = sections.get(key);
    if (!known) sections.set(key, { policy, number: s.number, title: s.title, references: [] });
    else if (!known.title) known.title = s.title;
  };

  const cell = (record: DelimitedRecord, key: ColumnKey): string => {
    const i = columns.get(key);
    return i === undefined ? '' : (record.cells[i] ?? '');
  };

  /** The schedule text of a record's columns of years (`''` when the table has none). */
  const yearsText = (record: DelimitedRecord): string =>
    years.length === 0
      ? ''
      : yearColumnsText(
          years,
          years.map((y) => cellText(record.cells[y.index] ?? '')),
        );

  /** A record's schedule: its スケジュール cell, then the entries its columns of years write (see `yearColumnsText`). */
  const scheduleText = (record: DelimitedRecord): string => {
    const written = cellText(cell(record, 'schedule'), true);
    const drawn = yearsText(record);
    return written && drawn ? `${written}\n${drawn}` : written || drawn;
  };

  /**
   * Whether a record names (nearly) all the columns again: all but one, and at least two. Its
   * cells are compared with the columns' names only until the answer is known, so that a row of
   * the plan is settled by its first two cells that name no column.
   */
  const repeatsHeader = (record: DelimitedRecord): boolean => {
    const needed = Math.max(2, columns.size - 1);
    let named = 0;
    let left = columns.size;
    for (const [key, i] of columns) {
      if (matchColumn(record.cells[i] ?? '') === key) named++;
      left--;
      if (named >= needed) return true;
      if (named + left < needed) return false;
    }
    return false;
  };

  let contextPolicy = NONE;
  let contextSection = NONE;
  let order = 0;
  // The item read last, handed on once the next item's row (or the end) shows that no row continues it;
  // only the rows right below it may (no blank, heading or unread row between).
  let pending: ItemDraft | null = null;
  let open = false;

  /**
   * Whether a row goes on with the item above it: no serial, code or title, something in one of the
   * cells an item's text may run on in (a spreadsheet's merged 通し番号 and 項目 cells over rows that
   * each hold a line of its schedule, say), and no heading first (`■実施方針2 …` in whatever cell).
   */
  const continues = (record: DelimitedRecord): boolean => {
    if (namesItem(record, columns)) return false;
    if (
      !CONTINUED.some(([key]) => cell(record, key).trim() !== '') &&
      !years.some((y) => (record.cells[y.index] ?? '').trim() !== '')
    )
      return false;
    const first = record.cells.find((c) => c.trim() !== '');
    return first === undefined || readHeading(first) === null;
  };

  /** Adds a continuing row's cells to the item's, a line each, and stretches the item's places over it. */
  const goOn = (item: ItemDraft, record: DelimitedRecord): void => {
    for (const [key, field] of CONTINUED) {
      const text = key === 'schedule' ? scheduleText(record) : cellText(cell(record, key));
      if (text) item[field] = item[field] ? `${item[field]}\n${text}` : text;
    }
    const more = placesOf(record);
    const over = (from: Source | undefined, to: Source | undefined): Source | undefined =>
      from && to ? { start: from.start, end: to.end } : (from ?? to);
    const cells = item.cells;
    item.cells = new CellPlaces(
      cells.title,
      over(cells.content, more.content),
      over(cells.goal, more.goal),
      over(cells.schedule, more.schedule),
      over(cells.departments, more.departments),
    );
    item.source = { start: item.source.start, end: record.source.end };
  };

  // The schedule's cells: its スケジュール column and its columns of years, first to last.
  const scheduleColumns = years.map((y) => y.index);
  if (columns.has('schedule')) scheduleColumns.push(columns.get('schedule')!);
  const scheduleFirst = scheduleColumns.length > 0 ? Math.min(...scheduleColumns) : -1;
  const scheduleLast = scheduleColumns.length > 0 ? Math.max(...scheduleColumns) : -1;
  const placesOf = (record: DelimitedRecord): CellPlaces =>
    CellPlaces.fromList(
      record.places,
      columns.get('title') ?? -1,
      columns.get('content') ?? -1,
      columns.get('goal') ?? -1,
      scheduleFirst,
      columns.get('departments') ?? -1,
      scheduleLast,
    );

  for (let next = first; !next.done; next = records.next()) {
    const record = next.value;
    const continuing = open;
    open = false;
    if (isBlank(record)) continue;
    // A header row repeated (as on every page of a pasted table): it names (nearly) all the columns again; so
    // does the row of years under it.
    if (repeatsHeader(record) || (below && sameYears(below, yearsBelowHeader(record, columns)))) continue;
    if (pending && continuing && continues(record)) {
      goOn(pending, record);
      open = true;
      continue;
    }

    const serialText = cell(record, 'serial');
    const serialMatch = columns.has('serial') ? SERIAL.exec(serialText) : null;
    if (columns.has('serial') && !serialMatch) {
      const filled = record.cells.filter((c) => c.trim() !== '');
      const heading = filled.length >= 1 ? readHeading(filled[0]!) : null;
      if (heading) {
        if (heading.kind === 'policy') {
          contextPolicy = { number: heading.number, title: heading.title };
          contextSection = heading.section ?? NONE;
          notePolicy(contextPolicy);
          if (heading.section) noteSection(heading.number, heading.section);
        } else {
          contextSection = { number: heading.number, title: heading.title };
          noteSection(contextPolicy.number, contextSection);
        }
        continue;
      }
      const shown = shortened(record.cells.join(delimiter), QUOTED_ROW_LENGTH);
      warn(
        'unread-row',
        `Row on line ${record.line} has no serial (通し番号) and was not read: ${JSON.stringify(shown)}`,
        `${record.line}行目の行には通し番号がないため読んでいません：「${shown}」`,
        record,
      );
      continue;
    }
    if (pending) yield pending;
    pending = null;
    order++;
    const serial = serialMatch ? toNumber(serialMatch[1]!) : order;

    if (record.cells.length !== header.cells.length) {
      const extra = record.cells.slice(header.cells.length).filter((c) => c.trim() !== '');
      const shown = extra.length > 0 ? shortened(extra.join(delimiter), QUOTED_ROW_LENGTH) : null;
      warn(
        'ragged-row',
        `No.${serial}: the row has ${record.cells.length} cells and the header ${header.cells.length}; ` +
          (shown !== null
            ? `the cells past the header were not read: ${JSON.stringify(shown)}`
            : 'the missing cells were read as empty.'),
        `No.${serial}: 行のセルが${record.cells.length}個、見出しが${header.cells.length}個です。` +
          (shown !== null
            ? `見出しより後のセルは読んでいません：「${shown}」`
            : '足りないセルは空として読みました。'),
        record,
        record.source,
        serial,
      );
    }

    let code = '';
    let title = cellText(cell(record, 'title')).replace(/\n/g, ' ');
    if (columns.has('code')) {
      const codeText = cell(record, 'code').trim();
      code = splitCode(codeText)?.code ?? codeText;
      const inTitle = splitCode(title);
      if (code && inTitle && inTitle.code === code && inTitle.title) title = inTitle.title;
    } else {
      const inTitle = splitCode(title);
      if (inTitle) {
        code = inTitle.code;
        title = inTitle.title;
      }
    }

    // An empty 実施方針 or 施策 cell is the one above it (a spreadsheet's merged cells are saved in their first
    // row only); a new policy starts with no section until one is named.
    const policyText = cell(record, 'policy').trim();
    const sectionText = cell(record, 'section').trim();
    if (policyText) {
      const named = readPolicyCell(policyText) ?? { number: 0, title: policyText };
      const same =
        named.number !== 0 ? named.number === contextPolicy.number : named.title === contextPolicy.title;
      // The same policy named again (by its number alone, say) keeps its title and its section.
      if (!same) {
        contextPolicy = named;
        contextSection = NONE;
      } else if (named.title && !contextPolicy.title) contextPolicy = named;
    }
    if (sectionText) contextSection = readSectionCell(sectionText) ?? { number: 0, title: sectionText };
    const policy = contextPolicy;
    const section = contextSection;
    notePolicy(policy);
    noteSection(policy.number, section);

    const item: ItemDraft = {
      serial,
      code,
      title,
      content: cellText(cell(record, 'content')),
      goal: cellText(cell(record, 'goal')),
      scheduleText: scheduleText(record),
      departmentsText: cellText(cell(record, 'departments')),
      policy: { ...policy },
      section: { ...section },
      line: record.line,
      source: record.source,
      cells: placesOf(record),
    };
    pending = item;
    open = true;
  }
  if (pending) yield pending;

  draft.policies = [...policies.values()];
  draft.sections = [...sections.values()];
  return finish();
}
