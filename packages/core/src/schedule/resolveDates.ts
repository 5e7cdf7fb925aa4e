import type { Diagnostic, MonthRange, Precision, Source, Span } from '../model/types.js';
import { lastDayOfMonth } from '../fiscal/lastDayOfMonth.js';
import { toIsoDate } from '../fiscal/toIsoDate.js';
import { isCountedMonth, type DateExpression, type DatePoint, type YearPart } from './expressions.js';
import { MAX_YEAR, quote } from './readDatePoint.js';

/** A day as the number `yyyymmdd` (2021-04-01 is 20210401): compared and keyed as it is. */
type Day = number;

const day = (y: number, m: number, d: number): Day => y * 10000 + m * 100 + d;
/** The calendar year of a day. */
const yearOfDay = (v: Day): number => (v / 10000) | 0;

/** The first and last day a point stands for. */
interface Interval {
  first: Day;
  last: Day;
  precision: Precision;
}

/**
 * The interval {@link pointInterval} found last: one record, overwritten by every call (copied
 * out before the next). Most expressions have one point or two, and their intervals need no objects.
 */
const found: Interval = { first: 0, last: 0, precision: 'day' };

/** Sets {@link found}; returns {@link FOUND}. */
function interval(first: Day, last: Day, precision: Precision): typeof FOUND {
  found.first = first;
  found.last = last;
  found.precision = precision;
  return FOUND;
}

// What pointInterval found: an interval (in `found`), a day the calendar lacks, or nothing datable.
const FOUND = 0;
const INVALID = 1;
const UNDATED = 2;

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
  /**
   * The fiscal year 翌年度 and 同年度 count from: the last fiscal year written as a year before them
   * (`2021年度：検討 翌年度：実施 翌々年度：運用` counts both from 2021); absent after a month or a calendar year.
   */
  from?: number;
}

/** Months `from`..`to` counted from January of `y` (13 = January of y+1). */
function months(y: number, from: number, to: number, precision: Precision): typeof FOUND {
  const fy = from > 12 ? y + 1 : y;
  const ty = to > 12 ? y + 1 : y;
  const fm = from > 12 ? from - 12 : from;
  const tm = to > 12 ? to - 12 : to;
  return interval(day(fy, fm, 1), day(ty, tm, lastDayOfMonth(ty, tm)), precision);
}

function monthInterval(
  y: number,
  m: number,
  d: number | null,
  part: DatePoint['monthPart'],
): typeof FOUND | typeof INVALID {
  const last = lastDayOfMonth(y, m);
  if (d !== null) {
    if (d > last) return INVALID;
    return interval(day(y, m, d), day(y, m, d), 'day');
  }
  switch (part) {
    case 'early':
      return interval(day(y, m, 1), day(y, m, 10), 'day');
    case 'middle':
      return interval(day(y, m, 11), day(y, m, 20), 'day');
    case 'late':
      return interval(day(y, m, 21), day(y, m, last), 'day');
    case 'end':
      return interval(day(y, m, last), day(y, m, last), 'day');
    default:
      return interval(day(y, m, 1), day(y, m, last), 'month');
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
  // A fiscal year's seasons: spring is the April and May it begins with; winter runs into the next calendar year.
  spring: [4, 5, 'month'],
  summer: [6, 8, 'month'],
  autumn: [9, 11, 'month'],
  winter: [12, 14, 'month'],
  // Its middle (半ば, 中頃): the turn of its halves, September and October.
  middle: [9, 10, 'month'],
  // Its early and late parts (早期, 終盤): roughly its first and last quarters, April to June and January to March.
  early: [4, 6, 'month'],
  late: [13, 15, 'month'],
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
  // A year's seasons as the weather counts them: its winter is December and the January and February after it.
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  winter: [12, 14],
  // Its middle: June and July.
  middle: [6, 7],
  // Its early and late parts: roughly its first and last quarters.
  early: [1, 3],
  late: [10, 12],
};

/**
 * The months of the calendar a part of a year covers (1–12; `from` after `to` runs over the new year): a
 * fiscal year's 末 is March, its 下半期 October to March; a calendar year's 冬 December to February.
 *
 * @param part - the part of the year
 * @param fiscal - of a fiscal year (April–March), else of a calendar year
 * @returns the months
 * @example
 * monthsOfPart('end', true); //=> { from: 3, to: 3 }
 */
export function monthsOfPart(part: YearPart, fiscal: boolean): MonthRange {
  const [from, to] = fiscal ? FISCAL_PARTS[part]! : CALENDAR_PARTS[part]!;
  return { from: ((from - 1) % 12) + 1, to: ((to - 1) % 12) + 1 };
}

/**
 * The calendar year 翌年3月 counts from: that of the point before it in its range or list (`previous`, its first
 * day), else the context's year (of a fiscal year, the year it starts in); `undefined` when there is neither.
 */
function calendarYearBefore(context: DateContext | null, previous: Day): number | undefined {
  return previous !== OPEN ? yearOfDay(previous) : context?.year;
}

/**
 * The days a point stands for (into {@link found}), {@link INVALID}, or {@link UNDATED} when it has no year (and no
 * context gives one). `previous` is the first day of the point before it in its range or list, or {@link OPEN}.
 */
function pointInterval(
  point: DatePoint,
  context: DateContext | null,
  base: number | null,
  previous: Day,
): number {
  let y = point.year;
  let unit = point.unit;
  if (point.kind === 'current') {
    // 来年度 counts from the year the text is written for; without one it stays undated.
    if (base === null) return UNDATED;
    y = base + point.bare!;
  } else if (isCountedMonth(point)) {
    // 翌年3月 counts from the calendar year of the date before it.
    const from = calendarYearBefore(context, previous);
    if (from === undefined) return UNDATED;
    y = from + point.bare!;
  } else if (point.kind === 'relative') {
    // 翌年度 counts from a fiscal year before it; after a month or a calendar year (which fiscal year would
    // 2021年2月 give?) it stays undated.
    if (context?.from === undefined) return UNDATED;
    y = context.from + point.bare!;
  } else if (point.kind === 'month') {
    if (!context) return UNDATED;
    y = context.fiscal && point.month! < 4 ? context.year + 1 : context.year;
    unit = 'calendar';
  } else if (point.kind === 'part') {
    // 上半期 after 2021年度 is that fiscal year's; after 2021年 or a month, that calendar year's.
    if (!context) return UNDATED;
    y = context.year;
    unit = context.fiscal ? 'fiscal' : 'calendar';
  }
  if (y === null || unit === null || y > MAX_YEAR) return UNDATED;
  if (unit === 'decade') {
    const from = point.decadeHalf === 'second' ? y + 5 : y;
    const to = point.decadeHalf === 'first' ? y + 4 : y + 9;
    if (to > 9999) return UNDATED;
    return interval(day(from, 1, 1), day(to, 12, 31), 'decade');
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
    return interval(day(y, 4, 1), day(y + 1, 3, 31), 'fiscal-year');
  }
  if (point.yearPart) {
    const [from, to] = CALENDAR_PARTS[point.yearPart]!;
    return months(y, from, to, 'month');
  }
  return interval(day(y, 1, 1), day(y, 12, 31), 'calendar-year');
}

/**
 * Whether a point {@link pointInterval} left undated lacked only a year to count from: a month with no date
 * before it, a year counted from a fiscal year (翌年度) with none before it, a month counted from the date before
 * it (翌年3月) with none, or a year counted from the year the text is for (来年度) with none given. (Other undated
 * points name a year beyond the calendar's, reported where it is read.)
 */
function needsYear(
  point: DatePoint,
  context: DateContext | null,
  base: number | null,
  previous: Day,
): boolean {
  if (point.kind === 'month' || point.kind === 'part') return context === null;
  if (isCountedMonth(point)) return calendarYearBefore(context, previous) === undefined;
  if (point.kind === 'relative') return context?.from === undefined;
  return point.kind === 'current' && base === null;
}

// ISO strings of the days spans start and end on (mostly April 1 and March 31), kept in a small
// table by day: a day found there costs no division and no string.
const ISO_SLOTS = 1024;
const ISO_DAYS = new Int32Array(ISO_SLOTS);
const ISO_STRINGS: string[] = new Array<string>(ISO_SLOTS).fill('');
function iso(v: Day): string {
  const slot = (v ^ (v >>> 10)) & (ISO_SLOTS - 1);
  if (ISO_DAYS[slot] === v) return ISO_STRINGS[slot]!;
  const text = toIsoDate(yearOfDay(v), ((v / 100) | 0) % 100, v % 100);
  ISO_DAYS[slot] = v;
  ISO_STRINGS[slot] = text;
  return text;
}

/** The fiscal year (April–March) holding a day: the same answer as `fiscalYearOf`, without reading an ISO string back. */
const fiscalYearOfDay = (v: Day): number => {
  const y = yearOfDay(v);
  return v % 10000 >= 401 ? y : y - 1;
};

const NO_DIAGNOSTICS: readonly Diagnostic[] = Object.freeze([]);

/** Open ends of spans are kept as this day (no day is 0). */
const OPEN = 0;

/**
 * What {@link resolveInto} makes of an expression: its spans as days (no objects), the context
 * for what follows, and diagnostics. One record is filled anew by each call, so that reading a
 * text's dates makes no objects but its spans.
 */
export class Resolution {
  /** How many spans (a list gives several; 0 when the expression cannot be dated). */
  count = 0;
  readonly #first: Day[] = [];
  readonly #last: Day[] = [];
  readonly #precision: Precision[] = [];
  /** The year a following month without a year is dated by. */
  context: DateContext | null = null;
  /** What resolving noticed; expressions without share one empty list. */
  diagnostics: readonly Diagnostic[] = NO_DIAGNOSTICS;
  /**
   * The point the expression could not be dated at, when it had no year and nothing gave one (`10月` with no
   * year before it, `翌年度` with no fiscal year, `来年度` with no year the text is for); else `null`.
   */
  yearless: DatePoint | null = null;

  /** Starts over (no spans) with this context, these diagnostics and this point without a year; returns the record. */
  reset(
    context: DateContext | null,
    diagnostics: readonly Diagnostic[],
    yearless: DatePoint | null = null,
  ): this {
    this.count = 0;
    this.context = context;
    this.diagnostics = diagnostics;
    this.yearless = yearless;
    return this;
  }

  /** Adds a span from the first day `first` to the last day `last` ({@link OPEN} for an open end). */
  add(first: Day, last: Day, precision: Precision): void {
    const k = this.count++;
    this.#first[k] = first;
    this.#last[k] = last;
    this.#precision[k] = precision;
  }

  /** The ISO date span `k` starts on, or `null` when it is open at its start. */
  start(k: number): string | null {
    const v = this.#first[k]!;
    return v === OPEN ? null : iso(v);
  }

  /** The ISO date span `k` ends on, or `null` when it is open at its end. */
  end(k: number): string | null {
    const v = this.#last[k]!;
    return v === OPEN ? null : iso(v);
  }

  startFiscalYear(k: number): number | null {
    const v = this.#first[k]!;
    return v === OPEN ? null : fiscalYearOfDay(v);
  }

  endFiscalYear(k: number): number | null {
    const v = this.#last[k]!;
    return v === OPEN ? null : fiscalYearOfDay(v);
  }

  precision(k: number): Precision {
    return this.#precision[k]!;
  }

  /**
   * Span `k` as the parser gives it: its dates, with `approximate`, `label` and `source` added (a new object).
   * Its fields are written out, not spread from {@link dates}: the span is made at once in its final shape,
   * with no object of the dates alone made first (a schedule reader makes one for every span it reads).
   */
  span(k: number, approximate: boolean, label: string, source: Source): Span {
    return {
      start: this.start(k),
      end: this.end(k),
      startFiscalYear: this.startFiscalYear(k),
      endFiscalYear: this.endFiscalYear(k),
      precision: this.precision(k),
      approximate,
      label,
      source,
    };
  }

  /** Span `k`'s dates, as an object. */
  dates(k: number): SpanDates {
    return {
      start: this.start(k),
      end: this.end(k),
      startFiscalYear: this.startFiscalYear(k),
      endFiscalYear: this.endFiscalYear(k),
      precision: this.precision(k),
    };
  }
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

function contextOf(point: DatePoint, context: DateContext | null, base: number | null): DateContext | null {
  if (point.kind === 'month' || point.kind === 'part') return context;
  // 来年度 is dated by the year the text is written for: what follows it, as after a year written as one.
  if (point.kind === 'current') return base === null ? null : yearContext(base + point.bare!, true, context);
  // 翌年3月 was dated (see pointInterval, whose interval is still in `found`): a month after it is in its year.
  if (isCountedMonth(point)) return yearContext(yearOfDay(found.first), false, context);
  if (point.kind === 'relative') {
    // It was dated (the context counts from a fiscal year): a month after it is in its year; a 翌々年度 after
    // it counts from the same year as it did.
    if (context === null || context.from === undefined) return null;
    const year = context.from + point.bare!;
    return context.year === year && context.fiscal ? context : { year, fiscal: true, from: context.from };
  }
  if (point.year === null || point.unit === null) return null;
  let year = point.year;
  let fiscal = point.unit === 'fiscal';
  if (point.month !== null) {
    if (fiscal && point.month < 4) year++;
    fiscal = false;
  }
  return yearContext(year, fiscal, context);
}

/** The context a year written as one gives: `context` when it says the same, else the one made for it. */
function yearContext(year: number, fiscal: boolean, context: DateContext | null): DateContext {
  // Contexts are values, made once each: the one in force is kept when it says the same.
  if (
    context !== null &&
    context.year === year &&
    context.fiscal === fiscal &&
    context.from === fromOf(year, fiscal)
  )
    return context;
  // One shape for all contexts (from is undefined on a calendar year's).
  return (CONTEXTS[year * 2 + (fiscal ? 1 : 0)] ??= { year, fiscal, from: fromOf(year, fiscal) });
}

/** What a context made from a year written as one counts 翌年度 from: itself when it is a fiscal year. */
const fromOf = (year: number, fiscal: boolean): number | undefined => (fiscal ? year : undefined);

/** The contexts made so far, by year and kind (years up to {@link MAX_YEAR} and one more). */
const CONTEXTS: (DateContext | undefined)[] = new Array((MAX_YEAR + 2) * 2).fill(undefined);

/**
 * Turns a date expression into the ISO dates and fiscal years of its spans: a fiscal year runs
 * April 1 to March 31, a range from the first day of its first end to the last day of its last
 * end, an open end is `null`. A month without a year (`10月`) is dated by `context`, as is a part of the year
 * written alone (`上半期：`, a part of the context's year), and so is a fiscal
 * year counted from the one before it (`翌年度`: from `context.from`; undated without one); one counted from
 * the year the text is written for (`来年度`) is dated by `base` (undated without one).
 *
 * Pure arithmetic on year, month and day: no `Date`, no time zone.
 *
 * @param expression - a date expression from the scanner
 * @param text - the normalised text it was read from (for diagnostic messages)
 * @param context - the date before it, for a month without a year or a year counted from it
 * @param base - the fiscal year the text is written for, if known (今年度 is it)
 * @returns the spans (empty when it cannot be dated), the context for what follows, and
 *   diagnostics (`'invalid-date'` for 2021年2月30日, `'reversed-range'` when the end comes first)
 */
export function resolveDates(
  expression: DateExpression,
  text: string,
  context: DateContext | null,
  base: number | null = null,
): ResolvedDates {
  const r = resolveInto(expression, text, context, new Resolution(), base);
  const spans: SpanDates[] = [];
  for (let k = 0; k < r.count; k++) spans.push(r.dates(k));
  return { spans, context: r.context, diagnostics: r.diagnostics };
}

/** The `'reversed-range'` warning for the range written at `start`–`end` of `text`, which ends before it starts. */
function reversedRange(text: string, start: number, end: number): Diagnostic {
  return {
    code: 'reversed-range',
    severity: 'warning',
    message: `${quote(text, start, end)} ends before it starts; read from the earlier date to the later`,
    messageJa: `${quote(text, start, end)}は終わりが始まりより前です。早い日付から遅い日付までとして読みます`,
    source: { start, end },
  };
}

/**
 * {@link resolveDates} into a record of the caller's: the same spans, context and diagnostics,
 * without objects for them.
 *
 * @param expression - a date expression from the scanner
 * @param text - the normalised text it was read from (for diagnostic messages)
 * @param context - the date before it, for a month without a year
 * @param out - the record to fill (its earlier content is dropped)
 * @param base - the fiscal year the text is written for, if known
 * @returns `out`
 */
export function resolveInto(
  expression: DateExpression,
  text: string,
  context: DateContext | null,
  out: Resolution,
  base: number | null = null,
): Resolution {
  const points = expression.points;
  // The first two intervals are kept in locals: only a list needs more, and most expressions have one.
  let aFirst = 0;
  let aLast = 0;
  let aPrecision: Precision = 'day';
  let bFirst = 0;
  let bLast = 0;
  let bPrecision: Precision = 'day';
  let more: Interval[] | null = null;
  let ctx = context;
  let previous: Day = OPEN;
  for (let k = 0; k < points.length; k++) {
    const point = points[k]!;
    const status = pointInterval(point, ctx, base, previous);
    if (status === INVALID) {
      return out.reset(context, [
        {
          code: 'invalid-date',
          severity: 'warning',
          message: `${quote(text, point.start, point.end)} names no day of the calendar; kept as text`,
          messageJa: `${quote(text, point.start, point.end)}は暦にない日付です。文字のまま残します`,
          source: { start: point.start, end: point.end },
        },
      ]);
    }
    if (status === UNDATED)
      return out.reset(context, NO_DIAGNOSTICS, needsYear(point, ctx, base, previous) ? point : null);
    if (k === 0) {
      aFirst = found.first;
      aLast = found.last;
      aPrecision = found.precision;
    } else if (k === 1) {
      bFirst = found.first;
      bLast = found.last;
      bPrecision = found.precision;
    } else {
      (more ??= []).push({ first: found.first, last: found.last, precision: found.precision });
    }
    ctx = contextOf(point, ctx, base);
    previous = found.first;
  }
  out.reset(ctx, NO_DIAGNOSTICS);
  if (points.length === 0) return out;
  switch (expression.form) {
    case 'range':
      if (bLast < aFirst) {
        out.diagnostics = [reversedRange(text, expression.start, expression.end)];
        out.add(bFirst, aLast, bPrecision);
      } else {
        out.add(aFirst, bLast, aPrecision);
      }
      break;
    case 'open-end':
      out.add(aFirst, OPEN, aPrecision);
      break;
    case 'open-start':
      out.add(OPEN, aLast, aPrecision);
      break;
    case 'list': {
      if (expression.lastForm === undefined) {
        out.add(aFirst, aLast, aPrecision);
        if (points.length > 1) out.add(bFirst, bLast, bPrecision);
        if (more) for (const i of more) out.add(i.first, i.last, i.precision);
        break;
      }
      // The last item is a range (平成25、26～28年度) or open at its end (令和3、5年度～): the items before it are dates.
      const all: Interval[] = [{ first: aFirst, last: aLast, precision: aPrecision }];
      if (points.length > 1) all.push({ first: bFirst, last: bLast, precision: bPrecision });
      if (more) all.push(...more);
      const n = all.length;
      const singles = expression.lastForm === 'range' && n > 1 ? n - 2 : n - 1;
      for (let k = 0; k < singles; k++) out.add(all[k]!.first, all[k]!.last, all[k]!.precision);
      const from = all[singles]!;
      const to = all[n - 1]!;
      if (singles === n - 1) {
        out.add(from.first, OPEN, from.precision);
      } else if (to.last < from.first) {
        out.diagnostics = [reversedRange(text, points[singles]!.start, expression.end)];
        out.add(to.first, from.last, to.precision);
      } else {
        out.add(from.first, to.last, from.precision);
      }
      break;
    }
    default:
      out.add(aFirst, aLast, aPrecision);
  }
  return out;
}
