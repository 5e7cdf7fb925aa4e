import {
  COUNTER_KA,
  hedgeAfter,
  hedgeBefore,
  isAsciiDigit,
  isAsciiLetter,
  isCloseParen,
  isColon,
  isIdeograph,
  isInlineBlank,
  isLineBreak,
  isOpenParen,
  isRangeDash,
  isWaveDash,
  karaAt,
  skipInlineBlanks,
  wordAt,
  wordMatcher,
} from './chars.js';
import {
  isCountedMonth,
  isRoughPart,
  type DateExpression,
  type DatePoint,
  DiagnosticSink,
} from './expressions.js';
import {
  MAX_YEAR,
  notingEraEnded,
  quote,
  readDatePoint,
  readPairedFiscalYear,
  readPartAlone,
  readYearPart,
} from './readDatePoint.js';
import { eraNameAt, lastEraName } from './readEraName.js';
import { lastNumeral, numeralAt } from './readNumeral.js';
import { readRecurrence } from './readRecurrence.js';
import { fromWareki } from '../era/fromWareki.js';
import { lastDayOfMonth } from '../fiscal/lastDayOfMonth.js';
import { resolveEra } from '../era/resolveEra.js';
import type { Diagnostic } from '../model/types.js';

/** Set by a failed read: where the scanner may resume, past text that cannot start a date (-1: no advice). */
export interface ReadHint {
  skipTo: number;
}

/** Lists longer than this are read in pieces (keeps every read bounded, so scanning stays linear). */
const MAX_LIST_ITEMS = 30;

const SUFFIX_MARKERS = ['目途', '目処', 'めど', 'メド', '頃', 'ごろ', '予定', '目安', '程度'];
/** `・ 、 , ，`: between the items of a list. */
const isListSeparator = (c: number): boolean => c === 0x30fb || c === 0x3001 || c === 0x2c || c === 0xff0c;
/** `/ ／`: between the items of a list too (`R3/R4`, `2021年度／2022年度`), except in brackets (see {@link listSeparatorLength}). */
const isSlash = (c: number): boolean => c === 0x2f || c === 0xff0f;
/** The words that join the last items of a list: `令和4年度及び令和5年度`, `令和4年度と5年度`. */
const listWord = wordMatcher(['および', '及び', '並びに', 'と']);

/**
 * The length of the list separator written at `p` (a mark or a joining word), or 0. A slash separates only a list
 * that does not open a bracket (`listStart`, where its first item begins): in `2019(H30/R1)年度` it joins two eras
 * naming one year, which `readDatePoint` reads, and which disagree there.
 */
function listSeparatorLength(text: string, p: number, listStart: number): number {
  const c = text.charCodeAt(p);
  if (isListSeparator(c)) return 1;
  if (isSlash(c)) return isOpenParen(text.charCodeAt(listStart - 1)) ? 0 : 1;
  return listWord(text, p)?.length ?? 0;
}
/** After a bare number these make it a duration or a count, not a year: 5年間, 3年目, 2年後, 5年以内, 3か月. */
const NOT_A_YEAR_AFTER = '間目後前ぶ以ヶケか箇カ程';

/**
 * Whether what follows a bare number at `p` makes it a duration or a count (see {@link NOT_A_YEAR_AFTER}). With
 * `openWords`, `以降`, `以後` and `から` follow a year: in a list (`令和3、5年度以降`), and after a 年度 written with the
 * number (`2年度から`).
 */
function notAYearAfter(text: string, p: number, openWords: boolean): boolean {
  const c = text.charCodeAt(p);
  if (openWords && c === 0x4ee5 /* 以 */) {
    const next = text.charCodeAt(p + 1);
    return next !== 0x964d /* 降 */ && next !== 0x5f8c; /* 後 */
  }
  if (openWords && c === 0x304b /* か */) return text.charCodeAt(p + 1) !== 0x3089; /* ら */
  return NOT_A_YEAR_AFTER.includes(text[p] ?? '\u0000');
}

const suffixMarker = wordMatcher(SUFFIX_MARKERS);
const openEndWord = wordMatcher(['以降', '以後', 'より']);

/** The offset past `まで` or `までに` written at `p`, or -1. */
function pastMade(text: string, p: number): number {
  if (text.charCodeAt(p) !== 0x307e /* ま */ || text.charCodeAt(p + 1) !== 0x3067 /* で */) return -1;
  return text.charCodeAt(p + 2) === 0x306b /* に */ ? p + 3 : p + 2;
}

/** A point that can stand alone: a year with its unit, a dotted date, a year pair, or a month (dated by context). */
function finishAlone(point: DatePoint): DatePoint | null {
  if (point.kind === 'month') return point;
  if (point.kind === 'bare') return null;
  if (point.unit !== null) return point;
  if (point.paired) return { ...point, unit: 'calendar' };
  return null;
}

/**
 * Dates a bare number (`19` of `平成17年度から19年度`) by the era or century of the point before it; `openWords` as
 * {@link notAYearAfter} takes it.
 */
function yearOfBare(before: DatePoint, bare: DatePoint, text: string, openWords = false): number | null {
  if (before.kind !== 'year' || bare.bare === null || before.year === null) return null;
  if (notAYearAfter(text, bare.end, openWords)) return null;
  let year: number;
  if (before.era) {
    year = fromWareki(before.era, bare.bare);
  } else if (bare.bareDigits === 2) {
    // 2021～23年度
    year = before.year - (before.year % 100) + bare.bare;
    if (year < before.year) year += 100;
  } else {
    return null;
  }
  return year <= MAX_YEAR ? year : null;
}

/**
 * A fiscal year written without its era or century at `i` (`4年度` after `令和3年度`, `22年度` after `2021年度`),
 * or the first of a range of them (`4～5年度`), dated by `before`, the year of the last date written before it
 * in the text; `null` when none is written there, or its number counts something (`5年度分`, `3年度目`).
 */
function carriedYear(text: string, i: number, before: DatePoint, sink: DiagnosticSink): DatePoint | null {
  // Not a part of a number or a code (`07-04-02`, `R3.4`, `No.5`), nor a number written with a leading zero.
  const c = text.charCodeAt(i - 1);
  if (
    isAsciiDigit(c) ||
    isAsciiLetter(c) ||
    c === 0x2d ||
    c === 0x2e ||
    c === 0x2f ||
    text.charCodeAt(i) === 0x30
  )
    return null;
  const p = readDatePoint(text, i, true, sink);
  if (p === null || p.kind !== 'bare') return null;
  if (p.unit === null) {
    // The first of a range of them, whose other end writes its 年度 (`4～5年度`).
    const other = pointAfterDash(text, p.end, sink);
    if (other === null || other.kind !== 'bare' || other.unit !== 'fiscal') return null;
  } else if (p.unit !== 'fiscal' || text.charCodeAt(p.end) === 0x5206 /* 分 */) {
    return null;
  }
  const year = yearOfBare(before, p, text, p.unit === 'fiscal');
  return year === null ? null : notingEraEnded(text, { ...p, kind: 'year', year, era: before.era });
}

/** The calendar year of a month written after `before` (2016年2月～3月, 2021年度：10月). */
function yearOfMonth(before: DatePoint, month: number): number | null {
  if (before.kind !== 'year' || before.year === null) return null;
  if (before.month !== null) {
    const y = before.unit === 'fiscal' && before.month < 4 ? before.year + 1 : before.year;
    return month < before.month ? y + 1 : y;
  }
  if (before.unit === 'fiscal') return month >= 4 ? before.year : before.year + 1;
  if (before.unit === 'calendar') return before.year;
  return null;
}

/**
 * An era year written without 年 or 年度 (`R4`, `令和4`; not past 99: `R101` is more likely a room
 * than 令和101年). Where a plan's schedule writes one in a range, a list, or before `：`, a wave
 * dash, から or 以降, it is a fiscal year.
 */
function eraYearAlone(p: DatePoint): boolean {
  return (
    p.kind === 'year' &&
    p.era !== null &&
    !p.dotted &&
    p.month === null &&
    p.yearPart === null &&
    (p.year ?? 0) - Number(p.era.start.slice(0, 4)) + 1 <= 99
  );
}

/**
 * Both ends of a range or list are era years written without 年 or 年度, the second perhaps a bare
 * number (`R4～R6`, `H30-R2`, `令和4～令和6`, `R4～6`, `R4・R5`): fiscal years. Western years alone
 * (`2022～2024`) stay unread: nothing says they are years.
 */
function eraYearsAlone(a: DatePoint, b: DatePoint): boolean {
  return eraYearAlone(a) && (b.kind === 'bare' || eraYearAlone(b));
}

/**
 * Counters and units a number written with an era's letter may be counting instead (`R2号`, `H3万円`, `R3月`): no
 * words of an entry.
 */
const COUNTERS = '号万億千円人件回台個条番次月日週';

/**
 * Whether an era year written with its letter (`R3`, `H30`, not `令和3`) runs straight into the kanji words of its
 * entry (`R3検討、R4実施`), not into a counter.
 */
function letterYearBeforeWords(a: DatePoint, text: string, q: number): boolean {
  // R or H, in either case (the era is 令和 or 平成).
  const letter = text.charCodeAt(a.start) | 0x20;
  const byLetter = letter === 0x72 || letter === 0x68;
  return byLetter && isIdeograph(text.charCodeAt(q)) && !COUNTERS.includes(text[q]!);
}

/**
 * {@link eraYearAlone} right before `：`, a wave dash, から or 以降 (`R4：計画策定`, `R9～：運用`, `R9以降`); or, in
 * 平成 or 令和, before a blank and the words of its entry (`R3 検討 → R4 試行`, `平成30 策定`), written with its letter
 * right before the kanji of its words (`R3検討、R4実施`, see {@link letterYearBeforeWords}), in a 【】 or round brackets
 * of its own (`【R3】検討`, `（R3）調査`, `計画改定（R3）`), or at the end of a row of such years written side by side
 * (the `R5` of `R3　R4　R5`, a table's years as the headings of its columns). Earlier eras' letters so written more
 * likely name things (`T1 回線`, `【M1】`), and a number after the blank (`R3 4月`) is not the entry's words.
 *
 * @param q - where the text goes on after the year, past up to two blanks
 */
function eraYearBefore(a: DatePoint, text: string, q: number): boolean {
  if (!eraYearAlone(a)) return false;
  const next = text.charCodeAt(q);
  if (isColon(next) || isWaveDash(next) || karaAt(text, q) || openEndWord(text, q) !== null) return true;
  if (a.era !== REIWA && a.era !== HEISEI) return false;
  if (next === 0x3011 /* 】 */) return text.charCodeAt(a.start - 1) === 0x3010; /* 【 */
  if (isCloseParen(next)) return q === a.end && isOpenParen(text.charCodeAt(a.start - 1));
  if (q >= text.length || isLineBreak(next)) return afterEraYearAlone(text, a.start);
  return q > a.end ? startsWord(next) : letterYearBeforeWords(a, text, q);
}

/**
 * Whether the text before `start`, past one blank or more, ends with a 平成 or 令和 year written alone (`R4`, `令和4`,
 * not `R4年`): the year before it in a row of years side by side (`R3　R4　R5`).
 */
function afterEraYearAlone(text: string, start: number): boolean {
  let b = start;
  while (b > 0 && isInlineBlank(text.charCodeAt(b - 1))) b--;
  let d = b;
  while (d > 0 && b - d < 2 && isAsciiDigit(text.charCodeAt(d - 1))) d--;
  if (b === start || d === b) return false;
  // The era's name right before the digits: a letter (R), a kanji (令) or two (令和).
  for (let length = 1; length <= 2 && d - length >= 0; length++)
    if (eraNameAt(text, d - length) === d) return lastEraName.era === REIWA || lastEraName.era === HEISEI;
  return false;
}

/**
 * `p` read as a date of its own: as {@link finishAlone} finishes it, or as a fiscal year where it is an era year
 * written alone that {@link eraYearBefore} takes for one (`q`: where the text goes on after it, past blanks).
 */
function aloneAt(p: DatePoint, text: string, q: number): DatePoint | null {
  return finishAlone(p) ?? (eraYearBefore(p, text, q) ? { ...p, unit: 'fiscal' } : null);
}

const REIWA = resolveEra('令和');
const HEISEI = resolveEra('平成');

/** A letter, kana or kanji: what an entry's words may start with (not a digit, bracket or punctuation). */
function startsWord(code: number): boolean {
  return (code >= 0x3040 && code < 0xff00) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}

/** 年間, か年 and its spellings: after a number, a count of years (`3年間`, `5か年`, `三箇年`). */
const yearsWord = wordMatcher(['年間', ...[...COUNTER_KA].map((ka) => `${ka}年`)]);
/** か月 and its spellings, with or without 間: after a number, a count of months (`6か月`, `18ヶ月間`). */
const monthsWord = wordMatcher([...COUNTER_KA].flatMap((ka) => [`${ka}月間`, `${ka}月`]));

/**
 * The last year or month of a count written at `p` after a date and から or a dash, as the range's other
 * end: `N年間` (or `Nか年`) after a year (`令和6年度から3年間`: FY2024 to FY2026) or a month
 * (`令和6年10月から2年間`: to September 2026), `Nか月` after a month (`2024年10月から6か月`: to March
 * 2025), `N年間` after a fiscal year counted from the one before it (`翌年度から3年間`). `null` when no count is
 * written there, or the first point is a day or a part of a year or month.
 */
function lastOfCount(text: string, p: number, first: DatePoint): DatePoint | null {
  // 翌年度から3年間, 来年度から3年間: its last year is counted from the same year as the first (see resolveDates).
  const relative = first.kind === 'relative' || first.kind === 'current';
  if (!(relative || (first.kind === 'year' && first.year !== null)) || first.yearPart !== null) return null;
  if (first.unit !== 'fiscal' && first.unit !== 'calendar') return null;
  const fromMonth = first.month !== null;
  if (fromMonth && (first.unit !== 'calendar' || first.day !== null || first.monthPart !== null)) return null;
  const end = numeralAt(text, p);
  if (end < 0 || lastNumeral.huge || lastNumeral.value < 1) return null;
  const count = lastNumeral.value;
  const years = count <= 50 ? yearsWord(text, end) : null;
  const months = years === null && fromMonth && count <= 600 ? monthsWord(text, end) : null;
  const word = years ?? months;
  if (word === null) return null;
  if (relative) return { ...first, start: p, bare: first.bare! + count - 1, end: end + word.length };
  let year = first.year! + (fromMonth ? 0 : count - 1);
  let month = first.month;
  if (month !== null) {
    // The month before the one the count reaches: 10月 and 2年間 end in September two years on.
    const last = month - 1 + (years !== null ? 12 * count : count) - 1;
    year += Math.floor(last / 12);
    month = (last % 12) + 1;
  }
  if (year > MAX_YEAR) return null;
  return { ...first, start: p, year, month, paired: false, diagnostics: [], end: end + word.length };
}

/**
 * A count of years written after a range of whole years, restating it (`令和5年度から令和7年度までの3年間`,
 * `2024年度～2026年度（3か年）`): the offset past it and the number it says; `null` when none follows `p`.
 */
function countAfterRange(
  text: string,
  p: number,
  a: DatePoint,
  b: DatePoint,
): { end: number; years: number } | null {
  if (a.unit !== b.unit || (a.unit !== 'fiscal' && a.unit !== 'calendar')) return null;
  if (a.month !== null || b.month !== null || a.yearPart !== null || b.yearPart !== null) return null;
  const q = skipInlineBlanks(text, p, 2);
  const c = text.charCodeAt(q);
  const bracketed = isOpenParen(c);
  if (!bracketed && c !== 0x306e /* の */) return null;
  const end = numeralAt(text, q + 1);
  if (end < 0 || lastNumeral.huge) return null;
  const years = lastNumeral.value;
  const word = yearsWord(text, end);
  if (word === null) return null;
  const r = end + word.length;
  if (!bracketed) return { end: r, years };
  return isCloseParen(text.charCodeAt(r)) ? { end: r + 1, years } : null;
}

/** The `'count-mismatch'` warning for a range of `years` years followed by a count of `said` (`…までの5年間`). */
function countMismatch(text: string, start: number, end: number, years: number, said: number): Diagnostic {
  const written = quote(text, start, end);
  return {
    code: 'count-mismatch',
    severity: 'warning',
    message: `${written}: the range is ${years} year${years === 1 ? '' : 's'} long, not ${said}; the range is kept`,
    messageJa: `${written}: 期間は${years}年間で、${said}年間ではありません。期間のほうを読みます`,
    source: { start, end },
  };
}

/**
 * Joins two points written `A～B`, `A から B` or `A・B`: B takes the era, century or year A
 * gives (`平成17年度から19年度`, `2016年2月～3月`), and each takes the unit the other
 * writes (`平成17~平成21年度`).
 *
 * @returns both points made standalone, or `null` when B cannot be the other end of A
 */
function join(a: DatePoint, b: DatePoint, text: string): [DatePoint, DatePoint] | null {
  if (isCountedMonth(b)) {
    // 10月～翌年3月, 2021年10月～翌3月: B counts from the calendar year A starts in (resolveDates dates it so).
    const finished = a.kind === 'month' || a.kind === 'year' ? finishAlone(a) : null;
    return finished && [finished, b];
  }
  if (b.kind === 'month') {
    if (a.kind === 'month') return [a, b];
    if (isCountedMonth(a)) {
      // 翌年3月～6月: B in the calendar year of A, or in the one after when its month comes first (翌年10月～3月).
      return [a, { ...b, kind: 'relative', unit: 'calendar', bare: b.month! < a.month! ? 1 : 0 }];
    }
    const finished = finishAlone(a);
    if (!finished) return null;
    const year = yearOfMonth(finished, b.month!);
    if (year === null || year > MAX_YEAR) return null;
    return [finished, { ...b, kind: 'year', year, unit: 'calendar', era: finished.era }];
  }
  if (a.kind === 'current' || b.kind === 'current') {
    // 今年度～来年度, 令和6年度～来年度, 今年度～令和8年度: each end is dated on its own.
    const other = a.kind === 'current' ? b : a;
    if (other.kind === 'current') return [a, b];
    if (other.kind !== 'year' || other.month !== null) return null;
    if (other.unit !== 'fiscal' && !(other.unit === null && eraYearAlone(other))) return null;
    const fiscal: DatePoint = { ...other, unit: 'fiscal' };
    return a.kind === 'current' ? [a, fiscal] : [fiscal, b];
  }
  if (a.kind !== 'year') return null;
  if (b.kind === 'relative') {
    // 令和4年度～翌年度: B counts from A, a fiscal year (resolveDates dates it by A).
    const fiscal = a.month === null && (a.unit === 'fiscal' || (a.unit === null && eraYearAlone(a)));
    return fiscal ? [{ ...a, unit: 'fiscal' }, b] : null;
  }
  // R3.4.1～6, 令和3年4月1日～6日, 2021.4.1～6.30: after a date with its day, a number alone is a later day.
  const day = b.kind === 'bare' ? laterDay(a, b, text) : null;
  if (day) return [a, day];
  // R3.4～6, 2021.10～3: after a month written with dots, a number alone is a month, of that year or the next.
  if (b.kind === 'bare' && a.dotted && a.month !== null && a.day === null && b.unit === null && b.bare! <= 12)
    return join(a, { ...b, kind: 'month', bare: null, bareDigits: 0, month: b.bare }, text);
  let bYear = b.year;
  let bEra = b.era;
  if (b.kind === 'bare') {
    bYear = yearOfBare(a, b, text);
    if (bYear === null) return null;
    bEra = a.era;
  }
  if (a.unit !== null && b.unit !== null && a.unit !== b.unit && !a.dotted && !b.dotted) return null;
  const unit =
    a.unit ?? b.unit ?? (a.paired || b.paired ? 'calendar' : eraYearsAlone(a, b) ? 'fiscal' : null);
  if (unit === null) return null;
  // An era year written alone after a month (R3.4～R6, 令和3年4月～R6) is a fiscal year, as it is after a year.
  const bUnit = b.unit ?? (a.month !== null && b.unit === null && eraYearAlone(b) ? 'fiscal' : unit);
  const second: DatePoint = { ...b, kind: 'year', year: bYear, era: bEra, unit: bUnit };
  return [{ ...a, unit: a.unit ?? unit }, b.kind === 'bare' ? notingEraEnded(text, second) : second];
}

/**
 * The other end of a range from a date with its day, written as a number alone `b` (one or two digits, no unit): a
 * later day of the same month (`R3.4.1～6`, `令和3年4月1日～6日`), or, after a date written with dots or slashes, a
 * month and day (`2021.4.1～6.30`, `R3.12.20～1.10`: of the next year when its month comes first); `null` otherwise
 * (`R3.4.25～5`, `R3.4.1～31`: then the number may be a year).
 */
function laterDay(a: DatePoint, b: DatePoint, text: string): DatePoint | null {
  if (a.day === null || a.month === null || a.year === null || b.unit !== null) return null;
  if (b.bareDigits < 1 || b.bareDigits > 2) return null;
  let year = a.year;
  let month = a.month;
  let day = b.bare!;
  let end = b.end;
  const sep = text.charCodeAt(end);
  if (a.dotted && (sep === 0x2e || sep === 0x2f)) {
    // 6.30: the number is the month, the day follows the dot.
    const dayEnd = numeralAt(text, end + 1);
    if (dayEnd < 0 || lastNumeral.kanji || lastNumeral.length > 2 || day < 1 || day > 12) return null;
    month = day;
    day = lastNumeral.value;
    end = dayEnd;
    if (month < a.month) year++;
  } else if (sep === 0x65e5 /* 日 */) {
    end++;
  }
  if (day < 1 || day > lastDayOfMonth(year, month) || (year === a.year && month === a.month && day < a.day))
    return null;
  return { ...a, start: b.start, end, year, month, day, diagnostics: [] };
}

/** A part of the same year after a range dash: 第3四半期 in `2021年度第2四半期～第3四半期`. */
function partOfSameYear(text: string, p: number, a: DatePoint): DatePoint | null {
  if (a.kind !== 'year' || a.yearPart === null) return null;
  const part = readYearPart(text, p);
  return part && { ...a, start: p, end: part.end, yearPart: part.part, diagnostics: [] };
}

/**
 * Whether two points of a list name the same date (the same year, or years counted alike, unit, month, day and part
 * of a year).
 */
function sameDate(a: DatePoint, b: DatePoint): boolean {
  return (
    a.kind === b.kind &&
    a.year === b.year &&
    a.bare === b.bare &&
    a.unit === b.unit &&
    a.month === b.month &&
    a.day === b.day &&
    a.yearPart === b.yearPart &&
    a.monthPart === b.monthPart
  );
}

/**
 * The point written at `r`, after a range's dash or から, that may be the range's other end: not a number that starts
 * a count of years instead, a range of its own (`令和3年度から3～5年ごと`) or a recurrence (`3年度ごと`, `3年に1回`).
 */
function otherEndAt(text: string, r: number, sink: DiagnosticSink): DatePoint | null {
  const p = readDatePoint(text, r, true, sink);
  if (p === null || p.kind !== 'bare') return p;
  return isRangeDash(text.charCodeAt(p.end)) || readRecurrence(text, p.start) !== null ? null : p;
}

/**
 * Where a range left open at its end ends, written at `q` with the dash or から `c` starts (`dashed`: a dash): past
 * `～` or `から`; -1 after a hyphen (`2021-` opens nothing).
 */
const openEndPast = (c: number, q: number, dashed: boolean): number =>
  !dashed ? q + 2 : isWaveDash(c) ? q + 1 : -1;

/** What ends a list after its last item (see {@link readList}). */
interface ListTail {
  /** The other end of a range from the last item (`28年度` in `平成25、26～28年度`); `null`: the last item is open. */
  to: DatePoint | null;
  /** Offset past the tail. */
  end: number;
}

/**
 * What follows a list's last item ending at `p`: the other end of a range (`平成25、26～28年度`, `令和3、5～7年度まで`)
 * or an open end (`令和3、5年度～`, `令和3、5年度から`, `令和3、5年度以降`); `null` when neither does.
 */
function listTail(text: string, p: number, sink: DiagnosticSink): ListTail | null {
  const q = skipInlineBlanks(text, p, 2);
  const c = text.charCodeAt(q);
  if (isRangeDash(c) || karaAt(text, q)) {
    const dashed = isRangeDash(c);
    const to = otherEndAt(text, skipInlineBlanks(text, q + (dashed ? 1 : 2), 2), sink);
    if (to !== null && to.kind !== 'month') {
      const made = pastMade(text, skipInlineBlanks(text, to.end, 2));
      return { to, end: made < 0 ? to.end : made };
    }
    const end = openEndPast(c, q, dashed);
    return end < 0 ? null : { to: null, end };
  }
  const word = openEndWord(text, q);
  return word ? { to: null, end: q + word.length } : null;
}

/** A number alone that starts a range of months (`4～6月` in `令和3年度、4～6月に調査`): no year of a list. */
function startsMonthRange(text: string, p: DatePoint, sink: DiagnosticSink): boolean {
  return p.kind === 'bare' && pointAfterDash(text, skipInlineBlanks(text, p.end, 2), sink)?.kind === 'month';
}

/** The point written after a range dash at `q` (and up to two blanks), or `null` when no dash is there or no point. */
function pointAfterDash(text: string, q: number, sink: DiagnosticSink): DatePoint | null {
  if (!isRangeDash(text.charCodeAt(q))) return null;
  return readDatePoint(text, skipInlineBlanks(text, q + 1, 2), true, sink);
}

/**
 * Reads a list `令和元年度・2年度`, `平成25、26年度`, `翌年度・翌々年度` after its first point; the same date written again
 * (`平成31年度・令和元年度`, one year in the eras before and after its change) is one point. Its last item may be a
 * range (`平成25、26～28年度`: FY2013 and FY2014 to FY2016) or open at its end (`令和3、5年度～`): the expression's
 * `lastForm` says so, and a range's other end is its last point.
 */
function readList(
  text: string,
  first: DatePoint,
  sink: DiagnosticSink,
  hint: ReadHint,
): { points: DatePoint[]; end: number; lastForm?: 'range' | 'open-end' } | null {
  const raw: DatePoint[] = [first];
  let cursor = skipInlineBlanks(text, first.end, 2);
  for (
    let separator = listSeparatorLength(text, cursor, first.start);
    raw.length < MAX_LIST_ITEMS && separator > 0;
    separator = listSeparatorLength(text, cursor, first.start)
  ) {
    const next = readDatePoint(text, skipInlineBlanks(text, cursor + separator, 2), true, sink);
    if (!next || next.kind === 'month' || startsMonthRange(text, next, sink)) break;
    raw.push(next);
    cursor = skipInlineBlanks(text, next.end, 2);
  }
  // A run of the longest list read that dates nothing is not read again item by item.
  if (raw.length === MAX_LIST_ITEMS) hint.skipTo = raw[raw.length - 1]!.end;
  if (raw.length < 2 || (first.kind !== 'year' && first.kind !== 'relative' && first.kind !== 'current'))
    return null;
  const tail = listTail(text, raw[raw.length - 1]!.end, sink);
  // A range's other end is read as one more item, its unit flowing left as the items' do (平成25、26～28年度).
  const items = tail?.to ? [...raw, tail.to] : raw;
  // Units flow from right to left (平成25、26年度); eras and centuries from left to right.
  const units: DatePoint['unit'][] = items.map((p) => p.unit);
  for (let k = units.length - 2; k >= 0; k--) units[k] = units[k] ?? units[k + 1]!;
  // Era years with no 年度 anywhere (R4・R5) are fiscal years, as in a range (see eraYearsAlone).
  const eraYears = items.every((p) => eraYearsAlone(first, p));
  const points: DatePoint[] = [];
  let previous: DatePoint | null = null;
  let end = -1;
  // A range's ends are both kept, even where they name the same date.
  const rangeEnd = tail?.to ? items.length - 1 : -1;
  let k = 0;
  for (; k < items.length; k++) {
    const p = items[k]!;
    const unit = units[k] ?? (p.paired ? 'calendar' : eraYears ? 'fiscal' : null);
    if (unit === null) break;
    if (previous && previous.unit !== unit) break;
    let made: DatePoint;
    if (p.kind === 'bare') {
      const year = previous ? yearOfBare(previous, p, text, true) : null;
      // Lists carry eras, and centuries only to two digits written with 年度 (2021・22年度), never to a count.
      if (year === null || !previous || (!previous.era && !(unit === 'fiscal' && p.bareDigits === 2))) break;
      made = notingEraEnded(text, { ...p, kind: 'year', year, era: previous.era, unit });
    } else {
      made = { ...p, unit };
    }
    end = made.end;
    // The same date again, in another era (平成31年度／令和元年度): one date (a range's ends are both kept).
    if (previous && k !== rangeEnd && sameDate(previous, made)) continue;
    points.push(made);
    previous = made;
  }
  if (end < 0 || (points.length < 2 && end === points[0]!.end)) return null;
  hint.skipTo = -1;
  // The tail is the list's only when every item before it was read with it; else the list ends where it did.
  if (tail && k === items.length) return { points, end: tail.end, lastForm: tail.to ? 'range' : 'open-end' };
  return { points, end };
}

/**
 * The date expression at `i` without its hedges: `first` is the point already read there (by
 * {@link readPairedFiscalYear}), or `null` to read it.
 */
function readCore(
  text: string,
  i: number,
  sink: DiagnosticSink,
  hint: ReadHint,
  first: DatePoint | null,
  before: DatePoint | null,
): DateExpression | null {
  if (first === null && isWaveDash(text.charCodeAt(i))) {
    // ～2020年度: open start; ～R3 検討, ～R3：検討, as an era year so written alone is a fiscal year.
    const b = readDatePoint(text, skipInlineBlanks(text, i + 1, 2), false, sink);
    const finished = b && aloneAt(b, text, skipInlineBlanks(text, b.end, 2));
    if (!finished) return null;
    return {
      type: 'date',
      start: i,
      approximate: false,
      form: 'open-start',
      points: [finished],
      end: finished.end,
    };
  }
  let a = first ?? readDatePoint(text, i, false, sink) ?? (before && carriedYear(text, i, before, sink));
  if (!a) return null;
  let q = skipInlineBlanks(text, a.end, 2);
  let c = text.charCodeAt(q);
  // 平成31年度／令和元年度: one date written in the eras before and after its change, a slash between, is read once.
  if (c === 0x2f || c === 0xff0f) {
    const again = readDatePoint(text, skipInlineBlanks(text, q + 1, 2), false, sink);
    if (again && a.unit !== null && sameDate(a, again)) {
      a = { ...again, start: a.start };
      q = skipInlineBlanks(text, a.end, 2);
      c = text.charCodeAt(q);
    }
  }
  const alone = aloneAt(a, text, q);
  // A ： after the date (2021(R3)年度：…, the most frequent) starts no range, list or open end.
  if (isColon(c))
    return (
      alone && { type: 'date', start: i, approximate: false, form: 'single', points: [alone], end: alone.end }
    );

  if (isRangeDash(c) || karaAt(text, q)) {
    const dashed = isRangeDash(c);
    const r = skipInlineBlanks(text, q + (dashed ? 1 : 2), 2);
    const b = otherEndAt(text, r, sink) ?? partOfSameYear(text, r, a);
    let joined = b && join(a, b, text);
    if (!joined && alone) {
      // 令和6年度から3年間: the count's last year (or month) is the other end.
      const last = lastOfCount(text, r, alone);
      if (last) joined = [alone, last];
    }
    if (joined) {
      const untilEnd = pastMade(text, skipInlineBlanks(text, joined[1].end, 2));
      let end = untilEnd < 0 ? joined[1].end : untilEnd;
      const [first, last] = joined;
      const count = countAfterRange(text, end, first, last);
      if (count && first.year !== null && last.year !== null) {
        const years = last.year - first.year + 1;
        // A count that restates the range is part of it, not of its label; one that says another length is
        // the plan's to explain: it stays in the label, and is reported.
        if (count.years === years) end = count.end;
        else sink.add(countMismatch(text, i, count.end, years, count.years));
      }
      return { type: 'date', start: i, approximate: false, form: 'range', points: joined, end };
    }
    if (!alone) return null;
    const openEnd = openEndPast(c, q, dashed);
    if (openEnd >= 0)
      return { type: 'date', start: i, approximate: false, form: 'open-end', points: [alone], end: openEnd };
    return { type: 'date', start: i, approximate: false, form: 'single', points: [alone], end: alone.end };
  }
  if (listSeparatorLength(text, q, a.start) > 0) {
    const list = readList(text, a, sink, hint);
    if (list) {
      const x: DateExpression = {
        type: 'date',
        start: i,
        approximate: false,
        form: 'list',
        points: list.points,
        end: list.end,
      };
      if (list.lastForm) x.lastForm = list.lastForm;
      return x;
    }
  }
  if (!alone) return null;
  const word = openEndWord(text, q);
  if (word)
    return {
      type: 'date',
      start: i,
      approximate: false,
      form: 'open-end',
      points: [alone],
      end: q + word.length,
    };
  const made = pastMade(text, q);
  if (made >= 0)
    return { type: 'date', start: i, approximate: false, form: 'open-start', points: [alone], end: made };
  return { type: 'date', start: i, approximate: false, form: 'single', points: [alone], end: alone.end };
}

/**
 * A part of the year written alone as the head of an entry, before its `：` (`令和6年度 上半期：制度設計 下半期：試行`,
 * `第3四半期：試行`, `年度末：公表`), or a range of parts or one open at its end (`上半期～下半期：`, `第2四半期～：`):
 * dated by the year written before it (see `resolveDates`). Not right after a `：`, where it starts the label of the
 * entry before (`令和3年度：上半期：調査` narrows that entry), nor before a date with a year (`前期：令和3～5年度`: the
 * word names the period that date gives).
 *
 * @param text - normalised text
 * @param i - offset to read at
 * @param sink - where what reading the date after the `：` noticed is reported (as it is when that date is read)
 * @returns the expression (points of kind `'part'`), or `null` when none starts at `i`
 */
export function readPartEntry(
  text: string,
  i: number,
  sink: DiagnosticSink = new DiagnosticSink(),
): DateExpression | null {
  const point = readPartAlone(text, i);
  if (point === null) return null;
  // 秋頃：, 上半期ごろ：: hedged.
  const hedge = text.charCodeAt(point.end) === 0x9803 /* 頃 */ ? 1 : wordAt(text, 'ごろ', point.end) ? 2 : 0;
  let end = point.end + hedge;
  // Up to another part, or on from it: 上半期～下半期：, 第2四半期～：.
  let last: DatePoint | null = null;
  const dash = skipInlineBlanks(text, end, 1);
  const dashed = isRangeDash(text.charCodeAt(dash));
  if (dashed) {
    last = readPartAlone(text, skipInlineBlanks(text, dash + 1, 1));
    end = last === null ? dash + 1 : last.end;
  }
  const colon = skipInlineBlanks(text, end, 3);
  if (!isColon(text.charCodeAt(colon))) return null;
  // A date with a year right after the ： is what the word names (`前期：令和3～5年度`, a plan's first period): no head
  // of an entry.
  const named = readDateExpression(text, skipInlineBlanks(text, colon + 1, 2), sink);
  if (named !== null && named.points.some((p) => p.kind === 'year')) return null;
  let before = i - 1;
  while (before >= 0 && isInlineBlank(text.charCodeAt(before))) before--;
  if (before >= 0 && isColon(text.charCodeAt(before))) return null;
  const approximate =
    hedge > 0 || isRoughPart(point.yearPart) || (last !== null && isRoughPart(last.yearPart));
  if (last !== null)
    return { type: 'date', start: i, approximate, form: 'range', points: [point, last], end };
  return { type: 'date', start: i, approximate, form: dashed ? 'open-end' : 'single', points: [point], end };
}

/**
 * Reads a date expression at `i`: one date (`2021(R3)年度`), a range (`2021(R3)年度～2022(R4)年度`,
 * `平成17年度から19年度まで`, `R3.4～R4.3`, `2016年(平成28年)2月～3月`), a list (`令和元年度・2年度`,
 * `平成25、26年度`), an open end (`2021(R3)年度～`, `以降`, `から`), an open start (`～2020年度`,
 * `2024年度までに`), with the hedges around it (`概ね`, `目途`, `頃`, `(予定)`).
 *
 * @param text - normalised text
 * @param i - offset to read at
 * @param sink - where absurd years are reported
 * @param hint - set when the read failed after a long list that dates nothing: resume past it
 * @param paired - what {@link readPairedFiscalYear} reads at `i`, when the caller has read it (`null`: nothing);
 *   read here when not given
 * @param before - the year of the last date read before `i` in the same text, if any: a fiscal year written
 *   without its era or century (`4年度：設計` after `令和3年度：調査`) takes that year's
 * @returns the expression, or `null` when none starts at `i`
 */
export function readDateExpression(
  text: string,
  i: number,
  sink: DiagnosticSink,
  hint: ReadHint = { skipTo: -1 },
  paired: DatePoint | null = readPairedFiscalYear(text, i),
  before: DatePoint | null = null,
): DateExpression | null {
  const start = i;
  // The plans' most frequent entry, `2021(R3)年度：…`, on a short path: one point, and nothing to join or hedge.
  if (paired !== null && isColon(text.charCodeAt(paired.end)))
    return { type: 'date', start, approximate: false, form: 'single', points: [paired], end: paired.end };
  let approximate = false;
  const prefix = hedgeBefore(text, i);
  let at = i;
  if (prefix) {
    approximate = true;
    at = skipInlineBlanks(text, i + prefix.length, 1);
  }
  // A point read at `i` is the first of the expression there (no hedge starts with a digit).
  const core = readCore(text, at, sink, hint, paired, before);
  if (!core) return null;
  // A season or a year's middle is a rough time (令和4年秋: September to November, more or less).
  for (const p of core.points) if (isRoughPart(p.yearPart)) approximate = true;
  // A ： right after the date: no hedge follows.
  if (isColon(text.charCodeAt(core.end))) {
    core.start = start;
    core.approximate = approximate;
    return core;
  }
  // Hedges after the date: 目途, を目途, (予定), 頃.
  const hedged = hedgeAfter(text, core.end, suffixMarker);
  if (hedged >= 0) {
    approximate = true;
    core.end = hedged;
  }
  // readCore made `core` anew: complete it in place.
  core.start = start;
  core.approximate = approximate;
  return core;
}
