import type { Diagnostic, Precision } from '../model/types.js';
import { lastDayOfMonth } from '../fiscal/lastDayOfMonth.js';
import { toIsoDate } from '../fiscal/toIsoDate.js';
import type { DateExpression, DatePoint } from './expressions.js';
import { MAX_YEAR, quote } from './readDatePoint.js';

/** A day as the number `yyyymmdd` (2021-04-01 is 20210401): compared and keyed as it is. */
type Day = number;

const day = (y: number, m: number, d: number): Day => y * 10000 + m * 100 + d;

/** The first and last day a point stands for. */
interface Interval {
  first: Day;
  last: Day;
  precision: Precision;
}

/** The dates of one span, before a label and a source are added. */
export interface SpanDates {
  start: string | null;
  end: string | null;
  startFiscalYear: number | null;
  endFiscalYear: number | null;
  precision: Precision;
}

/** The year a month without one is dated by: the year of the date before it. */
export interface DateContext {
  year: number;
  /** The year is a fiscal year (10月 of 2021年度 is 2021-10, 2月 of it is 2022-02). */
  fiscal: boolean;
}

/** Months `from`..`to` counted from January of `y` (13 = January of y+1). */
function months(y: number, from: number, to: number, precision: Precision): Interval {
  const fy = from > 12 ? y + 1 : y;
  const ty = to > 12 ? y + 1 : y;
  const fm = from > 12 ? from - 12 : from;
  const tm = to > 12 ? to - 12 : to;
  return { first: day(fy, fm, 1), last: day(ty, tm, lastDayOfMonth(ty, tm)), precision };
}

function monthInterval(
  y: number,
  m: number,
  d: number | null,
  part: DatePoint['monthPart'],
): Interval | 'invalid' {
  const last = lastDayOfMonth(y, m);
  if (d !== null) {
    if (d > last) return 'invalid';
    return { first: day(y, m, d), last: day(y, m, d), precision: 'day' };
  }
  switch (part) {
    case 'early':
      return { first: day(y, m, 1), last: day(y, m, 10), precision: 'day' };
    case 'middle':
      return { first: day(y, m, 11), last: day(y, m, 20), precision: 'day' };
    case 'late':
      return { first: day(y, m, 21), last: day(y, m, last), precision: 'day' };
    case 'end':
      return { first: day(y, m, last), last: day(y, m, last), precision: 'day' };
    default:
      return { first: day(y, m, 1), last: day(y, m, last), precision: 'month' };
  }
}

const FISCAL_PARTS: Record<string, [number, number, Precision]> = {
  'first-half': [4, 9, 'fiscal-half'],
  'second-half': [10, 15, 'fiscal-half'],
  q1: [4, 6, 'fiscal-quarter'],
  q2: [7, 9, 'fiscal-quarter'],
  q3: [10, 12, 'fiscal-quarter'],
  q4: [13, 15, 'fiscal-quarter'],
  start: [4, 4, 'month'],
  end: [15, 15, 'month'],
};

// A calendar year's halves and quarters have no precision of their own: they are whole months.
const CALENDAR_PARTS: Record<string, [number, number]> = {
  'first-half': [1, 6],
  'second-half': [7, 12],
  q1: [1, 3],
  q2: [4, 6],
  q3: [7, 9],
  q4: [10, 12],
  start: [1, 1],
  end: [12, 12],
};

/** The days a point stands for, or `null` when it has no year (and no context gives one). */
function pointInterval(point: DatePoint, context: DateContext | null): Interval | 'invalid' | null {
  let y = point.year;
  let unit = point.unit;
  if (point.kind === 'month') {
    if (!context) return null;
    y = context.fiscal && point.month! < 4 ? context.year + 1 : context.year;
    unit = 'calendar';
  }
  if (y === null || unit === null || y > MAX_YEAR) return null;
  if (unit === 'decade') {
    const from = point.decadeHalf === 'second' ? y + 5 : y;
    const to = point.decadeHalf === 'first' ? y + 4 : y + 9;
    if (to > 9999) return null;
    return { first: day(from, 1, 1), last: day(to, 12, 31), precision: 'decade' };
  }
  if (point.month !== null) {
    const calendarYear = unit === 'fiscal' && point.month < 4 ? y + 1 : y;
    return monthInterval(calendarYear, point.month, point.day, point.monthPart);
  }
  if (unit === 'fiscal') {
    if (point.yearPart) {
      const [from, to, precision] = FISCAL_PARTS[point.yearPart]!;
      return months(y, from, to, precision);
    }
    return { first: day(y, 4, 1), last: day(y + 1, 3, 31), precision: 'fiscal-year' };
  }
  if (point.yearPart) {
    const [from, to] = CALENDAR_PARTS[point.yearPart]!;
    return months(y, from, to, 'month');
  }
  return { first: day(y, 1, 1), last: day(y, 12, 31), precision: 'calendar-year' };
}

// ISO strings of the days spans start and end on (mostly April 1 and March 31): made once each,
// kept by year, then by month * 32 + day.
const ISO_BY_YEAR: (string[] | undefined)[] = new Array(10000);
function iso(v: Day): string {
  const y = (v / 10000) | 0;
  const m = ((v / 100) | 0) % 100;
  const d = v % 100;
  const row = (ISO_BY_YEAR[y] ??= []);
  return (row[m * 32 + d] ??= toIsoDate(y, m, d));
}

/** The fiscal year (April–March) holding a day: the same answer as `fiscalYearOf`, without reading an ISO string back. */
const fiscalYearOfDay = (v: Day): number => {
  const y = (v / 10000) | 0;
  return v % 10000 >= 401 ? y : y - 1;
};

function spanDates(first: Interval | null, last: Interval | null, precision: Precision): SpanDates {
  return {
    start: first ? iso(first.first) : null,
    end: last ? iso(last.last) : null,
    startFiscalYear: first ? fiscalYearOfDay(first.first) : null,
    endFiscalYear: last ? fiscalYearOfDay(last.last) : null,
    precision,
  };
}

/** What {@link resolveDates} makes of an expression. */
export interface ResolvedDates {
  /** One entry per span (a list gives several). */
  spans: SpanDates[];
  /** The year a following month without a year is dated by. */
  context: DateContext | null;
  /** What resolving noticed; expressions without share one empty list. */
  diagnostics: readonly Diagnostic[];
}

const NO_DIAGNOSTICS: readonly Diagnostic[] = Object.freeze([]);

function contextOf(point: DatePoint, context: DateContext | null): DateContext | null {
  if (point.kind === 'month') return context;
  if (point.year === null || point.unit === null) return null;
  let year = point.year;
  let fiscal = point.unit === 'fiscal';
  if (point.month !== null) {
    if (fiscal && point.month < 4) year++;
    fiscal = false;
  }
  // Contexts are values: the one in force is kept when it says the same.
  return context !== null && context.year === year && context.fiscal === fiscal ? context : { year, fiscal };
}

/**
 * Turns a date expression into the ISO dates and fiscal years of its spans: a fiscal year runs
 * April 1 to March 31, a range from the first day of its first end to the last day of its last
 * end, an open end is `null`. A month without a year (`10月`) is dated by `context`.
 *
 * Pure arithmetic on year, month and day: no `Date`, no time zone.
 *
 * @param expression - a date expression from the scanner
 * @param text - the normalised text it was read from (for diagnostic messages)
 * @param context - the date before it, for a month without a year
 * @returns the spans (empty when it cannot be dated), the context for what follows, and
 *   diagnostics (`'invalid-date'` for 2021年2月30日, `'reversed-range'` when the end comes first)
 */
export function resolveDates(
  expression: DateExpression,
  text: string,
  context: DateContext | null,
): ResolvedDates {
  let diagnostics = NO_DIAGNOSTICS;
  const points = expression.points;
  // The first two intervals are kept apart: only a list needs more, and most expressions have one.
  let a: Interval | null = null;
  let b: Interval | null = null;
  let more: Interval[] | null = null;
  let ctx = context;
  for (let k = 0; k < points.length; k++) {
    const point = points[k]!;
    const interval = pointInterval(point, ctx);
    if (interval === 'invalid') {
      diagnostics = [
        {
          code: 'invalid-date',
          severity: 'warning',
          message: `${quote(text, point.start, point.end)} names no day of the calendar; kept as text`,
          source: { start: point.start, end: point.end },
        },
      ];
      return { spans: [], context, diagnostics };
    }
    if (interval === null) return { spans: [], context, diagnostics };
    if (k === 0) a = interval;
    else if (k === 1) b = interval;
    else (more ??= []).push(interval);
    ctx = contextOf(point, ctx);
  }
  if (!a) return { spans: [], context: ctx, diagnostics };
  let spans: SpanDates[];
  switch (expression.form) {
    case 'range': {
      let first = a;
      let last = b!;
      if (last.last < first.first) {
        const { start, end } = expression;
        diagnostics = [
          {
            code: 'reversed-range',
            severity: 'warning',
            message: `${quote(text, start, end)} ends before it starts; read from the earlier date to the later`,
            source: { start, end },
          },
        ];
        [first, last] = [last, first];
      }
      spans = [spanDates(first, last, first.precision)];
      break;
    }
    case 'open-end':
      spans = [spanDates(a, null, a.precision)];
      break;
    case 'open-start':
      spans = [spanDates(null, a, a.precision)];
      break;
    case 'list': {
      spans = [spanDates(a, a, a.precision)];
      if (b) spans.push(spanDates(b, b, b.precision));
      if (more) for (const interval of more) spans.push(spanDates(interval, interval, interval.precision));
      break;
    }
    default:
      spans = [spanDates(a, a, a.precision)];
  }
  return { spans, context: ctx, diagnostics };
}
