import type { Department, Diagnostic, Policy, Section, Source } from '../model/types.js';
import { CellPlaces } from './cellPlaces.js';
import { cellText } from './cellText.js';
import { findTitleEnd } from './findTitleEnd.js';
import { parseDepartments } from './parseDepartments.js';
import { PLAIN_INDEX_LINES, PlanIndex, type DuplicateLine, type IndexContext } from './planIndex.js';
import type { ItemDraft, PlanDraft } from './planDraft.js';
import { readHeading, type Heading } from './readHeading.js';
import { readReferences } from './readReferences.js';
import { splitCode } from './splitCode.js';
import { TableItems } from './tableItems.js';
import { isBlank as isBlankCode } from '../schedule/chars.js';
import { collectDraft } from './collectDraft.js';
import { QUOTED_ROW_LENGTH, shortened } from '../text/shortened.js';

/** A serial cell: `No.13` (also `No 13`, `Ｎｏ．１３`). */
const SERIAL = /^\s*(?:No|NO|no|Ｎｏ|ＮＯ)\s*[.．]?\s*([0-9０-９]{1,9})\s*$/;
const LEGEND = /^\s*[<＜〈《]?\s*凡例\s*[>＞〉》]?\s*$/;
/** Blank lines (white space only; see `isBlank`), as many as follow each other. */
const BLANK_LINES =
  /(?:[\t\v\f \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*(?:\r\n?|\n|$))+/y;
/**
 * A section heading written plainly on a line of its own, `(2) title`: what {@link readHeading}
 * reads as section 2 titled `title` (trimmed), and no other reading takes first.
 */
const PLAIN_SECTION_LINE = /\(([0-9]{1,6})\)([^\t\n\r*]*)(?:\r\n?|\n|$)/y;
const TABLE_COLUMNS = ['通し番号', '項目', '取組内容', '目標', 'スケジュール', '主務課'];

interface Line {
  text: string;
  number: number;
  start: number;
  end: number;
}

interface Cell {
  text: string;
  start: number;
  end: number;
}

/** A cell's place in the input, made only for the cells a diagnostic points at. */
const sourceOf = (cell: Cell): Source => ({ start: cell.start, end: cell.end });

const NO_POLICY: IndexContext = { number: 0, title: '' };
/** Which cell of a row each of content, goal, schedule and departments is in: code and title in one cell or two. */
const SIX_COLUMNS: readonly number[] = [2, 3, 4, 5];
const SEVEN_COLUMNS: readonly number[] = [3, 4, 5, 6];
const ASCII = /^[\x20-\x7e]*$/;
const comparable = (s: string): string => (ASCII.test(s) ? s : s.normalize('NFKC')).replace(/\s+/g, '');
/** A serial's digits (at most 9, ASCII or full-width) as a number. */
function toNumber(digits: string): number {
  let n = 0;
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    n = n * 10 + (c >= 0xff10 ? c - 0xff10 : c - 0x30);
  }
  return n;
}
/** The same text, but for width and white space. */
const sameText = (a: string, b: string): boolean => a === b || comparable(a) === comparable(b);

/**
 * The lines of a text, one at a time (split at `\r\n`, `\r` and `\n`; the last line runs to the end
 * of the text, empty when the text ends with a line break), with one line of lookahead. Lines are
 * made as they are read, so that those read are left to the collector.
 */
class LineReader {
  readonly #text: string;
  #start = 0;
  #number = 1;
  #done = false;
  // The next \n and \r at or after #start (the text's length when none), each searched again only once passed.
  #lf = -1;
  #cr: number;
  #peeked: Line | null = null;

  constructor(text: string) {
    this.#text = text;
    this.#cr = text.includes('\r') ? -1 : text.length;
  }

  /** The next line, without reading past it; `null` after the last. */
  peek(): Line | null {
    return (this.#peeked ??= this.#read());
  }

  /** The next line, read; `null` after the last. */
  next(): Line | null {
    const line = this.peek();
    this.#peeked = null;
    return line;
  }

  /**
   * Passes over the lines a sticky expression matches from the next line's start, as a whole,
   * without making them; the match is to end at a line's end (after its line break, or at the end
   * of the text).
   *
   * @returns where the lines passed over start and end, and the first one's number; `null` when
   *   the expression does not match (or a line was peeked at)
   */
  skipMatch(pattern: RegExp): { start: number; end: number; number: number } | null {
    if (this.#peeked !== null || this.#done) return null;
    const text = this.#text;
    const start = this.#start;
    pattern.lastIndex = start;
    if (!pattern.test(text) || pattern.lastIndex === start) return null;
    const end = pattern.lastIndex;
    const number = this.#number;
    let breaks = 0;
    if (this.#cr === text.length) {
      for (let i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) breaks++;
    } else {
      for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0a) breaks++;
        else if (c === 0x0d) {
          breaks++;
          if (text.charCodeAt(i + 1) === 0x0a) i++;
        }
      }
    }
    const last = text.charCodeAt(end - 1);
    if (end === text.length && last !== 0x0a && last !== 0x0d) {
      // The last line, with no line break.
      this.#done = true;
      this.#number += breaks;
    } else {
      this.#number += breaks;
      this.#start = end;
    }
    return { start, end, number };
  }

  /**
   * The next line, read, when a sticky expression matches from its start; otherwise `null`, and
   * nothing is read. The expression is to match one line whole, ending after its line break (or
   * at the end of the text).
   */
  nextMatch(pattern: RegExp): [Line, RegExpExecArray] | null {
    if (this.#peeked !== null || this.#done) return null;
    pattern.lastIndex = this.#start;
    const match = pattern.exec(this.#text);
    if (match === null || pattern.lastIndex === this.#start) return null;
    return [this.#read()!, match];
  }

  #read(): Line | null {
    if (this.#done) return null;
    const text = this.#text;
    const start = this.#start;
    if (this.#lf < start) this.#lf = indexOrEnd(text, '\n', start);
    if (this.#cr < start) this.#cr = indexOrEnd(text, '\r', start);
    const end = Math.min(this.#lf, this.#cr);
    if (end === text.length) {
      this.#done = true;
      return { text: text.slice(start), number: this.#number, start, end };
    }
    this.#start = end === this.#cr && text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
    return { text: text.slice(start, end), number: this.#number++, start, end };
  }
}

const indexOrEnd = (text: string, char: string, from: number): number => {
  const found = text.indexOf(char, from);
  return found < 0 ? text.length : found;
};

/** Where the tabs of the line being split lie: one list for all lines (a line is split before the next is). */
const TABS: number[] = [];

function splitCells(line: Line): Cell[] {
  const text = line.text;
  // The tabs are found first, once each: the cells' list is then made as long as it is to be (a list grown
  // by push would take room for 17).
  let tabs = 0;
  for (let tab = text.indexOf('\t'); tab >= 0; tab = text.indexOf('\t', tab + 1)) TABS[tabs++] = tab;
  const count = tabs + 1;
  const cells = new Array<Cell>(count);
  let from = 0;
  for (let k = 0; k < count; k++) {
    const to = k < tabs ? TABS[k]! : text.length;
    cells[k] = {
      text: count === 1 ? text : text.slice(from, to),
      start: line.start + from,
      end: line.start + to,
    };
    from = to + 1;
  }
  return cells;
}

/** The code of the first character that is not white space, or -1 when there is none (`trim() === ''`). */
function firstCharCode(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isBlankCode(c)) return c;
  }
  return -1;
}

/**
 * The serial a cell gives ({@link SERIAL}), or -1 when it gives none. `No.` and ASCII digits,
 * as the seed writes them, are read directly; other forms by the expression, tried only when
 * the cell starts as one can (N, n, Ｎ).
 */
function readSerial(text: string): number {
  const n = text.length;
  if (
    n >= 4 &&
    n <= 12 &&
    text.charCodeAt(0) === 0x4e &&
    text.charCodeAt(1) === 0x6f &&
    text.charCodeAt(2) === 0x2e
  ) {
    let serial = 0;
    let i = 3;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x30 || c > 0x39) break;
      serial = serial * 10 + (c - 0x30);
    }
    if (i === n) return serial;
  }
  const c = firstCharCode(text);
  if (c !== 0x4e && c !== 0x6e && c !== 0xff2e) return -1;
  const match = SERIAL.exec(text);
  return match ? toNumber(match[1]!) : -1;
}

/** First characters of {@link TABLE_COLUMNS}: 通 項 取 目 ス 主. */
const isColumnStart = (c: number): boolean =>
  c === 0x901a || c === 0x9805 || c === 0x53d6 || c === 0x76ee || c === 0x30b9 || c === 0x4e3b;

const isBlank = (cells: Cell[]): boolean => cells.every((c) => firstCharCode(c.text) < 0);
function isTableHeader(cells: Cell[]): boolean {
  if (cells.length < 3) return false;
  let named = 0;
  for (const c of cells)
    if (isColumnStart(firstCharCode(c.text)) && TABLE_COLUMNS.includes(c.text.trim()) && ++named >= 3)
      return true;
  return false;
}
const isItemRow = (cells: Cell[]): boolean => readSerial(cells[0]?.text ?? '') >= 0;
const isHeadingRow = (cells: Cell[]): boolean => readHeading(cells[0]?.text ?? '') !== null;

/** An index line: `code<TAB>title<TAB>No.N`. */
function readIndexLine(cells: Cell[]): { serial: number; code: string; title: string } | null {
  // The cells that are not blank: at least two, the last a serial, the first a code.
  let first = -1;
  let last = -1;
  for (let i = 0; i < cells.length; i++) {
    if (firstCharCode(cells[i]!.text) < 0) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first === last) return null;
  const serial = readSerial(cells[last]!.text);
  if (serial < 0) return null;
  const split = splitCode(cells[first]!.text.trim());
  if (!split) return null;
  let title = split.title;
  for (let i = first + 1; i < last; i++) {
    const t = cells[i]!.text;
    if (firstCharCode(t) < 0) continue;
    title = title === '' ? t.trim() : `${title} ${t.trim()}`;
  }
  return { serial, code: split.code, title };
}

/**
 * Reads a plan written in the layout of the seed (`seeds/000_247872b8d3084b37.txt`,
 * 多賀城市役所経営プラン 取組項目一覧) into a draft: the title, the item index
 * (`code<TAB>title<TAB>No.N` under its policy and section headings), the legend
 * (<凡例>) as notes, and the detailed table: tab-separated rows of 6 or 7 cells
 * (通し番号 / 項目 / 取組内容 / 目標 / スケジュール / 主務課) with repeated header
 * rows, policy rows and section rows carrying references and leads.
 *
 * Rows are read as written: the code and title in one cell or two; a title run
 * into the content (No.15–19) is cut where the index's title ends; HTML cells
 * become plain text ({@link cellText}); a row with empty first cells continues
 * the row above (a section's lead on the next row); a row cut short by a line
 * break in a cell is joined with the lines that complete it. Items listed only
 * in the index become items with empty cells. Every line that is not blank and
 * not read is reported (`'unread-row'`, with its text and line); index and
 * table are checked against each other (`'index-mismatch'`).
 *
 * @param text - the decoded document
 * @returns the draft, for `assemblePlan`
 */
export function readPlanText(text: string): PlanDraft {
  return collectDraft(readPlanTextSteps(text));
}

/**
 * {@link readPlanText} a row at a time: yields each item's draft as soon as
 * it is complete (when the next row begins; the last one when the table
 * ends), in document order, then returns the rest of the draft: no `items`
 * (each was yielded, and is not kept), and the items listed only in the index
 * in `indexOnly`. Lets a reader show the first items of a long plan before the
 * rest is read, and build each item while the next rows are read.
 *
 * @param text - the decoded document
 * @param seen - given, its `title` is set as soon as the plan's title is read
 * @returns a generator of the complete item drafts; its return value is the rest of the draft, for
 *   `assemblePlan` (after the items built from those yielded)
 * @example
 * const steps = readPlanTextSteps(text);
 * steps.next().value.serial
 * //=> 1
 */
export function* readPlanTextSteps(
  text: string,
  seen: { title: string } = { title: '' },
): Generator<ItemDraft, PlanDraft, undefined> {
  const lines = new LineReader(text);
  const diagnostics: Diagnostic[] = [];
  const notes: string[] = [];
  const policies = new Map<number, Policy>();
  const sections = new Map<string, Section>();
  /** Reports index lines whose serial was listed before, among the diagnostics by line. */
  const reportDuplicates = (duplicates: DuplicateLine[]): void => {
    // Every diagnostic so far lies on a line read so far; those past the first duplicate's line
    // were reported after it was read, and are merged with the duplicates by line.
    let at = diagnostics.length;
    while (at > 0 && (diagnostics[at - 1]!.line ?? 0) > duplicates[0]!.line) at--;
    const after = diagnostics.splice(at);
    let k = 0;
    for (const d of duplicates) {
      while (k < after.length && (after[k]!.line ?? 0) <= d.line) diagnostics.push(after[k++]!);
      warn(
        'duplicate-serial',
        `No.${d.serial} is listed twice in the index (first on line ${d.first}).`,
        `No.${d.serial}が索引に2度あります（最初は${d.first}行目）。`,
        d.line,
        { start: d.start, end: d.end },
        d.serial,
      );
    }
    while (k < after.length) diagnostics.push(after[k++]!);
  };
  const index = new PlanIndex(text, reportDuplicates);
  /** The items handed on, as the check against the index needs them. */
  const tableItems = new TableItems();
  /** The item whose row was read last: complete, and handed on, once the next row begins. */
  let pending: ItemDraft | null = null;
  let title = '';
  let phase: 'index' | 'legend' | 'table' = 'index';
  let sawContent = false;

  const warn = (
    code: string,
    message: string,
    messageJa: string,
    line: Line | number,
    source: Source,
    serial?: number,
    severity: Diagnostic['severity'] = 'warning',
  ): void => {
    const number = typeof line === 'number' ? line : line.number;
    diagnostics.push(
      serial !== undefined
        ? { code, severity, message, messageJa, source, serial, line: number }
        : { code, severity, message, messageJa, source, line: number },
    );
  };
  const unread = (line: Line): void => {
    const shown = shortened(line.text, QUOTED_ROW_LENGTH);
    warn(
      'unread-row',
      `Line ${line.number} could not be read as part of the plan: ${JSON.stringify(shown)}`,
      `${line.number}行目は計画の一部として読み取れませんでした：「${shown}」`,
      line,
      { start: line.start, end: line.end },
    );
  };

  // Policies and sections, from the index and the table.
  const notePolicy = (number: number, policyTitle: string, line: Line): Policy => {
    let policy = policies.get(number);
    if (!policy) {
      policy = { number, title: policyTitle, references: [] };
      policies.set(number, policy);
    } else if (policyTitle && !sameText(policy.title, policyTitle)) {
      if (!policy.title) policy.title = policyTitle;
      else
        warn(
          'index-mismatch',
          `実施方針${number} is titled ${JSON.stringify(policy.title)} in the index and ${JSON.stringify(policyTitle)} here.`,
          `実施方針${number}の名前が、索引では「${policy.title}」、ここでは「${policyTitle}」です。`,
          line,
          { start: line.start, end: line.end },
        );
    }
    return policy;
  };
  const noteSection = (policy: number, number: number, sectionTitle: string, line: Line): Section => {
    const key = `${policy}/${number}`;
    let section = sections.get(key);
    if (!section) {
      section = { policy, number, title: sectionTitle, references: [] };
      sections.set(key, section);
    } else if (sectionTitle && !sameText(section.title, sectionTitle)) {
      if (!section.title) section.title = sectionTitle;
      else
        warn(
          'index-mismatch',
          `施策(${number}) of 実施方針${policy} is titled ${JSON.stringify(section.title)} in the index and ${JSON.stringify(sectionTitle)} here.`,
          `実施方針${policy}の施策(${number})の名前が、索引では「${section.title}」、ここでは「${sectionTitle}」です。`,
          line,
          { start: line.start, end: line.end },
        );
    }
    return section;
  };

  // Index context.
  let indexPolicy = NO_POLICY;
  let indexSection = NO_POLICY;
  // Table context.
  let tablePolicy: { number: number; title: string } | null = null;
  let tableSection: { number: number; title: string } | null = null;
  type LastRow =
    | { kind: 'item'; item: ItemDraft; layout: readonly number[] }
    | { kind: 'heading'; target: Policy | Section };
  /** The row a continuation row (empty first cell) continues; held in an object so closures may set it. */
  const state: { last: LastRow | null } = { last: null };

  /** Reads the cells after a heading's first: references and a lead; anything else is reported. */
  const readHeadingCells = (cells: Cell[], target: Policy | Section, line: Line): void => {
    for (const cell of cells) {
      const plain = cellText(cell.text);
      if (!plain) continue;
      const refs = readReferences(plain);
      for (const r of refs) if (!target.references.includes(r)) target.references.push(r);
      let rest = plain
        .replace(/【[^【】]*】/g, (m) => (refs.includes(m.slice(1, -1).trim()) ? ' ' : m))
        .trim();
      if (/^[◎○◯〇]/.test(rest)) {
        const departments = parseDepartments(rest);
        const lead: Department | undefined = departments[0];
        if (lead && !target.lead) target.lead = lead;
        if (departments.length > 1 || (lead && target.lead !== lead)) {
          warn(
            'unread-cell',
            `Line ${line.number}: only one lead is kept for a heading; ${JSON.stringify(rest)} was not read in full.`,
            `${line.number}行目: 見出しの主務は一つだけ残します。「${rest}」はすべては読んでいません。`,
            line,
            sourceOf(cell),
          );
        }
        rest = '';
      }
      if (rest) {
        const shown = shortened(rest, QUOTED_ROW_LENGTH);
        warn(
          'unread-cell',
          `Line ${line.number}: ${JSON.stringify(shown)} in a heading row was not read.`,
          `${line.number}行目: 見出しの行にある「${shown}」は読んでいません。`,
          line,
          sourceOf(cell),
        );
      }
    }
  };

  const readItemRow = (line: Line, cells: Cell[], serial: number): ItemDraft => {
    let lastLine = line;
    // A line break inside a cell cuts the row: join the lines that complete it
    // (after the serial alone, the break separates cells).
    for (let next = lines.peek(); cells.length < 6 && next !== null; next = lines.peek()) {
      const nextCells = splitCells(next);
      if (isBlank(nextCells) || isItemRow(nextCells) || isTableHeader(nextCells) || isHeadingRow(nextCells))
        break;
      if (cells.length === 1) {
        cells.push(...nextCells);
      } else {
        const lastCell = cells.at(-1)!;
        lastCell.text += `\n${nextCells[0]!.text}`;
        lastCell.end = nextCells[0]!.end;
        cells.push(...nextCells.slice(1));
      }
      lines.next();
      lastLine = next;
    }
    const rowSource = { start: line.start, end: lastLine.end };
    // The cells after the serial's: cells[1] holds the code (and title), cells[fieldStart] on the fields.
    const titleCell: Cell | undefined = cells[1];
    const nextCell: Cell | undefined = cells[2];
    const firstText = cellText(titleCell?.text ?? '');
    const first = firstText.includes('\n') ? firstText.replace(/\n/g, ' ') : firstText;
    const split = splitCode(first);

    let code = '';
    let itemTitle = '';
    let content = '';
    /** The cell the item's title comes from. */
    let titleAt: Cell | undefined = titleCell;
    let fieldStart = 2;
    /** Whether the content ran into the title's cell (then there is no content cell). */
    let contentInTitle = false;
    let layout: readonly number[]; // which cell of `cells` each of content, goal, schedule, departments came from

    if (split && split.title === '' && cells.length >= 7) {
      // Code and title in two cells (the seed's 7-column pages).
      code = split.code;
      itemTitle = cellText(nextCell!.text).replace(/\n/g, ' ');
      titleAt = nextCell;
      fieldStart = 3;
      layout = SEVEN_COLUMNS;
    } else if (split && split.title === '') {
      // Code alone; the title runs into the content (No.15–19).
      code = split.code;
      const merged = cellText(nextCell?.text ?? '');
      const slot = index.slotOf(serial);
      const end = slot >= 0 ? findTitleEnd(merged, index.titleAt(slot)) : -1;
      if (end >= 0) {
        itemTitle = merged.slice(0, end).trim();
        content = merged.slice(end).trim();
      } else {
        const space = merged.search(/[\s]/);
        itemTitle = space < 0 ? merged : merged.slice(0, space);
        content = space < 0 ? '' : merged.slice(space).trim();
        warn(
          'title-split',
          `No.${serial}: the title runs into the content and ${slot >= 0 ? "the index's title does not begin it" : 'the index does not list the item'}; the title was taken to end at the first space: ${JSON.stringify(itemTitle)}.`,
          `No.${serial}: 項目名が取組内容と続いていて、${slot >= 0 ? '索引の項目名がその頭にありません' : '索引にこの項目がありません'}。最初の空白までを項目名としました：「${itemTitle}」。`,
          line,
          (nextCell && sourceOf(nextCell)) ?? rowSource,
          serial,
        );
      }
      titleAt = nextCell;
      contentInTitle = true;
      layout = SIX_COLUMNS;
    } else if (split) {
      code = split.code;
      itemTitle = split.title;
      layout = SIX_COLUMNS;
    } else {
      itemTitle = first;
      const slot = index.slotOf(serial);
      code = slot >= 0 ? index.codeAt(slot) : '';
      layout = SIX_COLUMNS;
      warn(
        'no-code',
        slot >= 0
          ? `No.${serial}: the row gives no code before the title; the index's code ${JSON.stringify(code)} was used.`
          : `No.${serial}: the row gives no code before the title and the index does not list the item.`,
        slot >= 0
          ? `No.${serial}: 行の項目名の前に番号がありません。索引の番号「${code}」を使いました。`
          : `No.${serial}: 行の項目名の前に番号がなく、索引にもこの項目がありません。`,
        line,
        (titleCell && sourceOf(titleCell)) ?? rowSource,
        serial,
      );
    }

    const contentCell: Cell | undefined = contentInTitle ? undefined : cells[fieldStart];
    const goalCell: Cell | undefined = cells[fieldStart + 1];
    const scheduleCell: Cell | undefined = cells[fieldStart + 2];
    const departmentsCell: Cell | undefined = cells[fieldStart + 3];
    if (contentCell) content = cellText(contentCell.text);
    const needed = layout[3]! + 1;
    if (cells.length < needed) {
      warn(
        'short-row',
        `No.${serial}: the row has ${cells.length} cells where ${needed} were expected; the missing cells were read as empty.`,
        `No.${serial}: 行のセルが${needed}個のところ${cells.length}個です。足りないセルは空として読みました。`,
        line,
        rowSource,
        serial,
      );
    }
    let extraText: string[] | undefined;
    for (let k = fieldStart + 4; k < cells.length; k++) {
      const t = cells[k]!.text.trim();
      if (t !== '') (extraText ??= []).push(t);
    }
    if (extraText) {
      const shown = shortened(extraText.join(' | '), QUOTED_ROW_LENGTH);
      warn(
        'unread-cell',
        `No.${serial}: cells past 主務課 were not read: ${JSON.stringify(shown)}`,
        `No.${serial}: 主務課より後のセルは読んでいません：「${shown}」`,
        line,
        rowSource,
        serial,
      );
    }

    let policy = tablePolicy;
    let section = tableSection;
    if (policy === null || section === null) {
      const slot = index.slotOf(serial);
      policy ??= slot >= 0 ? index.policyAt(slot) : NO_POLICY;
      section ??= slot >= 0 ? index.sectionAt(slot) : NO_POLICY;
    }
    const item: ItemDraft = {
      serial,
      code,
      title: itemTitle,
      content,
      goal: cellText(goalCell?.text ?? ''),
      scheduleText: cellText(scheduleCell?.text ?? '', true),
      departmentsText: cellText(departmentsCell?.text ?? ''),
      // The context objects are never changed once made: the drafts share them.
      policy,
      section,
      line: line.number,
      source: rowSource,
      cells: new CellPlaces(titleAt, contentCell, goalCell, scheduleCell, departmentsCell),
    };
    state.last = { kind: 'item', item, layout };
    return item;
  };

  /** Notes a policy or section heading, with the cells after its first (`cells[0]`), as context for what follows. */
  const readHeadingRow = (heading: Heading, cells: Cell[], line: Line): void => {
    sawContent = true;
    if (phase === 'legend') phase = 'index';
    const inTable = phase === 'table';
    let target: Policy | Section;
    if (heading.kind === 'policy') {
      const policy = notePolicy(heading.number, heading.title, line);
      target = policy;
      const ctx = { number: policy.number, title: policy.title };
      if (inTable) {
        tablePolicy = ctx;
        tableSection = null;
      } else {
        indexPolicy = ctx;
        indexSection = NO_POLICY;
      }
      if (heading.section) {
        const section = noteSection(policy.number, heading.section.number, heading.section.title, line);
        target = section;
        const sctx = { number: section.number, title: section.title };
        if (inTable) tableSection = sctx;
        else indexSection = sctx;
      }
    } else {
      const policyNumber = (inTable ? tablePolicy : indexPolicy)?.number ?? 0;
      const section = noteSection(policyNumber, heading.number, heading.title, line);
      target = section;
      const sctx = { number: section.number, title: section.title };
      if (inTable) tableSection = sctx;
      else indexSection = sctx;
    }
    if (cells.length > 1) readHeadingCells(cells.slice(1), target, line);
    state.last = { kind: 'heading', target };
  };

  for (;;) {
    // Outside the table, the index's lines are passed over and read only when asked for.
    if (phase !== 'table') {
      const run = lines.skipMatch(PLAIN_INDEX_LINES);
      if (run) {
        index.addRun(run.start, run.end, run.number, indexPolicy, indexSection);
        phase = 'index';
        sawContent = true;
        continue;
      }
      // Blank lines, and the index's section headings as plain as `(2) title`, without splitting them.
      if (lines.skipMatch(BLANK_LINES)) {
        state.last = null;
        continue;
      }
      const plain = lines.nextMatch(PLAIN_SECTION_LINE);
      if (plain) {
        const [line, match] = plain;
        readHeadingRow({ kind: 'section', number: Number(match[1]!), title: match[2]!.trim() }, [], line);
        continue;
      }
    }
    const line = lines.next();
    if (line === null) break;
    if (firstCharCode(line.text) < 0) {
      state.last = null;
      continue;
    }
    const cells = splitCells(line);
    const serial = readSerial(cells[0]!.text);
    if (serial >= 0) {
      phase = 'table';
      sawContent = true;
      const complete = pending;
      pending = readItemRow(line, cells, serial);
      // Only the row just read can still be continued: the one before it is complete.
      if (complete) {
        tableItems.add(complete);
        yield complete;
      }
      continue;
    }
    const firstText = cells[0]!.text.trim();
    if (isTableHeader(cells)) {
      phase = 'table';
      state.last = null;
      continue;
    }
    if (phase !== 'table' && cells.length === 1 && firstText === '通し番号') {
      sawContent = true; // the index's header
      continue;
    }
    if (cells.length === 1 && LEGEND.test(firstText)) {
      phase = 'legend';
      sawContent = true;
      continue;
    }

    const indexLine = phase !== 'table' ? readIndexLine(cells) : null;
    if (indexLine) {
      phase = 'index';
      sawContent = true;
      index.add(indexLine, line.number, line.start, line.end, indexPolicy, indexSection);
      continue;
    }

    const heading = readHeading(cells[0]!.text);
    if (heading) {
      readHeadingRow(heading, cells, line);
      continue;
    }

    // A row whose first cell is empty continues the row above.
    const last = state.last;
    if (cells.length > 1 && firstText === '' && last) {
      if (last.kind === 'heading') {
        readHeadingCells(cells.slice(1), last.target, line);
      } else {
        const { item, layout } = last;
        const fields = ['content', 'goal', 'scheduleText', 'departmentsText'] as const;
        const extra: string[] = [];
        cells.forEach((cell, i) => {
          const t = cellText(cell.text);
          if (!t) return;
          const f = layout.indexOf(i);
          if (f < 0) extra.push(t);
          else item[fields[f]!] = item[fields[f]!] ? `${item[fields[f]!]}\n${t}` : t;
        });
        item.source = { start: item.source.start, end: line.end };
        if (extra.length > 0) {
          const shown = shortened(extra.join(' | '), QUOTED_ROW_LENGTH);
          warn(
            'unread-cell',
            `Line ${line.number} continues No.${item.serial}, but ${JSON.stringify(shown)} lies outside its columns and was not read.`,
            `${line.number}行目はNo.${item.serial}の続きですが、「${shown}」は列の外にあるため読んでいません。`,
            line,
            { start: line.start, end: line.end },
            item.serial,
          );
        }
      }
      continue;
    }

    if (phase === 'legend' && cells.length === 1) {
      const note = firstText.replace(/^[-・*]\s*/, '');
      if (/^[-・*※]/.test(firstText) || notes.length === 0) notes.push(note);
      else notes[notes.length - 1] += `\n${note}`;
      continue;
    }

    if (!title && !sawContent && cells.length === 1 && phase === 'index') {
      title = firstText;
      seen.title = title;
      continue;
    }
    unread(line);
  }

  if (pending) {
    tableItems.add(pending);
    yield pending;
  }

  // Index and table, checked against each other.
  const inTable = new Uint8Array(index.size);
  for (let k = 0; k < tableItems.size; k++) {
    const serial = tableItems.serialAt(k);
    const line = tableItems.lineAt(k);
    const slot = index.slotOf(serial);
    if (slot < 0) {
      if (index.size > 0)
        warn(
          'index-mismatch',
          `No.${serial} is not listed in the index.`,
          `No.${serial}は索引にありません。`,
          line,
          tableItems.sourceAt(k),
          serial,
        );
      continue;
    }
    inTable[slot] = 1;
    const code = tableItems.codeAt(k);
    if (!index.hasCode(slot, code)) {
      warn(
        'index-mismatch',
        `No.${serial}: the index gives code ${JSON.stringify(index.codeAt(slot))} (line ${index.lineAt(slot)}), the table ${JSON.stringify(code)}.`,
        `No.${serial}: 番号が、索引（${index.lineAt(slot)}行目）では「${index.codeAt(slot)}」、表では「${code}」です。`,
        line,
        tableItems.sourceAt(k),
        serial,
      );
    }
    const itemTitle = tableItems.titleAt(k);
    if (!index.hasTitle(slot, itemTitle)) {
      const indexTitle = index.titleAt(slot);
      if (!sameText(indexTitle, itemTitle))
        warn(
          'index-mismatch',
          `No.${serial}: the index titles it ${JSON.stringify(indexTitle)} (line ${index.lineAt(slot)}), the table ${JSON.stringify(itemTitle)}.`,
          `No.${serial}: 項目名が、索引（${index.lineAt(slot)}行目）では「${indexTitle}」、表では「${itemTitle}」です。`,
          line,
          tableItems.sourceAt(k),
          serial,
        );
    }
    const policy = index.policyAt(slot);
    const section = index.sectionAt(slot);
    const itemPolicy = tableItems.policyAt(k);
    const itemSection = tableItems.sectionAt(k);
    if (policy.number !== itemPolicy || section.number !== itemSection) {
      warn(
        'index-mismatch',
        `No.${serial}: the index places it in 実施方針${policy.number} (${section.number}) (line ${index.lineAt(slot)}), the table in 実施方針${itemPolicy} (${itemSection}).`,
        `No.${serial}: 索引（${index.lineAt(slot)}行目）では実施方針${policy.number}の(${section.number})、表では実施方針${itemPolicy}の(${itemSection})にあります。`,
        line,
        tableItems.sourceAt(k),
        serial,
      );
    }
  }
  const indexOnly: ItemDraft[] = [];
  for (let slot = 0; slot < index.size; slot++) {
    if (inTable[slot] === 1) continue;
    const entry = index.entry(slot);
    const source = { start: entry.start, end: entry.end };
    const draft: ItemDraft = {
      serial: entry.serial,
      code: entry.code,
      title: entry.title,
      content: '',
      goal: '',
      scheduleText: '',
      departmentsText: '',
      policy: { ...entry.policy },
      section: { ...entry.section },
      line: entry.line,
      source,
      cells: {},
      indexOnly: true,
    };
    indexOnly.push(draft);
    warn(
      'missing-row',
      `No.${entry.serial} ${entry.title} is listed in the index (line ${entry.line}) but has no row in the table: its content, goal, schedule and departments are empty.`,
      `No.${entry.serial} ${entry.title}は索引（${entry.line}行目）にありますが、表に行がありません。取組内容・目標・スケジュール・主務課は空です。`,
      entry.line,
      source,
      entry.serial,
    );
  }

  return {
    title,
    notes,
    policies: [...policies.values()],
    sections: [...sections.values()],
    // Each item was handed on as it was read.
    items: [],
    indexOnly,
    diagnostics,
    expected:
      'Expected the layout of a plan item list (取組項目一覧): index lines "code<TAB>title<TAB>No.N" or table rows of tab-separated cells starting with a serial "No.N" (通し番号, 項目, 取組内容, 目標, スケジュール, 主務課).',
    expectedJa:
      '取組項目一覧の形（「番号<TAB>項目名<TAB>No.N」の索引行か、通し番号「No.N」で始まるタブ区切りの表の行：通し番号、項目、取組内容、目標、スケジュール、主務課）を想定しています。',
  };
}
