import {
  monthsOfFiscalYear,
  type MonthRange,
  type PlanItem,
  type Recurrence,
  type Span,
} from '@plan-timeline/core';
import type { Words } from '../i18n/words.js';
import { MONTHS_EN, type Lang } from './describe-span.js';
import { DAY, isoToDate } from './iso.js';

/**
 * Months of the calendar as the element writes them: `3月`, `4～6月`, `12～2月`; `Mar`, `Apr–Jun`.
 *
 * @param months - the months (1–12; `from` after `to` runs over the new year)
 * @param lang - the element's language
 * @returns the text
 * @example
 * monthsText({ from: 4, to: 6 }, 'en'); //=> 'Apr–Jun'
 */
export function monthsText(months: MonthRange, lang: Lang): string {
  if (lang === 'en') {
    const from = MONTHS_EN[months.from - 1]!;
    return months.from === months.to ? from : `${from}–${MONTHS_EN[months.to - 1]!}`;
  }
  return months.from === months.to ? `${months.from}月` : `${months.from}～${months.to}月`;
}

/**
 * How often a recurrence comes and, when the plan says, when in its year, in the element's words: `毎年度`,
 * `3年毎（目安）`, `3～5年毎`, `毎年度（3月）`, `年2回`, `年2～3回`, `毎月`, `Every year (Apr–Jun, approx.)`,
 * `Twice a year`. A band's label and name, the details, the table and the exported SVG all write it so.
 *
 * @param recurrence - the recurrence
 * @param words - the element's words
 * @param lang - their language
 * @returns the text
 * @example
 * howOften({ everyYears: 1, approximate: false, months: { from: 3, to: 3 } }, WORDS.ja, 'ja'); //=> '毎年度（3月）'
 */
export function howOften(
  recurrence: Pick<
    Recurrence,
    'everyYears' | 'everyYearsMax' | 'timesPerYear' | 'timesPerYearMax' | 'approximate' | 'months'
  >,
  words: Words,
  lang: Lang,
): string {
  return describeOften(recurrence, recurrence.months ? [recurrence.months] : [], words, lang);
}

/**
 * How often each of a row's recurrences comes ({@link howOften}), as its bands' label writes them: recurrences
 * that one schedule wrote together and that differ only in their months (`毎年6月と12月に点検` is a recurrence for
 * each month) are written once, with all their months: `毎年度（6月・12月）`, `Every year (Jun & Dec)`.
 *
 * @param recurrences - the row's recurrences, in the schedule's order
 * @param words - the element's words
 * @param lang - their language
 * @returns the texts, one for each recurrence or run of them written together
 * @example
 * howOftenEach(parseSchedule('毎年6月と12月に点検').recurrences, WORDS.ja, 'ja'); //=> ['毎年度（6月・12月）']
 */
export function howOftenEach(recurrences: readonly Recurrence[], words: Words, lang: Lang): string[] {
  const out: string[] = [];
  for (let k = 0; k < recurrences.length; k++) {
    const recurrence = recurrences[k]!;
    const months = recurrence.months ? [recurrence.months] : [];
    while (k + 1 < recurrences.length && writtenTogether(recurrence, recurrences[k + 1]!))
      months.push(recurrences[++k]!.months!);
    out.push(describeOften(recurrence, months, words, lang));
  }
  return out;
}

/** Whether two recurrences were written together (the same source, words and frequency), apart from their months. */
function writtenTogether(a: Recurrence, b: Recurrence): boolean {
  return (
    a.months !== undefined &&
    b.months !== undefined &&
    a.source.start === b.source.start &&
    a.source.end === b.source.end &&
    a.label === b.label &&
    a.track === b.track &&
    a.everyYears === b.everyYears &&
    a.everyYearsMax === b.everyYearsMax &&
    a.timesPerYear === b.timesPerYear &&
    a.timesPerYearMax === b.timesPerYearMax &&
    a.approximate === b.approximate
  );
}

/** {@link howOften}, with the months given (none, one range, or several written together). */
function describeOften(
  recurrence: Pick<
    Recurrence,
    'everyYears' | 'everyYearsMax' | 'timesPerYear' | 'timesPerYearMax' | 'approximate'
  >,
  months: readonly MonthRange[],
  words: Words,
  lang: Lang,
): string {
  const years = Math.max(1, Math.round(recurrence.everyYears));
  const yearsMax = Math.max(years, Math.round(recurrence.everyYearsMax ?? years));
  const times = Math.max(1, Math.round(recurrence.timesPerYear ?? 1));
  const timesMax = Math.max(times, Math.round(recurrence.timesPerYearMax ?? times));
  // More than once a year: how many times, after the years where they are more than one (2年毎・年2回).
  const everyYears = words.every(years, yearsMax);
  const often = words.timesAYear(times, timesMax);
  const every =
    timesMax <= 1
      ? everyYears
      : yearsMax === 1
        ? often
        : lang === 'en'
          ? `${everyYears}, ${often.toLowerCase()}`
          : `${everyYears}・${often}`;
  const asides: string[] = [];
  if (months.length > 0)
    asides.push(months.map((m) => monthsText(m, lang)).join(lang === 'en' ? ' & ' : '・'));
  if (recurrence.approximate) asides.push(words.approximate);
  if (asides.length === 0) return every;
  return lang === 'en' ? `${every} (${asides.join(', ')})` : `${every}（${asides.join('、')}）`;
}

/**
 * A recurrence band's name, for assistive technology in the chart and as the title in the exported SVG: how
 * often it comes ({@link howOften}) and what the plan says comes then.
 *
 * @param often - the recurrence's {@link howOften}
 * @param recurrence - the recurrence
 * @returns the name
 * @example
 * bandName('毎年度', { label: '進捗管理' }); //=> '毎年度: 進捗管理'
 */
export function bandName(often: string, recurrence: Pick<Recurrence, 'label'>): string {
  return recurrence.label ? `${often}: ${recurrence.label}` : often;
}

/**
 * The time a recurrence's months take in one fiscal year (see core's `monthsOfFiscalYear`), as the scale
 * takes it: from the first day of `from` to the first day after `to`.
 *
 * @param fiscalYear - the fiscal year (April–March) the months fall in
 * @param months - the months
 * @returns the start and the end (exclusive), UTC `Date`s; `null` for a fiscal year outside 1–9997
 * @example
 * monthsIn(2021, { from: 3, to: 3 })?.map((d) => d.toISOString().slice(0, 10)); //=> ['2022-03-01', '2022-04-01']
 */
export function monthsIn(fiscalYear: number, months: MonthRange): [Date, Date] | null {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 1 || fiscalYear > 9997) return null;
  const { start, end } = monthsOfFiscalYear(fiscalYear, months);
  return [isoToDate(start)!, new Date(isoToDate(end)!.getTime() + DAY)];
}

/**
 * The words a span without words of its own is drawn with: those of the recurrence written right after it, which took
 * them (`令和3年度から毎年度点検` is FY2021 onwards, and `毎年度: 点検` in those years), as the band names it; `null`
 * when the span has words of its own or no recurrence follows it (the span's dates are drawn then).
 *
 * @param item - the span's item (its schedule text and schedule)
 * @param span - one of its spans
 * @param words - the element's words
 * @param lang - their language
 * @returns the text, or `null`
 * @example
 * // parseSchedule('令和3年度から3～5年ごとに点検') gives FY2021 onwards with no words, and the recurrence.
 * wordsAfterSpan(item, item.schedule.spans[0], WORDS.ja, 'ja'); //=> '3～5年毎: 点検'
 */
export function wordsAfterSpan(
  item: Pick<PlanItem, 'scheduleText' | 'schedule'>,
  span: Span,
  words: Words,
  lang: Lang,
): string | null {
  if (span.label !== '') return null;
  const after = span.source.end;
  for (const recurrence of item.schedule.recurrences) {
    const start = recurrence.source.start;
    if (start >= after && item.scheduleText.slice(after, start).trim() === '')
      return bandName(howOften(recurrence, words, lang), recurrence);
  }
  return null;
}
