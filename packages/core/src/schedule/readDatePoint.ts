import type { Diagnostic } from '../model/types.js';
import type { EraRecord } from '../era/resolveEra.js';
import { eraEnd, lastFiscalYearOf } from '../era/eraEnd.js';
import { eraYearText } from '../era/eraYearText.js';
import { formatWareki } from '../era/formatWareki.js';
import { toWareki } from '../era/toWareki.js';
import { formatFiscalYear } from '../fiscal/formatFiscalYear.js';
import { lastDayOfMonth } from '../fiscal/lastDayOfMonth.js';
import {
  isAsciiDigit,
  isCloseParen,
  isIdeograph,
  isInlineBlank,
  isOpenParen,
  isRangeDash,
  skipInlineBlanks,
  wordAt,
} from './chars.js';
import { normalizeText } from '../text/normalizeText.js';
import {
  type DatePoint,
  type DiagnosticSink,
  type MonthPart,
  type YearPart,
  type YearUnit,
} from './expressions.js';
import { eraNameAt, eraOfLetter, lastEraName } from './readEraName.js';
import { isKanjiNumeral, lastNumeral, numeralAt } from './readNumeral.js';

/** The smallest and largest Western years read as dates; others are reported as absurd. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9998;

/**
 * Whether the readers take a year as a date or as the fiscal year a plan is for (`parseSchedule`'s and
 * `parsePlan`'s `fiscalYear`): an integer from 1000 to 9998. Others are reported as absurd in a text, and
 * ignored as an option.
 *
 * @param year - any value
 * @returns whether it is such a year
 * @example
 * isReadableYear(2024) //=> true
 * isReadableYear(99999) //=> false
 * isReadableYear(2024.5) //=> false
 */
export function isReadableYear(year: unknown): year is number {
  return typeof year === 'number' && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** Quotes at most 40 characters of the text, normalised, for a diagnostic message. */
export function quote(text: string, start: number, end: number): string {
  const slice = normalizeText(text.slice(start, Math.min(end, start + 40)));
  return `「${slice}${end - start > 40 ? '…' : ''}」`;
}

/** The unit written at `p`: 年度 (fiscal), 年代 (decade), 年 (calendar), or `null`; it takes {@link unitLength} characters. */
function unitAt(text: string, p: number): YearUnit | null {
  if (text.charCodeAt(p) !== 0x5e74 /* 年 */) return null;
  const next = text.charCodeAt(p + 1);
  if (next === 0x5ea6 /* 度 */) return 'fiscal';
  if (next === 0x4ee3 /* 代 */) return 'decade';
  return 'calendar';
}

const unitLength = (unit: YearUnit): number => (unit === 'calendar' ? 1 : 2);

/** The characters {@link mayStartYearPart} tells, for tables of characters. */
export const YEAR_PART_FIRSTS = '上下前後第当初始末春夏秋冬半中早序終';

/** 上 下 前 後 第 当 初 始 末 春 夏 秋 冬 半 中 早 序 終: the characters a part of a year starts with. */
export function mayStartYearPart(code: number): boolean {
  switch (code) {
    case 0x534a:
    case 0x4e2d:
    case 0x6625:
    case 0x590f:
    case 0x79cb:
    case 0x51ac:
    case 0x4e0a:
    case 0x4e0b:
    case 0x524d:
    case 0x5f8c:
    case 0x7b2c:
    case 0x5f53:
    case 0x521d:
    case 0x59cb:
    case 0x672b:
    case 0x65e9:
    case 0x5e8f:
    case 0x7d42:
      return true;
    default:
      return false;
  }
}

/**
 * 上半期, 下半期, 上期, 下期, 前半, 後半, 第N四半期, 当初, 初め, 始め, 初頭, 末, the seasons 春, 夏, 秋, 冬
 * (or 春季, 冬期), the middle (半ば, 中頃, 中ごろ, 中盤), the early part (早期, 早々, 序盤) and the late part
 * (終盤) after 年度 or 年 (also after a range dash). 前期 and 後期 (the halves), the seasons and the parts
 * written with 期 or 盤 only as words of their own, where no ideograph follows them but a hedge (頃, 目途),
 * 以降, 予定, 中 or 迄: after a year, 後期 begins 後期高齢者 (the late-elderly health scheme) as often, and a
 * season may begin a name (秋田, 春日部).
 */
export function readYearPart(text: string, p: number): { part: YearPart; end: number } | null {
  // Read code unit by code unit: asked at every character that may start a part, it mostly finds none, and
  // then makes nothing.
  const c = text.charCodeAt(p);
  const next = text.charCodeAt(p + 1);
  switch (c) {
    case 0x4e0a /* 上 */:
    case 0x4e0b /* 下 */: {
      // 上半期, 上期, 下半期, 下期
      const part = c === 0x4e0a ? 'first-half' : 'second-half';
      if (next === 0x671f /* 期 */) return { part, end: p + 2 };
      return next === 0x534a /* 半 */ && text.charCodeAt(p + 2) === 0x671f ? { part, end: p + 3 } : null;
    }
    case 0x524d /* 前 */:
    case 0x5f8c /* 後 */: {
      // 前半, 後半; 前期, 後期 as words of their own
      const part = c === 0x524d ? 'first-half' : 'second-half';
      if (next === 0x534a /* 半 */) return { part, end: p + 2 };
      return next === 0x671f /* 期 */ ? wordOfItsOwn(text, part, p + 2) : null;
    }
    case 0x7b2c /* 第 */: {
      // 第3四半期, 第三四半期
      const quarter = quarterOf(next);
      return quarter !== null && wordAt(text, '四半期', p + 2) ? { part: quarter, end: p + 5 } : null;
    }
    case 0x5f53 /* 当 */:
      // 当初; 当初予算 is a year's first budget, made for the whole of it, not its first month.
      return next === 0x521d /* 初 */ && !wordAt(text, '予算', p + 2) ? { part: 'start', end: p + 2 } : null;
    case 0x521d /* 初 */:
      // 初め, 初頭
      return next === 0x3081 /* め */ || next === 0x982d /* 頭 */ ? { part: 'start', end: p + 2 } : null;
    case 0x59cb /* 始 */:
      return next === 0x3081 /* め */ ? { part: 'start', end: p + 2 } : null;
    case 0x672b /* 末 */:
      return { part: 'end', end: p + 1 };
    case 0x534a /* 半 */:
      return next === 0x3070 /* ば */ ? { part: 'middle', end: p + 2 } : null;
    case 0x4e2d /* 中 */:
      // 中頃, 中ごろ; 中盤 as a word of its own
      if (next === 0x9803 /* 頃 */) return { part: 'middle', end: p + 2 };
      if (next === 0x3054 /* ご */ && text.charCodeAt(p + 2) === 0x308d /* ろ */)
        return { part: 'middle', end: p + 3 };
      return next === 0x76e4 /* 盤 */ ? wordOfItsOwn(text, 'middle', p + 2) : null;
    case 0x65e9 /* 早 */:
      // 早期, 早々
      return next === 0x671f || next === 0x3005 ? wordOfItsOwn(text, 'early', p + 2) : null;
    case 0x5e8f /* 序 */:
      return next === 0x76e4 /* 盤 */ ? wordOfItsOwn(text, 'early', p + 2) : null;
    case 0x7d42 /* 終 */:
      return next === 0x76e4 /* 盤 */ ? wordOfItsOwn(text, 'late', p + 2) : null;
    default: {
      // 春季, 冬期, or the season alone; then what may follow a season: a hedge (頃, 目途), 以降, 予定, or no
      // ideograph (秋に, 秋から), never a name (秋田, 春日部).
      const season = SEASONS[c];
      if (season === undefined) return null;
      return wordOfItsOwn(text, season, next === 0x5b63 /* 季 */ || next === 0x671f /* 期 */ ? p + 2 : p + 1);
    }
  }
}

/** `part` ending at `end` when it is a word of its own there (see {@link endsWord}), else `null`. */
function wordOfItsOwn(text: string, part: YearPart, end: number): { part: YearPart; end: number } | null {
  return endsWord(text, end) ? { part, end } : null;
}

/** The quarter a number after 第 names (1–4, 一–四), or `null`. */
function quarterOf(code: number): YearPart | null {
  switch (code) {
    case 0x31:
    case 0x4e00 /* 一 */:
      return 'q1';
    case 0x32:
    case 0x4e8c /* 二 */:
      return 'q2';
    case 0x33:
    case 0x4e09 /* 三 */:
      return 'q3';
    case 0x34:
    case 0x56db /* 四 */:
      return 'q4';
    default:
      return null;
  }
}
/** The seasons by the code unit of their kanji. */
const SEASONS: Partial<Record<number, YearPart>> = {
  0x6625: 'spring', // 春
  0x590f: 'summer', // 夏
  0x79cb: 'autumn', // 秋
  0x51ac: 'winter', // 冬
};
/** Ideographs that may follow a part of a year read as a date: 頃, 目途, 以降, 予定, 中, 迄. */
const AFTER_PART = '頃目以予中迄';

/**
 * A part of the year written as a word of its own at `p` (`上半期に`, `第3四半期から`, `秋頃`; not `末端`, `前期高齢者`),
 * with the 中 or 内 after it: the part and where it ends, or `null`.
 *
 * @example
 * yearPartWordAt('第3四半期に調査', 0) //=> { part: 'q3', end: 5 }
 * yearPartWordAt('末端機器', 0)        //=> null
 */
export function yearPartWordAt(text: string, p: number): { part: YearPart; end: number } | null {
  const part = yearPartAt(text, p);
  return part && endsWord(text, part.end) ? part : null;
}

/** Whether a word that ends at `end` stands alone: no ideograph follows it, or one of {@link AFTER_PART}. */
function endsWord(text: string, end: number): boolean {
  return !isIdeograph(text.charCodeAt(end)) || AFTER_PART.includes(text[end]!);
}

/** 中 or 内 at `p` as a word of its own (during, within: 年度中に, 上期内に), not the start of one (中間, 内容). */
function duringAt(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  return (c === 0x4e2d /* 中 */ || c === 0x5185) /* 内 */ && !isIdeograph(text.charCodeAt(p + 1));
}

/** Past the の at `p`, when one is there: a part of the year or a month may follow it (年度の上半期, 年の10月). */
export const pastNo = (text: string, p: number): number =>
  text.charCodeAt(p) === 0x306e /* の */ ? p + 1 : p;

/**
 * A part of the year at `q` ({@link readYearPart}) with the 中 or 内 after it, if any (上期中に: during it):
 * the part and where it ends; `null` when none starts at `q`.
 */
function yearPartAt(text: string, q: number): { part: YearPart; end: number } | null {
  const part = mayStartYearPart(text.charCodeAt(q)) ? readYearPart(text, q) : null;
  return part && duringAt(text, part.end) ? { part: part.part, end: part.end + 1 } : part;
}

/** 上旬 (or 初旬), 中旬, 下旬, 末 at `p`, or `null`. */
function monthPartAt(text: string, p: number): MonthPart | null {
  const c = text.charCodeAt(p);
  if (c === 0x672b /* 末 */) return 'end';
  if (text.charCodeAt(p + 1) !== 0x65ec /* 旬 */) return null;
  if (c === 0x4e0a /* 上 */ || c === 0x521d /* 初 */) return 'early';
  if (c === 0x4e2d /* 中 */) return 'middle';
  if (c === 0x4e0b /* 下 */) return 'late';
  return null;
}

const monthPartLength = (part: MonthPart): number => (part === 'end' ? 1 : 2);

interface MonthDay {
  month: number;
  day: number | null;
  monthPart: MonthPart | null;
  end: number;
}

/** A month (1–12) written at `p` with its 月: where it ends (the month in `lastNumeral`), or -1. */
export function monthAt(text: string, p: number): number {
  const end = numeralAt(text, p);
  return end < 0 ||
    lastNumeral.huge ||
    lastNumeral.value < 1 ||
    lastNumeral.value > 12 ||
    text.charCodeAt(end) !== 0x6708 /* 月 */
    ? -1
    : end + 1;
}

/** A month with its 月 at `p`, or one counted from the year before (`翌3月`, `翌年3月`): whether one is written there. */
function monthOrNextAt(text: string, p: number): boolean {
  if (text.charCodeAt(p) !== 0x7fcc /* 翌 */) return monthAt(text, p) >= 0;
  return monthAt(text, text.charCodeAt(p + 1) === 0x5e74 /* 年 */ ? p + 2 : p + 1) >= 0;
}

/**
 * `M月`, `M月D日`, `M月上旬` at `p`; month 1–12 and day 1–31 (checked against the calendar later). The first month of a
 * range that writes 月 on its last only (`4～6月`, `10～翌3月`) is read without it, up to the dash.
 */
function readMonthDay(text: string, p: number): MonthDay | null | 'invalid' {
  const mEnd = numeralAt(text, p);
  if (mEnd < 0 || lastNumeral.huge) return null;
  const month = lastNumeral.value;
  if (text.charCodeAt(mEnd) !== 0x6708 /* 月 */) {
    return month >= 1 && month <= 12 && isRangeDash(text.charCodeAt(mEnd)) && monthOrNextAt(text, mEnd + 1)
      ? { month, day: null, monthPart: null, end: mEnd }
      : null;
  }
  if (month < 1 || month > 12) return 'invalid';
  let end = mEnd + 1;
  const dEnd = numeralAt(text, end);
  if (dEnd >= 0 && !lastNumeral.huge && text.charCodeAt(dEnd) === 0x65e5 /* 日 */) {
    const day = lastNumeral.value;
    if (day < 1 || day > 31) return 'invalid';
    return { month, day, monthPart: null, end: dEnd + 1 };
  }
  const part = monthPartAt(text, end);
  if (part) end += monthPartLength(part);
  return { month, day: null, monthPart: part, end };
}

/** A month (and day) written at `p` after one or two blanks within the line, or `null` (none, or no month of the calendar). */
function monthAfterBlank(text: string, p: number): MonthDay | null {
  if (!isInlineBlank(text.charCodeAt(p))) return null;
  const q = skipInlineBlanks(text, p, 2);
  const c = text.charCodeAt(q);
  if (!(isAsciiDigit(c) || isKanjiNumeral(c))) return null;
  const md = readMonthDay(text, q);
  return md === 'invalid' ? null : md;
}

/** `.9`, `.10`, `.4.26`, `/4/1` after a year: month (and day) in dots or slashes. */
function readDotted(text: string, p: number): { month: number; day: number | null; end: number } | null {
  const sep = text.charCodeAt(p);
  if (sep !== 0x2e && sep !== 0x2f) return null;
  let end = numeralAt(text, p + 1);
  if (end < 0) return null;
  const month = lastNumeral.value;
  if (lastNumeral.kanji || lastNumeral.length > 2 || month < 1 || month > 12) return null;
  let day: number | null = null;
  if (text.charCodeAt(end) === sep) {
    const dEnd = numeralAt(text, end + 1);
    const d = lastNumeral;
    if (dEnd >= 0 && !d.kanji && d.length <= 2 && d.value >= 1 && d.value <= 31) {
      day = d.value;
      end = dEnd;
    } else {
      return null;
    }
  }
  // 97.9% or 1.2.3.4 are no dates, nor is 令和3/4年度 a month: it is two years.
  const after = text.charCodeAt(end);
  if (after === 0x25 || after === 0x2e || after === 0x2f || after === 0x5e74 /* 年 */ || isAsciiDigit(after))
    return null;
  if (after === 0x6708 /* 月 */ && day === null) end++;
  return { month, day, end };
}

/** True when a unit, a bracket or a dot follows: the number was meant as a year. */
function looksLikeYear(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  return c === 0x5e74 /* 年 */ || isOpenParen(c);
}

function absurd(text: string, sink: DiagnosticSink, start: number, end: number): void {
  sink.add({
    code: 'absurd-year',
    severity: 'warning',
    message: `${quote(text, start, end)} is not a year between ${MIN_YEAR} and ${MAX_YEAR}; kept as text`,
    messageJa: `${quote(text, start, end)}は${MIN_YEAR}年から${MAX_YEAR}年までの年ではありません。文字のまま残します`,
    source: { start, end },
  });
}

/** Where a number reported as absurd ends: with the unit after it. */
function numeralEnd(text: string, end: number): number {
  return text.charCodeAt(end) === 0x5e74 ? (text.charCodeAt(end + 1) === 0x5ea6 ? end + 2 : end + 1) : end;
}

/** The year {@link readEraYear} or {@link readBracketYear} read last: overwritten by every call. */
const yearRead = {
  year: 0,
  era: null as EraRecord | null,
  eraYear: 0,
  /** The unit inside the brackets (`(令和3年度)`), for {@link readBracketYear}. */
  unit: null as YearUnit | null,
};

/**
 * An era year: `令和3`, `R元`, `平成 29`.
 *
 * @returns where it ends (the year in {@link yearRead}), or -1 (absurd years are reported)
 */
function readEraYear(text: string, i: number, sink: DiagnosticSink): number {
  const numberAt = eraNameAt(text, i);
  if (numberAt < 0) return -1;
  const name = lastEraName;
  const end = numeralAt(text, numberAt, true);
  if (end < 0) return -1;
  const { value, huge } = lastNumeral;
  if (huge || value < 1 || value > 999) {
    if (looksLikeYear(text, end) || huge) absurd(text, sink, i, numeralEnd(text, end));
    return -1;
  }
  // One kanji (令3) is an era only right before 年 or a dot: 令3年度, 令3.4.
  const after = text.charCodeAt(end);
  if (name.form === 'one-kanji' && after !== 0x5e74 /* 年 */ && after !== 0x2e /* . */) return -1;
  const year = name.firstYear + value - 1;
  if (year < MIN_YEAR || year > MAX_YEAR) {
    absurd(text, sink, i, numeralEnd(text, end));
    return -1;
  }
  yearRead.year = year;
  yearRead.era = name.era;
  yearRead.eraYear = value;
  return end;
}

/** {@link readWesternYear}: a number, but too small for a Western year (perhaps a bare year). */
const SMALL = -2;

/**
 * A Western year: four ASCII digits, or a kanji numeral 1000–9998 (二〇二一, 二千二十一) before 年.
 *
 * @returns where it ends (the year in `lastNumeral`), -1 when none (absurd years are
 *   reported), or {@link SMALL} for a smaller number (still in `lastNumeral`)
 */
function readWesternYear(text: string, i: number, sink: DiagnosticSink): number {
  const end = numeralAt(text, i);
  if (end < 0) return -1;
  const { value, length, kanji, huge } = lastNumeral;
  if (kanji) {
    if (!huge && value >= MIN_YEAR && value <= MAX_YEAR && text.charCodeAt(end) === 0x5e74) return end;
    if (huge || value > MAX_YEAR) {
      if (looksLikeYear(text, end)) absurd(text, sink, i, numeralEnd(text, end));
      return -1;
    }
    return SMALL;
  }
  if (length === 4 && value >= MIN_YEAR && value <= MAX_YEAR) return end;
  if (length >= 4) {
    if (looksLikeYear(text, end)) absurd(text, sink, i, numeralEnd(text, end));
    return -1;
  }
  return SMALL;
}

/**
 * The other year in brackets: `(R3)`, `（令和3年）`, `(2017)`, `(令和3年度)`, and the year one era ended
 * and the next began, named in both (`(H31/R1)`, `（平成31・令和元）`: the later era is kept); after an era
 * year (`wantEra` false), a Western year or, failing that, the year in another era (`（令和元年度）`).
 *
 * @returns where the brackets end (the year, era and unit in {@link yearRead}), or -1
 */
function readBracketYear(text: string, p: number, wantEra: boolean, sink: DiagnosticSink): number {
  if (!isOpenParen(text.charCodeAt(p))) return -1;
  const q = skipInlineBlanks(text, p + 1, 2);
  let r: number;
  if (wantEra) {
    r = readEraYear(text, q, sink);
    if (r < 0) return -1;
    const slash = skipInlineBlanks(text, r, 2);
    if (isEraJoiner(text.charCodeAt(slash))) {
      const { year, era, eraYear } = yearRead;
      r = readEraYear(text, skipInlineBlanks(text, slash + 1, 2), sink);
      // Two names of one year in two eras; the later era is kept.
      if (r < 0 || yearRead.year !== year || yearRead.era === era) return -1;
      if (era!.start > yearRead.era!.start) {
        yearRead.era = era;
        yearRead.eraYear = eraYear;
      }
    }
  } else {
    r = readWesternYear(text, q, sink);
    if (r >= 0) {
      yearRead.year = lastNumeral.value;
      yearRead.era = null;
      yearRead.eraYear = 0;
    } else {
      // The year in another era: 平成31年度（令和元年度）.
      r = isAsciiDigit(text.charCodeAt(q)) ? -1 : readEraYear(text, q, sink);
      if (r < 0) return -1;
    }
  }
  let unit = unitAt(text, r);
  if (unit === 'decade') unit = null;
  if (unit) r += unitLength(unit);
  r = skipInlineBlanks(text, r, 2);
  if (!isCloseParen(text.charCodeAt(r))) return -1;
  yearRead.unit = unit;
  return r + 1;
}

/** `/` or `・` between two era years naming one year: `(H31/R1)`, `（平成31・令和元）`. */
const isEraJoiner = (code: number): boolean => code === 0x2f /* / */ || code === 0x30fb; /* ・ */

/** A date point with no diagnostics shares this list. */
const NO_DIAGNOSTICS: readonly Diagnostic[] = Object.freeze([]);

/** A month without a year: 10月, 3月31日, 十月上旬. */
function monthPoint(i: number, md: MonthDay): DatePoint {
  return yearlessPoint(i, md.end, 'month', { month: md.month, day: md.day, monthPart: md.monthPart });
}

/** What a point with no year of its own says besides its kind (see {@link yearlessPoint}); the rest is `null`. */
interface Yearless {
  bare?: number;
  unit?: YearUnit;
  month?: number;
  day?: number | null;
  yearPart?: YearPart | null;
  monthPart?: MonthPart | null;
}

/**
 * A point with no year of its own, dated by what is written before it (a month, a part of the year, a year
 * counted from another): written in the order readDatePoint writes its points, so that all points share one shape.
 */
function yearlessPoint(start: number, end: number, kind: DatePoint['kind'], said: Yearless): DatePoint {
  return {
    start,
    kind,
    era: null,
    diagnostics: NO_DIAGNOSTICS,
    year: null,
    bare: said.bare ?? null,
    bareDigits: 0,
    unit: said.unit ?? null,
    paired: false,
    dotted: false,
    month: said.month ?? null,
    day: said.day ?? null,
    yearPart: said.yearPart ?? null,
    monthPart: said.monthPart ?? null,
    decadeHalf: null,
    end,
  };
}

/** A month without a year at `i`, or `null`. */
function readMonthAlone(text: string, i: number): DatePoint | null {
  const md = readMonthDay(text, i);
  return !md || md === 'invalid' ? null : monthPoint(i, md);
}

/**
 * The plans' most frequent notation, `2021(R3)年度`, read on a short path: four digits, an era
 * letter and its year in brackets that agree, and 年度, with nothing after that a longer date
 * could take (a month, a part of the year, 中, の). Gives what {@link readAnyDatePoint} gives
 * for such text, or `null` where that may differ (any other text): readDatePoint then reads it.
 * Reads each character once.
 *
 * @param text - normalised text
 * @param i - offset to read at
 * @returns the point, or `null`
 */
export function readPairedFiscalYear(text: string, i: number): DatePoint | null {
  // Four digits, a year the readers take, then a bracket.
  let year = 0;
  for (let k = i; k < i + 4; k++) {
    const c = text.charCodeAt(k);
    if (!isAsciiDigit(c)) return null;
    year = year * 10 + c - 0x30;
  }
  if (year < MIN_YEAR || year > MAX_YEAR || !isOpenParen(text.charCodeAt(i + 4))) return null;
  // An era letter (R, H …) right after the bracket, its year (1–999) right after it, and the closing bracket.
  const letter = eraOfLetter(text.charCodeAt(i + 5));
  if (letter === null) return null;
  let eraYear = 0;
  let r = i + 6;
  let c = text.charCodeAt(r);
  while (isAsciiDigit(c) && r < i + 9) {
    eraYear = eraYear * 10 + c - 0x30;
    c = text.charCodeAt(++r);
  }
  if (eraYear < 1 || !isCloseParen(c)) return null;
  // The two years agree (a mismatch is reported on the long path), in a fiscal year the era reached
  // (a later one is noted on the long path: 2020(H32)年度).
  if (letter.firstYear + eraYear - 1 !== year || year > letter.lastFiscalYear) return null;
  // 年度, and nothing after it that the long path would read on: の, a part of the year, 中, 内, a month (also after
  // a blank).
  let p = r + 1;
  if (text.charCodeAt(p) !== 0x5e74 /* 年 */ || text.charCodeAt(p + 1) !== 0x5ea6 /* 度 */) return null;
  p += 2;
  const after = text.charCodeAt(p);
  if (
    after === 0x306e /* の */ ||
    after === 0x4e2d /* 中 */ ||
    after === 0x5185 /* 内 */ ||
    mayStartYearPart(after) ||
    isAsciiDigit(after) ||
    isKanjiNumeral(after) ||
    monthAfterBlank(text, p) !== null
  )
    return null;
  // Written in the order readAnyDatePoint writes its points, so that all points share one shape.
  return {
    start: i,
    kind: 'year',
    era: letter.era,
    diagnostics: NO_DIAGNOSTICS,
    year,
    bare: null,
    bareDigits: 0,
    unit: 'fiscal',
    paired: true,
    dotted: false,
    month: null,
    day: null,
    yearPart: null,
    monthPart: null,
    decadeHalf: null,
    end: p,
  };
}

/**
 * Reads one date as written at `i`: a year (Western, era, or both: `2021(R3)年度`,
 * `令和3年度(2021年度)`, `2018年(平成30年)度`, `平成 29(2017)年度`), with what may follow it
 * (a month and day, 上半期, 第3四半期, 年度当初, 年度末, 上旬, 年代), a dotted date (`R3.9`,
 * `2020.12.18`), or a month without a year (`10月`).
 *
 * A Western year and an era year in brackets that disagree (`2020(R3)`) keep the Western year
 * and add an `'era-mismatch'` diagnostic to the point. Absurd years (`99999年度`, a
 * 10,000-digit number) are reported to `sink` as `'absurd-year'` and read as no date.
 *
 * Reads a bounded number of characters past the numbers it meets, so scanning stays linear.
 *
 * @param text - normalised text
 * @param i - offset to read at
 * @param allowBare - also read a bare number (`19年度`, `2`), as the second end of a range or list
 * @param sink - where absurd years are reported
 * @returns the point, or `null` when no date starts at `i`
 */
export function readDatePoint(
  text: string,
  i: number,
  allowBare: boolean,
  sink: DiagnosticSink,
): DatePoint | null {
  const c = text.charCodeAt(i);
  if (isAsciiDigit(c)) return readPairedFiscalYear(text, i) ?? readAnyDatePoint(text, i, allowBare, sink);
  if (mayStartRelativeYear(c)) return readRelativeYear(text, i);
  return readAnyDatePoint(text, i, allowBare, sink);
}

/**
 * 翌 次 同: the characters a fiscal year counted from the date before it starts with (翌年度, 次年度, 同年度);
 * 今 本 来 再 昨: those of one counted from the year the text is written for (今年度, 来年度, 再来年度, 昨年度).
 */
function mayStartRelativeYear(code: number): boolean {
  switch (code) {
    case 0x7fcc:
    case 0x6b21:
    case 0x540c:
    case 0x4eca:
    case 0x672c:
    case 0x6765:
    case 0x518d:
    case 0x6628:
      return true;
    default:
      return false;
  }
}

/**
 * A part of the year written at `p` as a word of its own, perhaps naming the year of a date before it again
 * (`上半期`, `第3四半期に`, `年度末`, `年度の下半期`; not `末端`, `前期高齢者`: see {@link yearPartWordAt}): the part
 * and where its word ends, or `null`.
 *
 * @example
 * partOfYearWordAt('年度末に公表', 0) //=> { part: 'end', end: 3 }
 */
export function partOfYearWordAt(text: string, p: number): { part: YearPart; end: number } | null {
  let q = p;
  if (text.charCodeAt(q) === 0x5e74 /* 年 */ && text.charCodeAt(q + 1) === 0x5ea6 /* 度 */)
    q = pastNo(text, q + 2);
  return yearPartWordAt(text, q);
}

/**
 * A part of the year written alone, as a word of its own (see {@link partOfYearWordAt}): a point of kind `'part'`,
 * dated by the date before it (see `resolveDates`).
 *
 * @param text - normalised text
 * @param i - offset to read at
 * @returns the point, or `null` when none starts at `i`
 */
export function readPartAlone(text: string, i: number): DatePoint | null {
  const part = partOfYearWordAt(text, i);
  return part === null ? null : yearlessPoint(i, part.end, 'part', { yearPart: part.part });
}

/**
 * A fiscal year counted from the date before it: 翌年度 or 次年度 (the year after), 翌々年度 (two years after),
 * 同年度 (the same year), with a part of the year after it (翌年度当初, 翌年度末, 翌年度の上半期, 翌年度中). Its
 * year is the context's, when the date before it is a fiscal year (`2021(R3)年度：検討 翌年度：実施`); see
 * `resolveDates`. Not 翌年 or 同年 alone (calendar years), nor 翌月, nor 同年度比 (a comparison); with a month
 * after them, a month of a calendar year counted so (翌年3月, 翌3月, 同年9月: see {@link readRelativeMonth}). So too
 * a fiscal year counted from the one the text is written for: 今年度 and 本年度 (that year), 来年度, 再来年度, 昨年度.
 *
 * @param text - normalised text
 * @param i - offset to read at
 * @returns the point (of kind `'relative'` or `'current'`, its offset in years in `bare`), or `null` when none
 *   starts at `i`
 */
function readRelativeYear(text: string, i: number): DatePoint | null {
  const c = text.charCodeAt(i);
  let offset: number;
  let kind: 'relative' | 'current' = 'relative';
  let p = i + 1;
  if (c === 0x7fcc /* 翌 */ && text.charCodeAt(p) === 0x3005 /* 々 */) {
    offset = 2;
    p++;
  } else if (c === 0x7fcc /* 翌 */ || c === 0x6b21 /* 次 */) {
    offset = 1;
  } else if (c === 0x540c /* 同 */) {
    offset = 0;
  } else if (c === 0x518d /* 再 */ && text.charCodeAt(p) === 0x6765 /* 来 */) {
    kind = 'current';
    offset = 2;
    p++;
  } else {
    kind = 'current';
    if (c === 0x4eca /* 今 */ || c === 0x672c /* 本 */) offset = 0;
    else if (c === 0x6765 /* 来 */) offset = 1;
    else if (c === 0x6628 /* 昨 */) offset = -1;
    else return null;
  }
  if (text.charCodeAt(p) !== 0x5e74 /* 年 */ || text.charCodeAt(p + 1) !== 0x5ea6 /* 度 */)
    return kind === 'relative' && c !== 0x6b21 /* 次 */ ? readRelativeMonth(text, i, p, offset) : null;
  p += 2;
  // 同年度比, 翌年度比: a comparison, no date.
  if (text.charCodeAt(p) === 0x6bd4 /* 比 */) return null;
  let yearPart: YearPart | null = null;
  const part = yearPartAt(text, pastNo(text, p));
  if (part) {
    yearPart = part.part;
    p = part.end;
  } else if (duringAt(text, p)) {
    p++; // 翌年度中に: during it
  }
  return yearlessPoint(i, p, kind, { bare: offset, unit: 'fiscal', yearPart });
}

/**
 * A month of a calendar year counted from the date before it, at `p` past 翌, 翌々 or 同 (see
 * {@link readRelativeYear}): 翌年3月 and 翌3月 (the March after it), 翌々年4月, 同年9月 (of the same year), with
 * a day or a part of the month as a month takes one (翌年3月末). Its year counts from the calendar year of that
 * date (`2021年10月～翌年3月` ends in March 2022; see `resolveDates`). Not 同3月, nor 翌年 alone.
 *
 * @param offset - the years counted: 1 for 翌, 2 for 翌々, 0 for 同
 * @returns the point (of kind `'relative'`, unit `'calendar'`), or `null`
 */
function readRelativeMonth(text: string, i: number, p: number, offset: number): DatePoint | null {
  let q = p;
  if (text.charCodeAt(q) === 0x5e74 /* 年 */) q++;
  else if (offset !== 1) return null;
  const md = readMonthDay(text, q);
  if (md === null || md === 'invalid') return null;
  return yearlessPoint(i, md.end, 'relative', {
    bare: offset,
    unit: 'calendar',
    month: md.month,
    day: md.day,
    monthPart: md.monthPart,
  });
}

/**
 * An `'era-ended'` note for a year, month or day written in an era that had ended by then
 * (`平成32年度`, `2020(H32)年度`, `平成31年5月1日`): plans written before an era changed name later years
 * in the old one. The date read is kept; the note names it in the era of its time.
 */
function eraEnded(
  text: string,
  start: number,
  end: number,
  era: EraRecord,
  year: number,
  unit: YearUnit | null,
  month: number | null,
  day: number | null,
): Diagnostic | null {
  const last = eraEnd(era);
  if (last === null) return null;
  let named: string;
  if (unit === 'fiscal' && month === null) {
    if (year <= lastFiscalYearOf(era)) return null;
    named = formatFiscalYear(year, 'japanese');
  } else if (unit === 'calendar') {
    const first = `${year}-${String(month ?? 1).padStart(2, '0')}-${String(day ?? 1).padStart(2, '0')}`;
    // A day the calendar lacks is reported as such when the dates are resolved.
    if (first <= last || (month !== null && day !== null && day > lastDayOfMonth(year, month))) return null;
    const w = toWareki(month === null ? `${year}-12-31` : first);
    const eraYear = eraYearText(w.name, w.year);
    named = month === null ? eraYear : day === null ? `${eraYear}${month}月` : formatWareki(first, 'long');
  } else {
    return null;
  }
  const written = quote(text, start, end);
  const [y, m, d] = last.split('-').map(Number);
  return {
    code: 'era-ended',
    severity: 'info',
    message: `${written}: ${era.name} ended on ${last}; this is ${named}`,
    messageJa: `${written}: ${era.name}は${y}年${m}月${d}日までです。${named}のことです`,
    source: { start, end },
  };
}

/**
 * `point` with an `'era-ended'` note (see {@link readAnyDatePoint}) when it is a year its era was given from
 * the point before it (`33年度` of `平成30年度～33年度`) and lies past that era's end; `point` itself otherwise.
 *
 * @param text - normalised text
 * @param point - a point dated by the one before it
 * @returns the point, noted when need be
 */
export function notingEraEnded(text: string, point: DatePoint): DatePoint {
  if (point.era === null || point.year === null) return point;
  const { start, end, era, year, unit, month, day } = point;
  const ended = eraEnded(text, start, end, era, year, unit, month, day);
  return ended ? { ...point, diagnostics: [...point.diagnostics, ended] } : point;
}

/**
 * {@link readDatePoint} on its long path, for every notation it reads.
 *
 * @param text - normalised text
 * @param i - offset to read at
 * @param allowBare - also read a bare number (`19年度`, `2`), as the second end of a range or list
 * @param sink - where absurd years are reported
 * @returns the point, or `null` when no date starts at `i`
 */
export function readAnyDatePoint(
  text: string,
  i: number,
  allowBare: boolean,
  sink: DiagnosticSink,
): DatePoint | null {
  // The first year: an era year, a Western year, or (when allowed) a bare number.
  let kind: 'year' | 'bare' = 'year';
  let year = 0;
  let era: EraRecord | null = null;
  let eraYear = 0;
  let bare: number | null = null;
  let bareDigits = 0;
  // No era name starts with a digit: a Western year (the usual case) skips looking for one.
  let p = isAsciiDigit(text.charCodeAt(i)) ? -1 : readEraYear(text, i, sink);
  if (p >= 0) {
    ({ year, era, eraYear } = yearRead);
  } else {
    p = readWesternYear(text, i, sink);
    if (p === SMALL) {
      const n = lastNumeral;
      if (!allowBare || n.huge || n.value < 1 || n.value > 99) return readMonthAlone(text, i);
      kind = 'bare';
      bare = n.value;
      bareDigits = n.kanji ? 0 : n.length;
      p = i + n.length;
      // 3月 after a range dash is a month, not a bare year.
      if (text.charCodeAt(p) === 0x6708 /* 月 */) return readMonthAlone(text, i);
    } else if (p < 0) {
      return readMonthAlone(text, i);
    } else {
      year = lastNumeral.value;
    }
  }

  let unit: YearUnit | null = null;
  const first = unitAt(text, p);
  if (first && !(first === 'decade' && kind === 'bare')) {
    unit = first;
    p += unitLength(first);
  }

  // The other year in brackets.
  let paired = false;
  let diagnostics = NO_DIAGNOSTICS;
  // Of two era years naming one year, the era not kept (平成 of 平成33年度（令和3年度）), which may have ended by then.
  let eraNotKept: EraRecord | null = null;
  if (kind === 'year' && unit !== 'decade') {
    const q = skipInlineBlanks(text, p, 2);
    const end = readBracketYear(text, q, era === null, sink);
    if (end >= 0) {
      const alt = yearRead;
      // An era year and the year in another era (平成31年度（令和元年度）): no Western year is written; the first is kept,
      // in the later of the two eras when both name that year.
      const eras = era !== null && alt.era !== null;
      paired = !eras;
      // The year kept is the first one's, or the Western year in brackets after an era year (令和3年度(2021年度)); the
      // era year that may name another (a mismatch) is then the other one.
      const keepFirst = era === null || eras;
      const kept = keepFirst ? year : alt.year;
      const otherEra = keepFirst ? alt.era! : era!;
      const otherEraYear = keepFirst ? alt.eraYear : eraYear;
      const otherYear = keepFirst ? alt.year : year;
      if (unit === null && alt.unit !== null) unit = alt.unit;
      p = end;
      if (unit === 'calendar' && text.charCodeAt(p) === 0x5ea6 /* 度: 2018年(平成30年)度 */) {
        unit = 'fiscal';
        p++;
      } else if (unit === null) {
        const second = unitAt(text, p);
        if (second && second !== 'decade') {
          unit = second;
          p += unitLength(second);
        }
      }
      if (otherYear !== kept) {
        const written = quote(text, i, p);
        const other = eraYearText(otherEra.name, otherEraYear);
        diagnostics = [
          {
            code: 'era-mismatch',
            severity: 'warning',
            message: eras
              ? `${written}: ${other} is ${otherYear}, not ${kept}; ${eraYearText(era!.name, eraYear)} (${kept}) is kept`
              : `${written}: ${other} is ${otherYear}, not ${kept}; the Western year ${kept} is kept`,
            messageJa: eras
              ? `${written}: ${other}は${otherYear}年で、${kept}年ではありません。${eraYearText(era!.name, eraYear)}（${kept}年）として読みます`
              : `${written}: ${other}は${otherYear}年で、${kept}年ではありません。西暦の${kept}年として読みます`,
            source: { start: i, end: p },
          },
        ];
      }
      if (!eras || (otherYear === kept && alt.era!.start > era!.start)) {
        if (eras) eraNotKept = era;
        era = otherEra;
        eraYear = otherEraYear;
      } else if (otherYear === kept) {
        eraNotKept = otherEra;
      }
      year = kept;
    }
  }

  let month: number | null = null;
  let day: number | null = null;
  let yearPart: YearPart | null = null;
  let monthPart: MonthPart | null = null;
  let decadeHalf: DatePoint['decadeHalf'] = null;
  let dotted = false;

  if (unit === 'decade') {
    const c = text.charCodeAt(p);
    if (text.charCodeAt(p + 1) === 0x534a /* 半 */) {
      if (c === 0x524d /* 前 */) decadeHalf = 'first';
      else if (c === 0x5f8c /* 後 */) decadeHalf = 'second';
    }
    if (decadeHalf) p += 2;
  } else if (unit === 'fiscal' || unit === 'calendar') {
    const q = pastNo(text, p);
    const cq = text.charCodeAt(q);
    // A part of the year or a month follows only where one can start (most often a ： follows).
    const part = yearPartAt(text, q);
    let md = part || !(isAsciiDigit(cq) || isKanjiNumeral(cq)) ? null : readMonthDay(text, q);
    // A month after a blank is one of the year too (`令和3年度 4月～9月 調査`), when it is one.
    if (md === null && !part && q === p) md = monthAfterBlank(text, p);
    if (part) {
      yearPart = part.part;
      p = part.end;
    } else if (md === 'invalid') {
      if (kind === 'year') {
        sink.add({
          code: 'invalid-date',
          severity: 'warning',
          message: `${quote(text, i, q + 4)} names no month or day of the calendar; kept as text`,
          messageJa: `${quote(text, i, q + 4)}は暦にない月日です。文字のまま残します`,
          source: { start: i, end: Math.min(text.length, q + 3) },
        });
      }
      return null;
    } else if (md) {
      month = md.month;
      day = md.day;
      monthPart = md.monthPart;
      p = md.end;
    } else if (duringAt(text, p)) {
      // 年度中 and 年度内 (during, within the year) are the whole year: 2021年度中に実施, 2021年度内に策定, 2024年中に.
      p++;
    }
  } else if (kind === 'year') {
    const dots = readDotted(text, p);
    if (dots) {
      dotted = true;
      unit = 'calendar';
      month = dots.month;
      day = dots.day;
      p = dots.end;
      if (day === null) {
        const mp = monthPartAt(text, p);
        if (mp && mp !== 'end') {
          monthPart = mp;
          p += monthPartLength(mp);
        }
      }
    }
  }

  if (kind === 'year' && era !== null) {
    const ended =
      eraEnded(text, i, p, era, year, unit, month, day) ??
      // The year alone: 平成31年（令和元年）5月 names 2019 in both eras, and 平成31年 was.
      (eraNotKept && eraEnded(text, i, p, eraNotKept, year, unit, null, null));
    if (ended) diagnostics = diagnostics.length === 0 ? [ended] : [...diagnostics, ended];
  }
  return {
    start: i,
    kind,
    era,
    diagnostics,
    year: kind === 'bare' ? null : year,
    bare,
    bareDigits,
    unit,
    paired,
    dotted,
    month,
    day,
    yearPart,
    monthPart,
    decadeHalf,
    end: p,
  };
}
