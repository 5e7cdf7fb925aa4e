import type { Department, Diagnostic, Policy, Section, Source } from '../model/types.js';
import { cellText } from './cellText.js';
import { findTitleEnd } from './findTitleEnd.js';
import { parseDepartments } from './parseDepartments.js';
import type { ItemDraft, PlanDraft } from './planDraft.js';
import { readHeading } from './readHeading.js';
import { readReferences } from './readReferences.js';
import { splitCode } from './splitCode.js';

/** A serial cell: `No.13` (also `No 13`, `Ｎｏ．１３`). */
const SERIAL = /^\s*(?:No|NO|no|Ｎｏ|ＮＯ)\s*[.．]?\s*([0-9０-９]{1,9})\s*$/;
const LEGEND = /^\s*[<＜〈《]?\s*凡例\s*[>＞〉》]?\s*$/;
const TABLE_COLUMNS = ['通し番号', '項目', '取組内容', '目標', 'スケジュール', '主務課'];

interface Line {
  text: string;
  number: number;
  start: number;
  end: number;
}

interface Cell {
  text: string;
  source: Source;
}

interface IndexEntry {
  serial: number;
  code: string;
  title: string;
  line: number;
  source: Source;
  policy: { number: number; title: string };
  section: { number: number; title: string };
}

const NO_POLICY = { number: 0, title: '' };
const ASCII = /^[\x20-\x7e]*$/;
const comparable = (s: string): string => (ASCII.test(s) ? s : s.normalize('NFKC')).replace(/\s+/g, '');
const toNumber = (digits: string): number => Number(ASCII.test(digits) ? digits : digits.normalize('NFKC'));
/** The same text, but for width and white space. */
const sameText = (a: string, b: string): boolean => a === b || comparable(a) === comparable(b);
const preview = (s: string): string => (s.length > 200 ? `${s.slice(0, 200)}…` : s);

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let number = 1;
  // The next \n and \r at or after `start` (text.length when none), each searched again only once passed.
  let lf = -1;
  let cr = text.includes('\r') ? -1 : text.length;
  for (;;) {
    if (lf < start) lf = indexOrEnd(text, '\n', start);
    if (cr < start) cr = indexOrEnd(text, '\r', start);
    const end = Math.min(lf, cr);
    if (end === text.length) break;
    lines.push({ text: text.slice(start, end), number: number++, start, end });
    start = end === cr && text.charCodeAt(cr + 1) === 0x0a ? cr + 2 : end + 1;
  }
  lines.push({ text: text.slice(start), number, start, end: text.length });
  return lines;
}

const indexOrEnd = (text: string, char: string, from: number): number => {
  const found = text.indexOf(char, from);
  return found < 0 ? text.length : found;
};

function splitCells(line: Line): Cell[] {
  const cells: Cell[] = [];
  const text = line.text;
  let from = 0;
  for (;;) {
    const tab = text.indexOf('\t', from);
    const to = tab < 0 ? text.length : tab;
    cells.push({
      text: from === 0 && tab < 0 ? text : text.slice(from, to),
      source: { start: line.start + from, end: line.start + to },
    });
    if (tab < 0) return cells;
    from = tab + 1;
  }
}

const isBlank = (cells: Cell[]): boolean => cells.every((c) => c.text.trim() === '');
function isTableHeader(cells: Cell[]): boolean {
  if (cells.length < 3) return false;
  let named = 0;
  for (const c of cells) if (TABLE_COLUMNS.includes(c.text.trim()) && ++named >= 3) return true;
  return false;
}
const isItemRow = (cells: Cell[]): boolean => SERIAL.test(cells[0]?.text ?? '');
const isHeadingRow = (cells: Cell[]): boolean => readHeading(cells[0]?.text ?? '') !== null;

/** An index line: `code<TAB>title<TAB>No.N`. */
function readIndexLine(cells: Cell[]): { serial: number; code: string; title: string } | null {
  const filled = cells.filter((c) => c.text.trim() !== '');
  if (filled.length < 2) return null;
  const last = SERIAL.exec(filled.at(-1)!.text);
  if (!last) return null;
  const head = filled.slice(0, -1).map((c) => c.text.trim());
  const split = splitCode(head[0]!);
  if (!split) return null;
  const title = [split.title, ...head.slice(1)].filter((s) => s !== '').join(' ');
  return { serial: toNumber(last[1]!), code: split.code, title };
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
  const steps = readPlanTextSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link readPlanText} a row at a time: yields each item's draft as soon as
 * it is complete (when the next row begins; the last one when the table
 * ends), in document order, then returns the whole draft, which also holds
 * the items listed only in the index. Lets a reader show the first items of a
 * long plan before the rest is read.
 *
 * @param text - the decoded document
 * @returns a generator of the complete item drafts; its return value is the draft, for `assemblePlan`
 * @example
 * const steps = readPlanTextSteps(text);
 * steps.next().value.serial
 * //=> 1
 */
export function* readPlanTextSteps(text: string): Generator<ItemDraft, PlanDraft, undefined> {
  const lines = splitLines(text);
  const diagnostics: Diagnostic[] = [];
  const notes: string[] = [];
  const policies = new Map<number, Policy>();
  const sections = new Map<string, Section>();
  const index = new Map<number, IndexEntry>();
  const items: ItemDraft[] = [];
  let title = '';
  let phase: 'index' | 'legend' | 'table' = 'index';
  let sawContent = false;

  const warn = (
    code: string,
    message: string,
    line: Line | number,
    source: Source,
    serial?: number,
    severity: Diagnostic['severity'] = 'warning',
  ): void => {
    const number = typeof line === 'number' ? line : line.number;
    diagnostics.push(
      serial !== undefined
        ? { code, severity, message, source, serial, line: number }
        : { code, severity, message, source, line: number },
    );
  };
  const unread = (line: Line, why = 'could not be read as part of the plan'): void =>
    warn('unread-row', `Line ${line.number} ${why}: ${JSON.stringify(preview(line.text))}`, line, {
      start: line.start,
      end: line.end,
    });

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
    { kind: 'item'; item: ItemDraft; layout: number[] } | { kind: 'heading'; target: Policy | Section };
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
            line,
            cell.source,
          );
        }
        rest = '';
      }
      if (rest)
        warn(
          'unread-cell',
          `Line ${line.number}: ${JSON.stringify(preview(rest))} in a heading row was not read.`,
          line,
          cell.source,
        );
    }
  };

  const readItemRow = (startIndex: number, cells: Cell[]): number => {
    const line = lines[startIndex]!;
    const serial = toNumber(SERIAL.exec(cells[0]!.text)?.[1] ?? '0');
    let consumed = startIndex;
    // A line break inside a cell cuts the row: join the lines that complete it
    // (after the serial alone, the break separates cells).
    while (cells.length < 6 && consumed + 1 < lines.length) {
      const next = lines[consumed + 1]!;
      const nextCells = splitCells(next);
      if (isBlank(nextCells) || isItemRow(nextCells) || isTableHeader(nextCells) || isHeadingRow(nextCells))
        break;
      if (cells.length === 1) {
        cells.push(...nextCells);
      } else {
        const lastCell = cells.at(-1)!;
        lastCell.text += `\n${nextCells[0]!.text}`;
        lastCell.source = { start: lastCell.source.start, end: nextCells[0]!.source.end };
        cells.push(...nextCells.slice(1));
      }
      consumed++;
    }
    const rowSource = { start: line.start, end: lines[consumed]!.end };
    const entry = index.get(serial);
    const rest = cells.slice(1);
    const firstText = cellText(rest[0]?.text ?? '');
    const first = firstText.includes('\n') ? firstText.replace(/\n/g, ' ') : firstText;
    const split = splitCode(first);

    let code = '';
    let itemTitle = '';
    let content = '';
    let titleSource: Source | undefined = rest[0]?.source;
    let fieldCells: (Cell | undefined)[];
    let layout: number[]; // which cell of `cells` each of content, goal, schedule, departments came from

    if (split && split.title === '' && rest.length >= 6) {
      // Code and title in two cells (the seed's 7-column pages).
      code = split.code;
      itemTitle = cellText(rest[1]!.text).replace(/\n/g, ' ');
      titleSource = rest[1]!.source;
      fieldCells = rest.slice(2);
      layout = [3, 4, 5, 6];
    } else if (split && split.title === '') {
      // Code alone; the title runs into the content (No.15–19).
      code = split.code;
      const merged = cellText(rest[1]?.text ?? '');
      const end = entry ? findTitleEnd(merged, entry.title) : -1;
      if (end >= 0) {
        itemTitle = merged.slice(0, end).trim();
        content = merged.slice(end).trim();
      } else {
        const space = merged.search(/[\s]/);
        itemTitle = space < 0 ? merged : merged.slice(0, space);
        content = space < 0 ? '' : merged.slice(space).trim();
        warn(
          'title-split',
          `No.${serial}: the title runs into the content and ${entry ? "the index's title does not begin it" : 'the index does not list the item'}; the title was taken to end at the first space: ${JSON.stringify(itemTitle)}.`,
          line,
          rest[1]?.source ?? rowSource,
          serial,
        );
      }
      titleSource = rest[1]?.source;
      fieldCells = [undefined, ...rest.slice(2)];
      layout = [2, 3, 4, 5];
    } else if (split) {
      code = split.code;
      itemTitle = split.title;
      fieldCells = rest.slice(1);
      layout = [2, 3, 4, 5];
    } else {
      itemTitle = first;
      code = entry?.code ?? '';
      fieldCells = rest.slice(1);
      layout = [2, 3, 4, 5];
      warn(
        'no-code',
        entry
          ? `No.${serial}: the row gives no code before the title; the index's code ${JSON.stringify(entry.code)} was used.`
          : `No.${serial}: the row gives no code before the title and the index does not list the item.`,
        line,
        rest[0]?.source ?? rowSource,
        serial,
      );
    }

    const contentCell = fieldCells[0];
    const goalCell = fieldCells[1];
    const scheduleCell = fieldCells[2];
    const departmentsCell = fieldCells[3];
    const extra = fieldCells.length > 4 ? fieldCells.slice(4) : [];
    if (contentCell) content = cellText(contentCell.text);
    const needed = layout[3]! + 1;
    if (cells.length < needed) {
      warn(
        'short-row',
        `No.${serial}: the row has ${cells.length} cells where ${needed} were expected; the missing cells were read as empty.`,
        line,
        rowSource,
        serial,
      );
    }
    const extraText = extra.map((c) => c?.text.trim() ?? '').filter((t) => t !== '');
    if (extraText.length > 0) {
      warn(
        'unread-cell',
        `No.${serial}: cells past 主務課 were not read: ${JSON.stringify(preview(extraText.join(' | ')))}`,
        line,
        rowSource,
        serial,
      );
    }

    const policy = tablePolicy ?? entry?.policy ?? NO_POLICY;
    const section = tableSection ?? entry?.section ?? NO_POLICY;
    const item: ItemDraft = {
      serial,
      code,
      title: itemTitle,
      content,
      goal: cellText(goalCell?.text ?? ''),
      scheduleText: cellText(scheduleCell?.text ?? ''),
      departmentsText: cellText(departmentsCell?.text ?? ''),
      policy: { number: policy.number, title: policy.title },
      section: { number: section.number, title: section.title },
      line: line.number,
      source: rowSource,
      cells: {},
    };
    if (titleSource) item.cells.title = titleSource;
    if (contentCell) item.cells.content = contentCell.source;
    if (goalCell) item.cells.goal = goalCell.source;
    if (scheduleCell) item.cells.schedule = scheduleCell.source;
    if (departmentsCell) item.cells.departments = departmentsCell.source;
    items.push(item);
    state.last = { kind: 'item', item, layout };
    return consumed;
  };

  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    if (!/\S/.test(line.text)) {
      state.last = null;
      continue;
    }
    const cells = splitCells(line);
    if (isItemRow(cells)) {
      phase = 'table';
      sawContent = true;
      li = readItemRow(li, cells);
      // Only the row just read can still be continued: the one before it is complete.
      if (items.length > 1) yield items[items.length - 2]!;
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
      if (index.has(indexLine.serial)) {
        warn(
          'duplicate-serial',
          `No.${indexLine.serial} is listed twice in the index (first on line ${index.get(indexLine.serial)!.line}).`,
          line,
          { start: line.start, end: line.end },
          indexLine.serial,
        );
      } else {
        index.set(indexLine.serial, {
          serial: indexLine.serial,
          code: indexLine.code,
          title: indexLine.title,
          line: line.number,
          source: { start: line.start, end: line.end },
          policy: indexPolicy,
          section: indexSection,
        });
      }
      continue;
    }

    const heading = readHeading(cells[0]!.text);
    if (heading) {
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
      readHeadingCells(cells.slice(1), target, line);
      state.last = { kind: 'heading', target };
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
          warn(
            'unread-cell',
            `Line ${line.number} continues No.${item.serial}, but ${JSON.stringify(preview(extra.join(' | ')))} lies outside its columns and was not read.`,
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
      continue;
    }
    unread(line);
  }

  if (items.length > 0) yield items[items.length - 1]!;

  // Index and table, checked against each other.
  const inTable = new Map<number, ItemDraft>();
  for (const item of items) {
    if (!inTable.has(item.serial)) inTable.set(item.serial, item);
    const entry = index.get(item.serial);
    if (!entry) {
      if (index.size > 0)
        warn(
          'index-mismatch',
          `No.${item.serial} is not listed in the index.`,
          item.line,
          item.source,
          item.serial,
        );
      continue;
    }
    if (entry.code !== item.code) {
      warn(
        'index-mismatch',
        `No.${item.serial}: the index gives code ${JSON.stringify(entry.code)} (line ${entry.line}), the table ${JSON.stringify(item.code)}.`,
        item.line,
        item.source,
        item.serial,
      );
    }
    if (!sameText(entry.title, item.title)) {
      warn(
        'index-mismatch',
        `No.${item.serial}: the index titles it ${JSON.stringify(entry.title)} (line ${entry.line}), the table ${JSON.stringify(item.title)}.`,
        item.line,
        item.source,
        item.serial,
      );
    }
    if (entry.policy.number !== item.policy.number || entry.section.number !== item.section.number) {
      warn(
        'index-mismatch',
        `No.${item.serial}: the index places it in 実施方針${entry.policy.number} (${entry.section.number}) (line ${entry.line}), the table in 実施方針${item.policy.number} (${item.section.number}).`,
        item.line,
        item.source,
        item.serial,
      );
    }
  }
  for (const entry of index.values()) {
    if (inTable.has(entry.serial)) continue;
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
      source: entry.source,
      cells: {},
      indexOnly: true,
    };
    const at = items.findIndex((item) => item.serial > entry.serial);
    if (at < 0) items.push(draft);
    else items.splice(at, 0, draft);
    warn(
      'missing-row',
      `No.${entry.serial} ${entry.title} is listed in the index (line ${entry.line}) but has no row in the table: its content, goal, schedule and departments are empty.`,
      entry.line,
      entry.source,
      entry.serial,
    );
  }

  return {
    title,
    notes,
    policies: [...policies.values()],
    sections: [...sections.values()],
    items,
    diagnostics,
    expected:
      'Expected the layout of a plan item list (取組項目一覧): index lines "code<TAB>title<TAB>No.N" or table rows of tab-separated cells starting with a serial "No.N" (通し番号, 項目, 取組内容, 目標, スケジュール, 主務課).',
  };
}
