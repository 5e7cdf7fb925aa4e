import type { Diagnostic, PlanItem, Source, Span } from '../model/types.js';
import { parseDateMentions } from '../schedule/parseDateMentions.js';
import { parseSchedule, type ScheduleOptions } from '../schedule/parseSchedule.js';
import { parseDepartments } from './parseDepartments.js';
import type { ItemDraft } from './planDraft.js';
import { readReferences } from './readReferences.js';
import { readTargets } from './readTargets.js';
import { shortened } from '../text/shortened.js';

const shift = (span: Span, by: number): Span => ({
  ...span,
  source: { start: span.source.start + by, end: span.source.end + by },
});

/** How much of a long cell a message quotes. */
const QUOTED_CELL_LENGTH = 80;

/** The column a schedule's diagnostics are lifted from, as their messages name it. */
export const SCHEDULE_COLUMN = 'スケジュール';

/**
 * The message of a diagnostic found in one cell of an item, as the plan lists it: the item's serial and
 * the cell's column before the message the cell's reader gave.
 *
 * @param serial - the item's serial
 * @param column - the column's name (`スケジュール`, `取組内容`, `目標`, `項目`)
 * @param message - the reader's message
 * @returns the message the plan lists
 * @example
 * liftedMessage(13, '取組内容', '「2020(R3)年」: 令和3年 is 2021, not 2020')
 * //=> 'No.13 取組内容: 「2020(R3)年」: 令和3年 is 2021, not 2020'
 */
export function liftedMessage(serial: number, column: string, message: string): string {
  return `No.${serial} ${column}: ${message}`;
}

/**
 * Adds the diagnostics a cell's reader gave to an item's: with the item's serial and line, the column
 * named in their messages, pointing at the cell (at the row when the cell's place is not known).
 */
function liftInto(
  diagnostics: Diagnostic[],
  draft: ItemDraft,
  from: readonly Diagnostic[],
  column: string,
  source: Source | undefined,
): void {
  for (const d of from) {
    diagnostics.push({
      code: d.code,
      severity: d.severity,
      message: liftedMessage(draft.serial, column, d.message),
      messageJa: liftedMessage(draft.serial, column, d.messageJa ?? d.message),
      source: source ?? draft.source,
      serial: draft.serial,
      line: draft.line,
    });
  }
}

/** An item built from its draft, and the diagnostics that belong to it. */
export interface BuiltItem {
  item: PlanItem;
  diagnostics: Diagnostic[];
}

/**
 * Turns one drafted row into a {@link PlanItem}: its schedule, departments,
 * references, numeric targets and dated mentions, and the diagnostics that
 * belong to it, each carrying the item's serial and line.
 *
 * - `schedule` is `parseSchedule(scheduleText)`; its diagnostics (an era
 *   mismatch inside the schedule) are lifted to the plan.
 * - `mentions` are the dated mentions of the content and the goal; their
 *   sources are offsets into `content + '\n' + goal`. What reading them
 *   noticed (the seed's No.13 `2020(R3)年時点`) is lifted too, as is what
 *   reading the title noticed.
 * - `references` are the 【】 plan references of the content and the goal;
 *   the texts keep them as written.
 * - `targets` come from the goal; a target's `by.source` is an offset into the goal.
 * - `'undated'` (info) when the schedule holds neither a span nor a
 *   recurrence; `'no-department'` (warning) when 主務課 names none, `'no-lead'`
 *   (warning) when it names departments but marks none as the lead (◎). An item
 *   listed only in a plan's index is already reported as such and gets neither.
 *
 * Lifted diagnostics point at the cell they came from in the plan's input
 * (`source`), name the column in their message, and keep their code and severity.
 *
 * @param draft - the row, as a reader drafted it
 * @param options - `fiscalYear`, the fiscal year the plan is for (see `parseSchedule`)
 * @returns the item and its diagnostics
 */
export function buildItem(draft: ItemDraft, options?: ScheduleOptions): BuiltItem {
  const diagnostics: Diagnostic[] = [];
  const schedule = parseSchedule(draft.scheduleText, options);
  const inContent = parseDateMentions(draft.content, options);
  const inGoal = parseDateMentions(draft.goal, options);
  // A cell's place is asked for only when there is something to point at in it.
  const inTitle = parseDateMentions(draft.title, options).diagnostics;
  if (inTitle.length > 0) liftInto(diagnostics, draft, inTitle, '項目', draft.cells.title);
  if (schedule.diagnostics.length > 0)
    liftInto(diagnostics, draft, schedule.diagnostics, SCHEDULE_COLUMN, draft.cells.schedule);
  if (inContent.diagnostics.length > 0)
    liftInto(diagnostics, draft, inContent.diagnostics, '取組内容', draft.cells.content ?? draft.cells.title);
  if (inGoal.diagnostics.length > 0)
    liftInto(diagnostics, draft, inGoal.diagnostics, '目標', draft.cells.goal);

  const departments = parseDepartments(draft.departmentsText);
  // Each list holds a reference once; they are merged only when both have some.
  const inContentReferences = readReferences(draft.content);
  const inGoalReferences = readReferences(draft.goal);
  const references =
    inGoalReferences.length === 0
      ? inContentReferences
      : inContentReferences.length === 0
        ? inGoalReferences
        : [...inContentReferences, ...inGoalReferences].filter((r, i, all) => all.indexOf(r) === i);
  const dash = draft.code.lastIndexOf('-');

  const targets = readTargets(draft.goal, inGoal.spans);
  const mentions =
    inGoal.spans.length === 0
      ? inContent.spans
      : [...inContent.spans, ...inGoal.spans.map((s) => shift(s, draft.content.length + 1))];
  const policy = { number: draft.policy.number, title: draft.policy.title };
  const section = { number: draft.section.number, title: draft.section.title };
  // Written out whole, in the order JSON writes the fields, with or without the optional
  // parentCode: one object with its fields in place (added one by one, they would be moved to
  // a store of their own that grows again and again; an object spread would cost more still).
  const item: PlanItem =
    dash > 0
      ? {
          serial: draft.serial,
          code: draft.code,
          parentCode: draft.code.slice(0, dash),
          title: draft.title,
          content: draft.content,
          goal: draft.goal,
          scheduleText: draft.scheduleText,
          schedule,
          departments,
          policy,
          section,
          references,
          targets,
          mentions,
          line: draft.line,
        }
      : {
          serial: draft.serial,
          code: draft.code,
          title: draft.title,
          content: draft.content,
          goal: draft.goal,
          scheduleText: draft.scheduleText,
          schedule,
          departments,
          policy,
          section,
          references,
          targets,
          mentions,
          line: draft.line,
        };

  if (!draft.indexOnly) {
    if (schedule.spans.length === 0 && schedule.recurrences.length === 0) {
      diagnostics.push({
        code: 'undated',
        severity: 'info',
        message: draft.scheduleText
          ? `No.${draft.serial} スケジュール: no date or period in ${JSON.stringify(shortened(draft.scheduleText, QUOTED_CELL_LENGTH))}; the item cannot be placed on a timeline.`
          : `No.${draft.serial} スケジュール: empty; the item cannot be placed on a timeline.`,
        messageJa: draft.scheduleText
          ? `No.${draft.serial} スケジュール: 「${shortened(draft.scheduleText, QUOTED_CELL_LENGTH)}」に日付も期間もありません。年表に置けません。`
          : `No.${draft.serial} スケジュール: 空欄です。年表に置けません。`,
        source: draft.cells.schedule ?? draft.source,
        serial: draft.serial,
        line: draft.line,
      });
    }
    if (departments.length === 0) {
      diagnostics.push({
        code: 'no-department',
        severity: 'warning',
        message: `No.${draft.serial} 主務課: no department is named${draft.departmentsText ? ` in ${JSON.stringify(draft.departmentsText)}` : ''}.`,
        messageJa: draft.departmentsText
          ? `No.${draft.serial} 主務課: 「${draft.departmentsText}」から担当課を読み取れません。`
          : `No.${draft.serial} 主務課: 担当課の記載がありません。`,
        source: draft.cells.departments ?? draft.source,
        serial: draft.serial,
        line: draft.line,
      });
    } else if (!departments.some((d) => d.role === 'primary')) {
      const names = departments.map((d) => d.name);
      diagnostics.push({
        code: 'no-lead',
        severity: 'warning',
        message: `No.${draft.serial} 主務課: no department is marked as the lead (◎); ${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} marked as participating (○).`,
        messageJa: `No.${draft.serial} 主務課: 主担当（◎）の組織がありません。「${draft.departmentsText}」はどれも取組組織（○）です。`,
        source: draft.cells.departments ?? draft.source,
        serial: draft.serial,
        line: draft.line,
      });
    }
  }
  return { item, diagnostics };
}
