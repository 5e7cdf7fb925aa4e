import type { Diagnostic, Plan } from '../model/types.js';
import { diagnosticMessage } from '../model/diagnosticMessage.js';
import type { LintLang } from './parseCliArgs.js';
import { liftedMessage, SCHEDULE_COLUMN } from '../plan/buildItem.js';
import type { PlanLines } from './jsonPlanLines.js';

/** What {@link lintPlan} found. */
export interface LintReport {
  /** One line per diagnostic, compiler style: `plan.txt:121: warning era-mismatch: …`. */
  lines: string[];
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * The line with its control characters written out (`\u001b`): a plan's text must not steer the terminal it is
 * printed in (escape sequences retitle it, recolour it, or write to its clipboard). Tabs stay.
 */
const printable = (line: string): string =>
  line.replace(
    /[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/**
 * Lists a plan's diagnostics the way compilers print them, `file:line: severity code: message`,
 * in line order. The plan's own diagnostics come first-hand; those of an item's schedule that
 * the plan does not already list (same code, serial and message, as it is or as `parsePlan` lists it:
 * `No.13 スケジュール: …`) are added at the item's line (a plan from JSON may list none of them).
 *
 * @param plan - a plan as `parsePlan` returns it
 * @param fileName - the name to print (`<stdin>` for standard input)
 * @param lang - the messages' language: `'en'` (default) or `'ja'` (each diagnostic's `messageJa`)
 * @param lines - where the file holds the plan's items and diagnostics, when their own lines are not the file's
 *   (a plan written as JSON: see `jsonPlanLines`); a diagnostic that names an item is put at the item
 * @returns the lines and the counts per severity
 *
 * @example
 * lintPlan(parsePlan(seedText), 'seeds/000_247872b8d3084b37.txt').lines[0]
 * //=> 'seeds/000_247872b8d3084b37.txt:121: warning era-mismatch: No.13 取組内容: 「2020(R3)年」: 令和3年 is 2021, not 2020; the Western year 2020 is kept'
 * lintPlan(parsePlan(seedText), 'seeds/000_247872b8d3084b37.txt', 'ja').lines[0]
 * //=> 'seeds/000_247872b8d3084b37.txt:121: warning era-mismatch: No.13 取組内容: 「2020(R3)年」: 令和3年は2021年で、2020年ではありません。西暦の2020年として読みます'
 */
export function lintPlan(plan: Plan, fileName: string, lang: LintLang = 'en', lines?: PlanLines): LintReport {
  const all: Diagnostic[] = lines
    ? plan.diagnostics.map((d, index) => ({
        ...d,
        line: (d.serial === undefined ? undefined : lines.item(d.serial)) ?? lines.diagnostic(index),
      }))
    : [...plan.diagnostics];
  const seen = new Set(all.map((d) => `${d.code}\u0000${d.serial ?? ''}\u0000${d.message}`));
  for (const item of plan.items) {
    for (const d of item.schedule.diagnostics) {
      const key = `${d.code}\u0000${item.serial}\u0000${d.message}`;
      // parsePlan lists it with the item's serial and column before its message.
      const lifted = `${d.code}\u0000${item.serial}\u0000${liftedMessage(item.serial, SCHEDULE_COLUMN, d.message)}`;
      if (seen.has(key) || seen.has(lifted)) continue;
      seen.add(key);
      const line = lines ? lines.item(item.serial) : (d.line ?? item.line);
      all.push({ ...d, serial: d.serial ?? item.serial, line });
    }
  }
  const ordered = all
    .map((d, index) => ({ d, index }))
    .sort((a, b) => (a.d.line ?? 0) - (b.d.line ?? 0) || a.index - b.index)
    .map(({ d }) => d);
  const printed = ordered.map((d) => {
    const where = d.line !== undefined && d.line > 0 ? `${fileName}:${d.line}` : fileName;
    const message = diagnosticMessage(d, lang);
    const serial = d.serial !== undefined && !message.includes(`No.${d.serial}`) ? `No.${d.serial}: ` : '';
    return printable(`${where}: ${d.severity} ${d.code}: ${serial}${message.replace(/\s*[\r\n]+\s*/g, ' ')}`);
  });
  const count = (severity: Diagnostic['severity']): number =>
    ordered.filter((d) => d.severity === severity).length;
  return { lines: printed, errors: count('error'), warnings: count('warning'), infos: count('info') };
}

/** `1 warning`, `2 warnings`. */
const counted = (n: number, one: string): string => `${n} ${n === 1 ? one : `${one}s`}`;

/**
 * The line `plan-timeline lint` ends with: how many items the plan has and how many
 * diagnostics of each severity were listed, in the messages' language.
 *
 * @param items - the plan's item count
 * @param report - what {@link lintPlan} found
 * @param lang - `'en'` (default) or `'ja'`
 * @returns the line, without a line break
 *
 * @example
 * lintSummary(54, { lines: [], errors: 0, warnings: 1, infos: 2 })
 * //=> '54 items; 0 errors, 1 warning, 2 notes'
 * lintSummary(54, { lines: [], errors: 0, warnings: 1, infos: 2 }, 'ja')
 * //=> '54項目：エラー0件、警告1件、情報2件'
 */
export function lintSummary(items: number, report: LintReport, lang: LintLang = 'en'): string {
  const { errors, warnings, infos } = report;
  if (lang === 'ja') return `${items}項目：エラー${errors}件、警告${warnings}件、情報${infos}件`;
  return `${counted(items, 'item')}; ${counted(errors, 'error')}, ${counted(warnings, 'warning')}, ${counted(infos, 'note')}`;
}
