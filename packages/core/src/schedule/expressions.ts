/**
 * The shapes the schedule scanner reads before they become {@link Span}s and
 * {@link Recurrence}s: one date as written ({@link DatePoint}), a date expression that joins
 * points into a range, a list or an open period ({@link DateExpression}), and a recurrence
 * ({@link RecurrenceExpression}). Internal to `schedule/`.
 *
 * @module
 */
import type { EraRecord } from '../era/resolveEra.js';
import type { Diagnostic, MonthRange } from '../model/types.js';

/** What a year number counts: 年度 (April–March), 年 (January–December), 年代 (ten years). */
export type YearUnit = 'fiscal' | 'calendar' | 'decade';

/**
 * A part of a year: 上半期 / 下半期 (前期 / 後期), 第N四半期, 年度当初, 年度末, the seasons 春, 夏, 秋, 冬, its
 * middle (半ば, 中頃, 中盤), its early part (早期, 早々, 序盤) and its late part (終盤).
 */
export type YearPart =
  | 'first-half'
  | 'second-half'
  | 'q1'
  | 'q2'
  | 'q3'
  | 'q4'
  | 'start'
  | 'end'
  | 'spring'
  | 'summer'
  | 'autumn'
  | 'winter'
  | 'middle'
  | 'early'
  | 'late';

/** A month counted from the date before it (`翌年3月`, `翌3月`, `同年9月`): a `'relative'` point of the calendar. */
export const isCountedMonth = (point: DatePoint): boolean =>
  point.kind === 'relative' && point.unit === 'calendar';

/**
 * Whether a part of a year is named only roughly, so that its months are a guide: a season (春 is March to
 * May, or April and May of a fiscal year), the middle (半ば, 中頃: September and October of a fiscal year),
 * the early part (早期, 序盤: its first three months) or the late part (終盤: its last three).
 */
export const isRoughPart = (part: YearPart | null): boolean =>
  part === 'spring' ||
  part === 'summer' ||
  part === 'autumn' ||
  part === 'winter' ||
  part === 'middle' ||
  part === 'early' ||
  part === 'late';

/** A part of a month: 上旬, 中旬, 下旬, 月末. */
export type MonthPart = 'early' | 'middle' | 'late' | 'end';

/** One date as written: `2021(R3)年度`, `R3.9`, `令和3年9月28日`, `10月`, the bare `19年度` of a range. */
export interface DatePoint {
  /** Offset of the first character of the notation. */
  start: number;
  /** Offset just past the notation. */
  end: number;
  /**
   * `year`: the year is known; `bare`: a number that needs the era (or century) of the other
   * end of its range or list (`19年度` in `平成17年度から19年度まで`); `month`: a month without a
   * year (`10月`), dated by its context; `relative`: a fiscal year counted from the date before it
   * (`翌年度`, `次年度`, `翌々年度`, `同年度`), dated by its context, or with `unit: 'calendar'` a month of a
   * calendar year so counted (`翌年3月`, `翌3月`, `同年9月`), dated by the point before it or its context;
   * `current`: a fiscal year counted from the one the text is written for (`今年度`, `本年度`, `来年度`, `再来年度`,
   * `昨年度`), dated by that year; `part`: a part of the year written alone as an entry's head (`上半期：…`, in
   * `yearPart`), dated by its context.
   */
  kind: 'year' | 'bare' | 'month' | 'relative' | 'current' | 'part';
  /** The Western year (for `kind: 'year'`). */
  year: number | null;
  /** The era the year was written in, carried to bare years after it. */
  era: EraRecord | null;
  /**
   * The bare number (for `kind: 'bare'`), or the years after the year it counts from (for `kind: 'relative'`,
   * 1 for 翌年度 and 翌年3月; for `kind: 'current'`, 1 for 来年度, -1 for 昨年度).
   */
  bare: number | null;
  /** How many digits the bare number has (`23` in `2021～23年度` completes to 2023). */
  bareDigits: number;
  /** 年度, 年 or 年代; `null` when not written (`平成17` in `平成17~平成21年度`). */
  unit: YearUnit | null;
  /** Both a Western and an era year were written: `2019(H31)`. */
  paired: boolean;
  /** Written with dots or slashes: `R3.9`, `2020.12.18`. */
  dotted: boolean;
  month: number | null;
  day: number | null;
  yearPart: YearPart | null;
  monthPart: MonthPart | null;
  /** 前半 / 後半 of a decade. */
  decadeHalf: 'first' | 'second' | null;
  /** What reading this point noticed (an era mismatch); points without share one empty list. */
  diagnostics: readonly Diagnostic[];
}

/** A date expression: one point, a range, a list, or a period open at one end. */
export interface DateExpression {
  type: 'date';
  /** Offset of the first character (including a leading 概ね or `～`). */
  start: number;
  /** Offset just past the last character (including 以降, `～`, まで, 目途, 頃, 予定). */
  end: number;
  /** `single`: one point; `range`: first～last; `open-end`: first～ / 以降 / から; `open-start`: ～last / まで; `list`: 令和元年度・2年度. */
  form: 'single' | 'range' | 'open-end' | 'open-start' | 'list';
  /** The points, in the order written (one for single and open forms, two for a range). */
  points: DatePoint[];
  /** The text hedged the date: 目途, おおむね, 概ね, 約, 頃, ごろ, 予定, 目安, 程度. */
  approximate: boolean;
  /**
   * A list only: its last item is a range from the last point but one to the last (`平成25、26～28年度`), or open
   * at its end (`令和3、5年度～`, `令和3、5年度以降`); absent when every item is one date.
   */
  lastForm?: 'range' | 'open-end';
}

/** A recurrence: 毎年度, 3年毎, 概ね5年ごと, 3年に1度, 3年~5年ごと. */
export interface RecurrenceExpression {
  type: 'recurrence';
  start: number;
  end: number;
  everyYears: number;
  everyYearsMax?: number;
  /** How many times a year, where more than once: 年2回, 毎月 (see `Recurrence.timesPerYear`). */
  timesPerYear?: number;
  /** Up to this many times a year: 年2～3回 → 3 (see `Recurrence.timesPerYearMax`). */
  timesPerYearMax?: number;
  approximate: boolean;
  /** When in each year it comes: 毎年度末, 毎年4月 (see `Recurrence.months`). */
  months?: MonthRange;
  /**
   * More times of the year written after `months`, joined by `と`, `、`, `・` or `及び` (`毎年6月と12月`: December):
   * each makes a recurrence of its own, alike but for its months.
   */
  moreMonths?: MonthRange[];
}

/** Anything the scanner reads. */
export type Expression = DateExpression | RecurrenceExpression;

/**
 * A list of expressions kept from text to text: the first {@link ExpressionList.count} items of
 * {@link ExpressionList.items} are the current text's (the rest are left from earlier texts).
 */
export class ExpressionList {
  readonly items: Expression[] = [];
  count = 0;
}

/** Collects diagnostics once per code and offset, whatever number of times a notation is read. */
export class DiagnosticSink {
  #seen: Set<string> | null = null;
  /** The diagnostics collected, in the order added (a new list after each {@link DiagnosticSink.reset}). */
  list: Diagnostic[] = [];

  add(diagnostic: Diagnostic): void {
    const key = `${diagnostic.code}:${diagnostic.source.start}:${diagnostic.source.end}`;
    this.#seen ??= new Set();
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.list.push(diagnostic);
  }

  /** Empties the sink for another text: {@link DiagnosticSink.list} is a new list (the old one is left as it is). */
  reset(): void {
    this.#seen = null;
    if (this.list.length > 0) this.list = [];
  }
}
