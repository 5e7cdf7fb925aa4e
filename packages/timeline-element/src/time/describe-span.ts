import { ERAS, fiscalYearEra, toWareki } from '@plan-timeline/core';
import type { Span } from '@plan-timeline/core';

/** Which notation dates are written in. */
export type EraMode = 'both' | 'western' | 'japanese';

/** The language of the element's own words. */
export type Lang = 'ja' | 'en';

/** Short English month names, January first. */
export const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function romaji(eraId: string): string {
  return ERAS.find((era) => era.id === eraId)?.romaji ?? eraId;
}

/**
 * A fiscal year written in the chosen notation.
 * @param fiscalYear - the Western year in which the fiscal year starts
 * @param era - `'both'` 2021(R3)年度, `'western'` 2021年度, `'japanese'` 令和3年度
 * @param lang - `'en'` writes FY2021 (R3), FY2021, Reiwa 3
 * @returns the text
 * @example
 * fiscalYearText(2019, 'japanese', 'ja')
 * //=> '令和元年度'
 */
export function fiscalYearText(fiscalYear: number, era: EraMode, lang: Lang): string {
  if (era === 'western') return lang === 'en' ? `FY${fiscalYear}` : `${fiscalYear}年度`;
  const wareki = safeEra(fiscalYear);
  if (!wareki) return lang === 'en' ? `FY${fiscalYear}` : `${fiscalYear}年度`;
  if (era === 'japanese') {
    return lang === 'en'
      ? `FY ${romaji(wareki.era)} ${wareki.year}`
      : `${wareki.name}${wareki.year === 1 ? '元' : wareki.year}年度`;
  }
  return lang === 'en'
    ? `FY${fiscalYear} (${wareki.abbr}${wareki.year})`
    : `${fiscalYear}(${wareki.abbr}${wareki.year})年度`;
}

/** Era of each fiscal year asked for: every bar label and axis tick asks, for a few dozen distinct years. */
const ERA_OF_YEAR = new Map<number, ReturnType<typeof fiscalYearEra> | null>();

function safeEra(fiscalYear: number) {
  let wareki = ERA_OF_YEAR.get(fiscalYear);
  if (wareki === undefined) {
    try {
      wareki = fiscalYearEra(fiscalYear);
    } catch {
      wareki = null;
    }
    if (ERA_OF_YEAR.size < 1000) ERA_OF_YEAR.set(fiscalYear, wareki);
  }
  return wareki;
}

function safeWareki(iso: string) {
  try {
    return toWareki(iso);
  } catch {
    return null;
  }
}

/**
 * A calendar month or day written in the chosen notation.
 * @param iso - the date
 * @param withDay - write the day too
 * @param era - notation
 * @param lang - language
 * @returns the text, such as `2021(R3)年10月` or `Oct 2021 (R3)`
 * @example
 * dateText('2021-10-05', true, 'japanese', 'ja')
 * //=> '令和3年10月5日'
 */
export function dateText(iso: string, withDay: boolean, era: EraMode, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const wareki = era === 'western' ? null : safeWareki(iso);
  if (lang === 'en') {
    const western = `${withDay ? `${d} ` : ''}${MONTHS_EN[m - 1]} ${y}`;
    if (!wareki) return western;
    return era === 'japanese'
      ? `${withDay ? `${d} ` : ''}${MONTHS_EN[m - 1]} ${romaji(wareki.era)} ${wareki.year}`
      : `${western} (${wareki.abbr}${wareki.year})`;
  }
  const tail = `${m}月${withDay ? `${d}日` : ''}`;
  if (!wareki) return `${y}年${tail}`;
  if (era === 'japanese') return `${wareki.name}${wareki.year === 1 ? '元' : wareki.year}年${tail}`;
  return `${y}(${wareki.abbr}${wareki.year})年${tail}`;
}

/**
 * When a span happens, in words: `2021(R3)年度`, `2021(R3)年度～2022(R4)年度`,
 * `2023(R5)年度以降`, `2021(R3)年10月`; approximate spans end with `頃`
 * (`approx.` in English).
 * @param span - the span
 * @param era - notation
 * @param lang - language
 * @returns the text
 * @example
 * describeSpan({ start: '2023-04-01', end: null, startFiscalYear: 2023, endFiscalYear: null, precision: 'fiscal-year', … }, 'both', 'ja')
 * //=> '2023(R5)年度以降'
 */
export function describeSpan(span: Span, era: EraMode, lang: Lang): string {
  const byYear = span.precision === 'fiscal-year';
  const withDay = span.precision === 'day';
  const from =
    byYear && span.startFiscalYear !== null
      ? fiscalYearText(span.startFiscalYear, era, lang)
      : span.start
        ? dateText(span.start, withDay, era, lang)
        : null;
  const to =
    byYear && span.endFiscalYear !== null
      ? fiscalYearText(span.endFiscalYear, era, lang)
      : span.end
        ? dateText(span.end, withDay, era, lang)
        : null;
  let text: string;
  if (from && to) text = from === to ? from : `${from}～${to}`;
  else if (from) text = lang === 'en' ? `${from} onwards` : `${from}以降`;
  else if (to) text = lang === 'en' ? `until ${to}` : `～${to}`;
  else text = '';
  if (span.approximate) text += lang === 'en' ? ' (approx.)' : '頃';
  return text;
}

/**
 * The ISO dates of a span, with `…` for an open side: `2021-04-01 – 2022-03-31`.
 * @param span - the span
 * @returns the text
 * @example
 * isoRange({ start: '2023-04-01', end: null, … })
 * //=> '2023-04-01 – …'
 */
export function isoRange(span: Pick<Span, 'start' | 'end'>): string {
  return `${span.start ?? '…'} – ${span.end ?? '…'}`;
}
