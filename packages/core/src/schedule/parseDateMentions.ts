import type { Diagnostic, Span } from '../model/types.js';
import { isLineBreak } from './chars.js';
import { clauseAround } from './clauseAround.js';
import { tidyLabel } from './buildLabel.js';
import { DiagnosticSink, ExpressionList } from './expressions.js';
import { resolveDates, type DateContext } from './resolveDates.js';
import { startContext, type ScheduleOptions } from './parseSchedule.js';
import { scanText } from './scanDates.js';
import { TextMarks } from './textMarks.js';
import { errorMessage } from '../model/errorMessage.js';

/** What {@link parseDateMentions} finds. */
export interface DateMentions {
  /** One span per dated mention, in text order; `source` is the clause, `label` its text. */
  spans: Span[];
  /** Era mismatches, absurd years and impossible dates found in the text. */
  diagnostics: Diagnostic[];
}

/** Words after a year that make it part of a law's number (平成21年条例第32号), not a date of the plan. */
const LAW_NUMBER = ['条例', '法律', '政令', '省令', '規則', '告示', '訓令'];

/** Whether a law's number word follows a year that ends at `end` (平成21年条例第32号). */
function beforeLawNumber(text: string, end: number): boolean {
  for (const word of LAW_NUMBER) if (text.startsWith(word, end)) return true;
  return false;
}

/** A year something is measured against follows: `2013年度比`, `2013年度と比べ`, `2013年度に比して`. */
const COMPARED_WITH = /^[とに]?比/;

/** Whether the date that ends at `end` is the year a change is measured against, not a time something happens. */
const beforeComparison = (text: string, end: number): boolean => COMPARED_WITH.test(text.slice(end, end + 2));

const byStart = (a: Diagnostic, b: Diagnostic): number => a.source.start - b.source.start;

// What reading one text needs, made once and started over for each text (reading never calls back
// into itself, and nothing read keeps them past a call). Most prose holds no date at all.
const SINK = new DiagnosticSink();
const FOUND = new ExpressionList();
const MARKS = new TextMarks();

function mentions(original: string, start: DateContext | null): DateMentions {
  const sink = SINK;
  const normal = scanText(original, sink, MARKS, FOUND);
  const expressions = FOUND.items;
  const count = FOUND.count;
  const spans: Span[] = [];
  let diagnostics: Diagnostic[] | null = null;
  let context = start;
  let scanned = 0;
  for (let k = 0; k < count; k++) {
    const x = expressions[k]!;
    // A month without a year is dated only by a date earlier on the same line (or the year written for).
    for (; scanned < x.start; scanned++) if (isLineBreak(normal.charCodeAt(scanned))) context = start;
    scanned = Math.max(scanned, x.end);
    if (x.type !== 'date') continue;
    if (beforeLawNumber(normal, x.end) || beforeComparison(normal, x.end)) continue;
    const resolved = resolveDates(x, normal, context, start === null ? null : start.year);
    if (resolved.diagnostics.length > 0) (diagnostics ??= []).push(...resolved.diagnostics);
    if (resolved.spans.length === 0) continue;
    context = resolved.context;
    const clause = clauseAround(normal, x.start, x.end);
    const label = tidyLabel(original.slice(clause.start, clause.end));
    for (const dates of resolved.spans) {
      spans.push({
        start: dates.start,
        end: dates.end,
        startFiscalYear: dates.startFiscalYear,
        endFiscalYear: dates.endFiscalYear,
        precision: dates.precision,
        approximate: x.approximate,
        label,
        source: { start: clause.start, end: clause.end },
      });
    }
  }
  // The sink's list is handed out only when it holds something: its next reset starts a new one then.
  const found = sink.list;
  return {
    spans,
    diagnostics: diagnostics
      ? [...found, ...diagnostics].sort(byStart)
      : found.length > 0
        ? found.sort(byStart)
        : [],
  };
}

/**
 * Finds the dated mentions in free prose, such as the 取組内容 and 目標 cells of a plan item:
 * `H28.10策定`, `2020(R2)年12月に策定した…`, `2025(R7)年度を目標年度として…`, `2024(R6)年度までに、…`.
 *
 * Every notation {@link parseSchedule} reads is read here too. Each mention becomes a span
 * labelled with its clause as written (`公立保育所再編計画（H28.10策定）`), whose `source` is that
 * clause; recurrences (`毎年度`) are no mentions, nor are the years of law numbers
 * (`平成21年条例第32号`) or a year a change is measured against (`2013年度比46%削減`,
 * `2013年度と比べ`). Diagnostics report era mismatches (`2020(R3)年時点` keeps 2020) and
 * absurd years, with `source` on the notation itself.
 *
 * Never throws; linear in the text's length; offsets are UTF-16 offsets into `text`.
 *
 * @param text - any prose
 * @param options - `fiscalYear`, the fiscal year the text is written for: a month written before any
 *   year on its line is in it (as `parseSchedule` reads one)
 * @returns the spans and diagnostics, in text order
 *
 * @example
 * parseDateMentions('公立保育所再編計画（H28.10策定）に基づき').spans
 * //=> [{ start: '2016-10-01', end: '2016-10-31', startFiscalYear: 2016, endFiscalYear: 2016,
 * //      precision: 'month', approximate: false, label: '公立保育所再編計画（H28.10策定）',
 * //      source: { start: 0, end: 19 } }]
 * parseDateMentions('2020(R3)年時点で').diagnostics[0].code
 * //=> 'era-mismatch'
 */
export function parseDateMentions(text: string, options?: ScheduleOptions): DateMentions {
  const original = typeof text === 'string' ? text : '';
  try {
    return mentions(original, startContext(options));
  } catch (error) {
    const why = errorMessage(error);
    return {
      spans: [],
      diagnostics: [
        {
          code: 'internal-error',
          severity: 'error',
          message: `Dates could not be read (${why})`,
          messageJa: `日付を読み取れませんでした（${why}）`,
          source: { start: 0, end: original.length },
        },
      ],
    };
  }
}
