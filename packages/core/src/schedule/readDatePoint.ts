import { fromWareki } from '../era/fromWareki.js';
import type { EraRecord } from '../era/resolveEra.js';
import { isAsciiDigit, skipInlineBlanks } from './chars.js';
import {
  type DatePoint,
  type DiagnosticSink,
  type MonthPart,
  type YearPart,
  type YearUnit,
} from './expressions.js';
import { readEraName } from './readEraName.js';
import { readNumeral, type Numeral } from './readNumeral.js';

/** The smallest and largest Western years read as dates; others are reported as absurd. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9998;

const KANJI_QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** CJK unified ideographs: 年度中に (during the year) but not 年度中間 (interim). */
function isIdeograph(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** Quotes at most 40 characters of the text for a diagnostic message. */
export function quote(text: string, start: number, end: number): string {
  const slice = text.slice(start, Math.min(end, start + 40));
  return `「${slice}${end - start > 40 ? '…' : ''}」`;
}

function readUnit(text: string, p: number): { unit: YearUnit; end: number } | null {
  if (text.charCodeAt(p) !== 0x5e74 /* 年 */) return null;
  const next = text.charCodeAt(p + 1);
  if (next === 0x5ea6 /* 度 */) return { unit: 'fiscal', end: p + 2 };
  if (next === 0x4ee3 /* 代 */) return { unit: 'decade', end: p + 2 };
  return { unit: 'calendar', end: p + 1 };
}

const YEAR_PART_FIRST = new Set([...'上下第当初始末'].map((c) => c.charCodeAt(0)));

/** 上半期, 下半期, 上期, 下期, 第N四半期, 当初, 初め, 始め, 初頭, 末 after 年度 or 年 (also after a range dash). */
export function readYearPart(text: string, p: number): { part: YearPart; end: number } | null {
  if (!YEAR_PART_FIRST.has(text.charCodeAt(p))) return null;
  const s = text.slice(p, p + 5);
  if (s.startsWith('上半期')) return { part: 'first-half', end: p + 3 };
  if (s.startsWith('下半期')) return { part: 'second-half', end: p + 3 };
  if (s.startsWith('上期')) return { part: 'first-half', end: p + 2 };
  if (s.startsWith('下期')) return { part: 'second-half', end: p + 2 };
  if (s[0] === '第' && s.slice(2, 5) === '四半期') {
    const n = KANJI_QUARTER[s[1]!];
    if (n !== undefined) return { part: `q${n}` as YearPart, end: p + 5 };
  }
  if (s.startsWith('当初') || s.startsWith('初め') || s.startsWith('始め') || s.startsWith('初頭')) {
    return { part: 'start', end: p + 2 };
  }
  if (s[0] === '末') return { part: 'end', end: p + 1 };
  return null;
}

function readMonthPart(text: string, p: number): { part: MonthPart; end: number } | null {
  const s = text.slice(p, p + 2);
  if (s === '上旬' || s === '初旬') return { part: 'early', end: p + 2 };
  if (s === '中旬') return { part: 'middle', end: p + 2 };
  if (s === '下旬') return { part: 'late', end: p + 2 };
  if (s[0] === '末') return { part: 'end', end: p + 1 };
  return null;
}

interface MonthDay {
  month: number;
  day: number | null;
  monthPart: MonthPart | null;
  end: number;
}

/** `M月`, `M月D日`, `M月上旬` at `p`; month 1–12 and day 1–31 (checked against the calendar later). */
function readMonthDay(text: string, p: number): MonthDay | null | 'invalid' {
  const m = readNumeral(text, p);
  if (!m || m.huge || text.charCodeAt(m.end) !== 0x6708 /* 月 */) return null;
  if (m.value < 1 || m.value > 12) return 'invalid';
  let end = m.end + 1;
  const d = readNumeral(text, end);
  if (d && !d.huge && text.charCodeAt(d.end) === 0x65e5 /* 日 */) {
    if (d.value < 1 || d.value > 31) return 'invalid';
    return { month: m.value, day: d.value, monthPart: null, end: d.end + 1 };
  }
  const part = readMonthPart(text, end);
  if (part) end = part.end;
  return { month: m.value, day: null, monthPart: part?.part ?? null, end };
}

/** `.9`, `.10`, `.4.26`, `/4/1` after a year: month (and day) in dots or slashes. */
function readDotted(text: string, p: number): { month: number; day: number | null; end: number } | null {
  const sep = text.charCodeAt(p);
  if (sep !== 0x2e && sep !== 0x2f) return null;
  const m = readNumeral(text, p + 1);
  if (!m || m.kanji || m.length > 2 || m.value < 1 || m.value > 12) return null;
  let end = m.end;
  let day: number | null = null;
  if (text.charCodeAt(end) === sep) {
    const d = readNumeral(text, end + 1);
    if (d && !d.kanji && d.length <= 2 && d.value >= 1 && d.value <= 31) {
      day = d.value;
      end = d.end;
    } else {
      return null;
    }
  }
  // 97.9% or 1.2.3.4 are no dates.
  const after = text.charCodeAt(end);
  if (after === 0x25 || after === 0x2e || after === 0x2f || isAsciiDigit(after)) return null;
  if (after === 0x6708 /* 月 */ && day === null) end++;
  return { month: m.value, day, end };
}

/** True when a unit, a bracket or a dot follows: the number was meant as a year. */
function looksLikeYear(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  return c === 0x5e74 /* 年 */ || c === 0x28; /* ( */
}

function absurd(text: string, sink: DiagnosticSink, start: number, end: number): null {
  sink.add({
    code: 'absurd-year',
    severity: 'warning',
    message: `${quote(text, start, end)} is not a year between ${MIN_YEAR} and ${MAX_YEAR}; kept as text`,
    source: { start, end },
  });
  return null;
}

function numeralEnd(text: string, n: Numeral): number {
  // Report the number and the unit after it.
  return text.charCodeAt(n.end) === 0x5e74
    ? text.charCodeAt(n.end + 1) === 0x5ea6
      ? n.end + 2
      : n.end + 1
    : n.end;
}

interface YearStart {
  kind: 'year' | 'bare';
  year: number | null;
  era: EraRecord | null;
  eraYear: number | null;
  bare: number | null;
  bareDigits: number;
  end: number;
}

/** An era year: `令和3`, `R元`, `平成 29`. */
function readEraYear(
  text: string,
  i: number,
  sink: DiagnosticSink,
): { era: EraRecord; eraYear: number; year: number; end: number } | null {
  const name = readEraName(text, i);
  if (!name) return null;
  const n = readNumeral(text, name.numberAt, true);
  if (!n) return null;
  if (n.huge || n.value < 1 || n.value > 999) {
    return looksLikeYear(text, n.end) || n.huge ? absurd(text, sink, i, numeralEnd(text, n)) : null;
  }
  // One kanji (令3) is an era only right before 年 or a dot: 令3年度, 令3.4.
  if (name.form === 'one-kanji' && text[n.end] !== '年' && text[n.end] !== '.') return null;
  const year = fromWareki(name.era, n.value);
  if (year < MIN_YEAR || year > MAX_YEAR) return absurd(text, sink, i, numeralEnd(text, n));
  return { era: name.era, eraYear: n.value, year, end: n.end };
}

/** A Western year: four ASCII digits, or a kanji numeral 1000–9998 (二〇二一, 二千二十一) before 年. */
function readWesternYear(
  text: string,
  i: number,
  sink: DiagnosticSink,
): { year: number; end: number } | null | 'small' {
  const n = readNumeral(text, i);
  if (!n) return null;
  if (n.kanji) {
    if (!n.huge && n.value >= MIN_YEAR && n.value <= MAX_YEAR && text.charCodeAt(n.end) === 0x5e74)
      return { year: n.value, end: n.end };
    if (n.huge || n.value > MAX_YEAR)
      return looksLikeYear(text, n.end) ? absurd(text, sink, i, numeralEnd(text, n)) : null;
    return 'small';
  }
  if (n.length === 4 && n.value >= MIN_YEAR && n.value <= MAX_YEAR) return { year: n.value, end: n.end };
  if (n.length >= 4) return looksLikeYear(text, n.end) ? absurd(text, sink, i, numeralEnd(text, n)) : null;
  return 'small';
}

function readYearStart(text: string, i: number, allowBare: boolean, sink: DiagnosticSink): YearStart | null {
  const eraYear = readEraYear(text, i, sink);
  if (eraYear) {
    return {
      kind: 'year',
      year: eraYear.year,
      era: eraYear.era,
      eraYear: eraYear.eraYear,
      bare: null,
      bareDigits: 0,
      end: eraYear.end,
    };
  }
  const western = readWesternYear(text, i, sink);
  if (western === null) return null;
  if (western !== 'small') {
    return {
      kind: 'year',
      year: western.year,
      era: null,
      eraYear: null,
      bare: null,
      bareDigits: 0,
      end: western.end,
    };
  }
  if (!allowBare) return null;
  const n = readNumeral(text, i);
  if (!n || n.huge || n.value < 1 || n.value > 99) return null;
  return {
    kind: 'bare',
    year: null,
    era: null,
    eraYear: null,
    bare: n.value,
    bareDigits: n.kanji ? 0 : n.length,
    end: n.end,
  };
}

/** The other year in brackets: `(R3)`, `（令和3年）`, `(2017)`, `(令和3年度)`. */
function readBracketYear(
  text: string,
  p: number,
  wantEra: boolean,
  sink: DiagnosticSink,
): {
  year: number;
  era: EraRecord | null;
  eraYear: number | null;
  unit: YearUnit | null;
  end: number;
} | null {
  if (text.charCodeAt(p) !== 0x28 /* ( */) return null;
  const q = skipInlineBlanks(text, p + 1, 2);
  let year: number;
  let era: EraRecord | null = null;
  let eraYear: number | null = null;
  let r: number;
  if (wantEra) {
    const e = readEraYear(text, q, sink);
    if (!e) return null;
    ({ year, era, eraYear } = e);
    r = e.end;
  } else {
    const w = readWesternYear(text, q, sink);
    if (!w || w === 'small') return null;
    year = w.year;
    r = w.end;
  }
  const unit = readUnit(text, r);
  if (unit && unit.unit !== 'decade') r = unit.end;
  r = skipInlineBlanks(text, r, 2);
  if (text.charCodeAt(r) !== 0x29 /* ) */) return null;
  return { year, era, eraYear, unit: unit && unit.unit !== 'decade' ? unit.unit : null, end: r + 1 };
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
  const diagnostics: DatePoint['diagnostics'] = [];
  const monthPoint = (md: MonthDay): DatePoint => ({
    start: i,
    end: md.end,
    kind: 'month',
    year: null,
    era: null,
    bare: null,
    bareDigits: 0,
    unit: null,
    paired: false,
    dotted: false,
    month: md.month,
    day: md.day,
    yearPart: null,
    monthPart: md.monthPart,
    decadeHalf: null,
    diagnostics,
  });

  const head = readYearStart(text, i, allowBare, sink);
  if (!head) {
    // A month without a year: 10月, 3月31日, 十月上旬.
    const md = readMonthDay(text, i);
    if (!md || md === 'invalid') return null;
    return monthPoint(md);
  }
  if (head.kind === 'bare' && text.charCodeAt(head.end) === 0x6708 /* 月 */) {
    // 3月 after a range dash is a month, not a bare year.
    const md = readMonthDay(text, i);
    if (!md || md === 'invalid') return null;
    return monthPoint(md);
  }

  let p = head.end;
  let year = head.year;
  let unit: YearUnit | null = null;
  const first = readUnit(text, p);
  if (first && !(first.unit === 'decade' && head.kind === 'bare')) {
    unit = first.unit;
    p = first.end;
  }

  // The other year in brackets.
  let paired = false;
  let era = head.era;
  if (head.kind === 'year' && unit !== 'decade') {
    const q = skipInlineBlanks(text, p, 2);
    const alt = readBracketYear(text, q, head.era === null, sink);
    if (alt) {
      paired = true;
      const western = head.era === null ? head.year! : alt.year;
      const eraRecord = head.era ?? alt.era!;
      const eraYear = head.era === null ? alt.eraYear! : head.eraYear!;
      const eraWestern = head.era === null ? alt.year : head.year!;
      year = western;
      if (unit === null && alt.unit !== null) unit = alt.unit;
      p = alt.end;
      if (unit === 'calendar' && text.charCodeAt(p) === 0x5ea6 /* 度: 2018年(平成30年)度 */) {
        unit = 'fiscal';
        p++;
      } else if (unit === null) {
        const second = readUnit(text, p);
        if (second && second.unit !== 'decade') {
          unit = second.unit;
          p = second.end;
        }
      }
      if (eraWestern !== western) {
        diagnostics.push({
          code: 'era-mismatch',
          severity: 'warning',
          message: `${quote(text, i, p)}: ${eraRecord.name}${eraYear === 1 ? '元' : eraYear}年 is ${eraWestern}, not ${western}; the Western year ${western} is kept`,
          source: { start: i, end: p },
        });
      }
      era = eraRecord;
    }
  }

  let month: number | null = null;
  let day: number | null = null;
  let yearPart: YearPart | null = null;
  let monthPart: MonthPart | null = null;
  let decadeHalf: DatePoint['decadeHalf'] = null;
  let dotted = false;

  if (unit === 'decade') {
    const s = text.slice(p, p + 2);
    if (s === '前半') decadeHalf = 'first';
    if (s === '後半') decadeHalf = 'second';
    if (decadeHalf) p += 2;
  } else if (unit === 'fiscal' || unit === 'calendar') {
    const q = text.charCodeAt(p) === 0x306e /* の */ ? p + 1 : p;
    const part = readYearPart(text, q);
    const md = part ? null : readMonthDay(text, q);
    if (part) {
      yearPart = part.part;
      p = part.end;
    } else if (md === 'invalid') {
      if (head.kind === 'year') {
        sink.add({
          code: 'invalid-date',
          severity: 'warning',
          message: `${quote(text, i, q + 4)} names no month or day of the calendar; kept as text`,
          source: { start: i, end: Math.min(text.length, q + 3) },
        });
      }
      return null;
    } else if (md) {
      month = md.month;
      day = md.day;
      monthPart = md.monthPart;
      p = md.end;
    } else if (
      unit === 'fiscal' &&
      text.charCodeAt(p) === 0x4e2d /* 中 */ &&
      !isIdeograph(text.charCodeAt(p + 1))
    ) {
      // 年度中 (during the year) is the whole year: 2021年度中に実施.
      p++;
    }
  } else if (head.kind === 'year') {
    const dots = readDotted(text, p);
    if (dots) {
      dotted = true;
      unit = 'calendar';
      month = dots.month;
      day = dots.day;
      p = dots.end;
      if (day === null) {
        const mp = readMonthPart(text, p);
        if (mp && mp.part !== 'end') {
          monthPart = mp.part;
          p = mp.end;
        }
      }
    }
  }

  return {
    start: i,
    kind: head.kind,
    era,
    diagnostics,
    year: head.kind === 'bare' ? null : year,
    bare: head.bare,
    bareDigits: head.bareDigits,
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
