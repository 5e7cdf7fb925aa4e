import type { MonthRange } from '../model/types.js';
import {
  ByCodeUnit,
  COUNTER_KA,
  hedgeAfter,
  hedgeBefore,
  isAsciiDigit,
  isCloseParen,
  isCounterKa,
  isOpenParen,
  isRangeDash,
  karaAt,
  skipInlineBlanks,
  wordAt,
  wordMatcher,
} from './chars.js';
import type { RecurrenceExpression } from './expressions.js';
import { mayStartYearPart, monthAt, pastNo, readYearPart } from './readDatePoint.js';
import { isKanjiNumeral, lastNumeral, numeralAt } from './readNumeral.js';
import { monthsOfPart } from './resolveDates.js';

/** The year a yearly word counts in, so that a time of year after it reads: 毎年度末 is March, 毎年末 December. */
type YearKind = 0 | 1 | 2;
const NONE = 0;
const FISCAL = 1;
const CALENDAR = 2;

const SUFFIX_MARKERS = ['目安', '目途', '程度', 'めど'];
const EVERY = ['ごと', '毎', '周期'];
const ONCE = ['に1度', 'に一度', 'に1回', 'に一回', '1度', '一度', '1回', '一回'];
/**
 * The words that say every year, every other year, or more often: the word, its years, the year it counts in, and
 * how many times a year.
 */
const YEARLY: readonly [string, number, YearKind, number][] = [
  ['毎会計年度', 1, FISCAL, 1],
  ['毎年度', 1, FISCAL, 1],
  ['毎年', 1, CALENDAR, 1],
  ['毎月', 1, NONE, 12],
  ['毎週', 1, NONE, 52],
  ['毎日曜日', 1, NONE, 52],
  ['毎日曜', 1, NONE, 52],
  ['毎日', 1, NONE, 365],
  ['毎四半期', 1, NONE, 4],
  ['毎半期', 1, NONE, 2],
  ['各年度', 1, FISCAL, 1],
  ['各四半期', 1, NONE, 4],
  ['各半期', 1, NONE, 2],
  ['各月', 1, NONE, 12],
  ['隔年度', 2, FISCAL, 1],
  ['隔年', 2, CALENDAR, 1],
  ['隔月', 1, NONE, 6],
  ['隔週', 1, NONE, 26],
  ['年度ごと', 1, FISCAL, 1],
  ['年度毎', 1, FISCAL, 1],
  ['年に1度', 1, NONE, 1],
  ['年に一度', 1, NONE, 1],
  ['年に1回', 1, NONE, 1],
  ['年に一回', 1, NONE, 1],
  ['年1回', 1, NONE, 1],
  ['年1度', 1, NONE, 1],
];

/** か月 and its spellings: after a number, a count of months (`3か月ごと`, `6ヶ月毎`). */
const monthsWord = wordMatcher([...COUNTER_KA].map((ka) => `${ka}月`));
const suffixMarker = wordMatcher(SUFFIX_MARKERS);
/** In brackets of its own after a recurrence, （予定） hedges it too (`毎年度（予定）：相談`); 予定 alone does not. */
const bracketedMarker = wordMatcher([...SUFFIX_MARKERS, '予定']);
const everyWord = wordMatcher(EVERY);
const onceWord = wordMatcher(ONCE);

/** A small count of years (1–99) at `p`: where it ends (its value in `lastNumeral`), or -1. */
function countAt(text: string, p: number): number {
  const end = numeralAt(text, p);
  return end < 0 || lastNumeral.huge || lastNumeral.value < 1 || lastNumeral.value > 99 ? -1 : end;
}

const YEAR = 0x5e74; // 年
const HALF = 0x534a; // 半
const KI = 0x671f; // 期

/** `年毎`, `年ごと`, `年に1度`, `年周期`, `年度ごと` after a count of years: where it ends, or -1. */
function readEveryTail(text: string, p: number): number {
  if (text.charCodeAt(p) !== YEAR) return -1;
  return everyOrOnce(text, text.charCodeAt(p + 1) === 0x5ea6 /* 度 */ ? p + 2 : p + 1);
}

/** `ごと`, `毎`, `周期`, `に1度`, `に1回` (after a count of years or months): where it ends, or -1. */
function everyOrOnce(text: string, p: number): number {
  const every = everyWord(text, p);
  if (every) return p + every.length;
  const once = onceWord(text, p);
  return once ? p + once.length : -1;
}

/** `か月ごと`, `ヶ月毎`, `か月に1回` after a count of months that divides a year: where it ends, or -1. */
function readMonthsTail(text: string, p: number, months: number): number {
  const word = 12 % months === 0 ? monthsWord(text, p) : null;
  return word ? everyOrOnce(text, p + word.length) : -1;
}

/**
 * A part of a year that work comes once in (`半期`, `半年`: 2 a year; `四半期`: 4) at `p`: its times a year, or 0.
 * Its end is `p` + 2 for 半期 and 半年, `p` + 3 for 四半期.
 */
function partsOfYearAt(text: string, p: number): number {
  const c = text.charCodeAt(p);
  if (c === HALF) {
    const next = text.charCodeAt(p + 1);
    return next === KI || next === YEAR ? 2 : 0;
  }
  return c === 0x56db /* 四 */ && text.charCodeAt(p + 1) === HALF && text.charCodeAt(p + 2) === KI ? 4 : 0;
}

/**
 * Work once or N times in each part of a year at `i` (`半期ごと`, `半年に1回`, `四半期毎`, `四半期に2回`): where it ends
 * (the times a year in {@link coreRead}), or -1.
 */
function readEveryPart(text: string, i: number): number {
  const parts = partsOfYearAt(text, i);
  if (parts === 0) return -1;
  const p = i + (parts === 2 ? 2 : 3);
  const once = everyOrOnce(text, p);
  if (once >= 0) return core(1, 0, once, NONE, parts);
  const counted = timesAt(text, text.charCodeAt(p) === 0x306b /* に */ ? p + 1 : p);
  return counted >= 0 ? core(1, 0, counted, NONE, parts * timesRead.count, parts * timesRead.max) : -1;
}

/** The yearly words by first character, in the order they are tried. */
const YEARLY_BY_FIRST = new ByCodeUnit(YEARLY, (entry) => entry[0].charCodeAt(0));

/** What {@link readCore} read last: one record, overwritten by every call that reads a recurrence. */
const coreRead = { everyYears: 0, everyYearsMax: 0, year: NONE as YearKind, times: 1, timesMax: 1, end: 0 };

/**
 * Sets {@link coreRead} (`max` 0: no range of years; `timesMax` above `times`: a range of times, `年2～3回`); returns
 * `end`.
 */
function core(
  everyYears: number,
  max: number,
  end: number,
  year: YearKind = NONE,
  times = 1,
  timesMax = times,
): number {
  coreRead.everyYears = everyYears;
  coreRead.everyYearsMax = max;
  coreRead.year = year;
  coreRead.times = times;
  coreRead.timesMax = timesMax;
  coreRead.end = end;
  return end;
}

/** What {@link timesAt} read last: the count, and the larger count of a range (`2～3回`; else the same). */
const timesRead = { count: 0, max: 0 };

/**
 * `N回` or `N度` at `p`, N from 1 to 99 (`2回`, `二回`; not a count of which time, `2回目`), or a range of such counts
 * (`2～3回`, `2、3回`, `2から3回`): where it ends (the counts in {@link timesRead}), or -1.
 */
function timesAt(text: string, p: number): number {
  // Most often no number follows (毎年度、…): looked at once before the count is read.
  const first = text.charCodeAt(p);
  if (!isAsciiDigit(first) && !isKanjiNumeral(first)) return -1;
  let end = countAt(text, p);
  if (end < 0) return -1;
  const count = lastNumeral.value;
  let max = count;
  let c = text.charCodeAt(end);
  const more = isRangeDash(c) || c === 0x3001 /* 、 */ ? end + 1 : karaAt(text, end) ? end + 2 : -1;
  if (more >= 0) {
    const last = countAt(text, more);
    if (last < 0 || lastNumeral.value <= count) return -1;
    max = lastNumeral.value;
    end = last;
    c = text.charCodeAt(end);
  }
  if ((c !== 0x56de /* 回 */ && c !== 0x5ea6) /* 度 */ || text.charCodeAt(end + 1) === 0x76ee /* 目 */)
    return -1;
  timesRead.count = count;
  timesRead.max = max;
  return end + 1;
}

/** Whether a unit after this character is counted (`3か月`, `2ヶ月`, `十月`, `2週`): a number or a counter's か. */
function isCounted(code: number): boolean {
  return isAsciiDigit(code) || isKanjiNumeral(code) || isCounterKa(code);
}

/** Times a year of once a unit written with this character: 年 1, 月 12, 週 52; 0 for others. */
function timesPer(code: number): number {
  switch (code) {
    case YEAR:
      return 1;
    case 0x6708 /* 月 */:
      return 12;
    case 0x9031 /* 週 */:
      return 52;
    default:
      return 0;
  }
}

/**
 * How often a word of {@link YEARLY} that ends at `end` says its work comes in a year, `times`, or a count written
 * right after it (`毎年度2回`, `毎年度年2回`, `毎月1回`: `times` × the count): where the word ends, past the count if
 * one is written, with the times in {@link coreRead}.
 */
function withTimes(text: string, end: number, years: number, year: YearKind, times: number): number {
  if (years === 1) {
    const after = text.charCodeAt(end) === YEAR && times === 1 ? end + 1 : end;
    const counted = timesAt(text, after);
    if (counted >= 0) return core(1, 0, counted, year, times * timesRead.count, times * timesRead.max);
  }
  return core(years, 0, end, year, times);
}

/** What {@link readTimeOfYear} read last. */
const timeRead: MonthRange = { from: 0, to: 0 };

/**
 * The time of year written right after a yearly word, with a の or not: a part of the year (毎年度末, 毎年度の上半期,
 * 毎年秋) or a month or months (毎年4月, 毎年度4月～6月), not a day (毎年4月1日: the months are left unread).
 * Where it ends (the months in {@link timeRead}), or -1.
 */
function readTimeOfYear(text: string, p: number, fiscal: boolean): number {
  const q = pastNo(text, p);
  const part = readYearPart(text, q);
  if (part) {
    const months = monthsOfPart(part.part, fiscal);
    timeRead.from = months.from;
    timeRead.to = months.to;
    return part.end;
  }
  let end = monthAt(text, q);
  if (end < 0) return -1;
  timeRead.from = timeRead.to = lastNumeral.value;
  // 4月～6月, 4月から6月
  const dash = isRangeDash(text.charCodeAt(end)) ? end + 1 : karaAt(text, end) ? end + 2 : -1;
  const last = dash < 0 ? -1 : monthAt(text, dash);
  if (last >= 0) {
    timeRead.to = lastNumeral.value;
    end = last;
  }
  const next = text.charCodeAt(end);
  return isAsciiDigit(next) || isKanjiNumeral(next) ? -1 : end;
}

/**
 * The times of the year written at `p` ({@link readTimeOfYear}), one or more joined (`6月と12月`, `4月、7月及び10月`,
 * `年度末と上半期`), and where they end; `null` when none is written there.
 */
function readTimesOfYear(text: string, p: number, fiscal: boolean): [MonthRange[], number] | null {
  let end = readTimeOfYear(text, p, fiscal);
  if (end < 0) return null;
  const times: MonthRange[] = [{ from: timeRead.from, to: timeRead.to }];
  // At most each month of a year.
  for (
    let joiner = monthsJoiner(text, end);
    joiner > 0 && times.length < 12;
    joiner = monthsJoiner(text, end)
  ) {
    const after = readTimeOfYear(text, end + joiner, fiscal);
    if (after < 0) break;
    // The same months again (毎年度末、3月に) are one time of the year.
    if (!times.some((t) => t.from === timeRead.from && t.to === timeRead.to))
      times.push({ from: timeRead.from, to: timeRead.to });
    end = after;
  }
  return [times, end];
}

/** The length of what joins two times of the year at `p` (`と`, `、`, `・`, `及び`, `および`: 毎年6月と12月), or 0. */
function monthsJoiner(text: string, p: number): number {
  const c = text.charCodeAt(p);
  if (c === 0x3068 /* と */ || c === 0x3001 /* 、 */ || c === 0x30fb /* ・ */) return 1;
  if (wordAt(text, '及び', p)) return 2;
  return wordAt(text, 'および', p) ? 3 : 0;
}

/** Whether a recurrence that says how often in a year may start with this character (年2回, 毎月, 半期ごと, 3か月ごと). */
function mayStartTimes(code: number): boolean {
  return (
    YEARLY_BY_FIRST.has(code) ||
    timesPer(code) !== 0 ||
    code === HALF ||
    isAsciiDigit(code) ||
    isKanjiNumeral(code)
  );
}

/** The recurrence at `i` without its hedges: where it ends (what it says in {@link coreRead}), or -1. */
function readCore(text: string, i: number): number {
  const first = text.charCodeAt(i);
  // The 年 of 半年 is half of one (半年に1回 is twice a year, read from its 半).
  if (first === YEAR && text.charCodeAt(i - 1) === HALF) return -1;
  const yearly = YEARLY_BY_FIRST.get(first);
  if (yearly) {
    const second = text.charCodeAt(i + 1);
    for (let k = 0; k < yearly.length; k++) {
      const word = yearly[k]![0];
      // Its first two characters are known to be there: the rest is compared.
      if (word.charCodeAt(1) === second && wordAt(text, word, i, 2))
        return withTimes(text, i + word.length, yearly[k]![1], yearly[k]![2], yearly[k]![3]);
    }
  }
  // 年2回, 年に3回, 月1回, 週2回: more than once a year (年1回 is a word of its own); not a count's unit (3か月に1回).
  const per = timesPer(first);
  if (per !== 0) {
    const counted = timesAt(text, text.charCodeAt(i + 1) === 0x306b /* に */ ? i + 2 : i + 1);
    if (counted >= 0 && per * timesRead.max >= 2 && !isCounted(text.charCodeAt(i - 1)))
      return core(1, 0, counted, NONE, per * timesRead.count, per * timesRead.max);
  }
  const parts = readEveryPart(text, i);
  if (parts >= 0) return parts;
  const nEnd = countAt(text, i);
  if (nEnd < 0) return -1;
  const n = lastNumeral.value;
  const single = readEveryTail(text, nEnd);
  if (single >= 0) return core(n, 0, single);
  // 3か月ごと, 6ヶ月毎, 2か月に1回: every year, 12 / N times.
  const monthly = readMonthsTail(text, nEnd, n);
  if (monthly >= 0) return core(1, 0, monthly, NONE, 12 / n);
  // 3年~5年ごと, 3～5年ごと, 3年から5年ごと
  let p = text.charCodeAt(nEnd) === YEAR ? nEnd + 1 : nEnd;
  p = skipInlineBlanks(text, p, 1);
  if (isRangeDash(text.charCodeAt(p))) p += 1;
  else if (karaAt(text, p)) p += 2;
  else return -1;
  const mEnd = countAt(text, skipInlineBlanks(text, p, 1));
  if (mEnd < 0) return -1;
  const m = lastNumeral.value;
  if (m < n) return -1;
  const tail = readEveryTail(text, mEnd);
  if (tail < 0) return -1;
  return core(n, m === n ? 0 : m, tail);
}

/**
 * Reads a recurrence at `i`: `毎年度`, `毎年`, `各年度`, `年度ごと`, `隔年`, `3年毎`, `5年ごと`, `3年度ごと`, `3年に1度`,
 * `年1回`, `概ね5年ごと`, `おおむね3年毎`, `3年~5年ごと` (3 to 5 years), or more often than once a year (`年2回`, `年に3回`,
 * `毎年度2回`, `毎年度、年2回`, `毎月`, `毎月2回`, `月1回`, `毎四半期`, `四半期ごと`, `毎半期`, `半期ごと`, `半年に1回`,
 * `3か月ごと`, `隔月`, `毎週`, `週1回`, `隔週`, `毎日`: every year, `timesPerYear` times), with a hedge before or after it
 * (`概ね`, `おおむね`, `約`, `を目安`, `程度`) making it approximate, and the time of year written right after
 * a yearly word, or in brackets of their own after it (`毎年度末`: March, `毎年4月`, `毎年度4月～6月`, `毎年度（4月）`,
 * `隔年度の上半期`: April to September) in `months`; more joined to it (`毎年6月と12月`, `毎年度（4月、10月）`) in
 * `moreMonths`; after a count of times a year, as many in brackets (`年1回（10月）`, `年2回（6月・12月）`: each once a year).
 *
 * @param text - normalised text
 * @param i - offset to read at
 * @returns the recurrence, or `null` when none starts at `i`
 */
export function readRecurrence(text: string, i: number): RecurrenceExpression | null {
  let approximate = false;
  let at = i;
  const prefix = hedgeBefore(text, i);
  if (prefix) {
    approximate = true;
    at = skipInlineBlanks(text, i + prefix.length, 1);
  }
  let end = readCore(text, at);
  if (end < 0) return null;
  const { everyYears, everyYearsMax, year } = coreRead;
  let { times, timesMax } = coreRead;
  // 毎年度、年2回の…, 毎年度、半期ごとに…: how often each year, after a 、, is the same recurrence's (looked for only
  // where one may start: most often words follow, 毎年度、取組内容を…).
  if (
    year !== NONE &&
    timesMax === 1 &&
    text.charCodeAt(end) === 0x3001 /* 、 */ &&
    mayStartTimes(text.charCodeAt(end + 1))
  ) {
    const often = readCore(text, end + 1);
    if (often >= 0 && coreRead.year === NONE && coreRead.everyYears === 1 && coreRead.everyYearsMax === 0) {
      times = coreRead.times;
      timesMax = coreRead.timesMax;
      end = often;
    }
  }
  // Most often a 、 or ： follows (毎年度、…): the time of year is looked for only where one may start. Several may
  // be written together (毎年6月と12月): each makes a recurrence of its own.
  const next = text.charCodeAt(end);
  // The times of the year, and where they end.
  let timesOfYear =
    year !== NONE &&
    (next === 0x306e /* の */ || isAsciiDigit(next) || isKanjiNumeral(next) || mayStartYearPart(next))
      ? readTimesOfYear(text, end, year === FISCAL)
      : null;
  // Or in brackets of their own: 毎年度（4月）, 毎年（4月～6月）, 毎年度（上半期）, 毎年度（4月、10月）, with the year named
  // again in them (毎年度（年度末）: March, 毎年（年末）: December); after a count of times a year, as many as it
  // counts (年1回（10月）, 年2回（6月・12月）: each once a year).
  const counted = year === NONE && everyYears === 1 && everyYearsMax === 0 && timesMax === times;
  if ((year !== NONE || counted) && isOpenParen(next)) {
    let from = end + 1;
    let fiscal = year === FISCAL;
    if (text.charCodeAt(from) === 0x5e74 /* 年 */) {
      fiscal = text.charCodeAt(from + 1) === 0x5ea6; /* 度 */
      from += fiscal ? 2 : 1;
    }
    const inner = readTimesOfYear(text, from, fiscal);
    if (inner && isCloseParen(text.charCodeAt(inner[1])) && (year !== NONE || inner[0].length === times)) {
      timesOfYear = [inner[0], inner[1] + 1];
      if (year === NONE) times = timesMax = 1;
    }
  }
  if (timesOfYear) end = timesOfYear[1];
  // A hedge after it, past one blank and を (を目安, 程度), or in brackets of its own (（目安）, （予定）).
  const hedged = hedgeAfter(text, end, suffixMarker, bracketedMarker);
  if (hedged >= 0) {
    approximate = true;
    end = hedged;
  }
  const result: RecurrenceExpression = {
    type: 'recurrence',
    start: i,
    end,
    everyYears,
    approximate,
  };
  if (everyYearsMax !== 0) result.everyYearsMax = everyYearsMax;
  if (timesMax > 1) result.timesPerYear = times;
  if (timesMax > times) result.timesPerYearMax = timesMax;
  if (timesOfYear) {
    const [months] = timesOfYear;
    result.months = months[0]!;
    if (months.length > 1) result.moreMonths = months.slice(1);
  }
  return result;
}
