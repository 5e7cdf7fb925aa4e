import { ERAS } from '@plan-timeline/core';
import type { EraMode, Lang } from '../time/describe-span.js';
import { DAY, fiscalYearOfDate, fiscalYearStart, isoToDate, YEAR } from '../time/iso.js';
import { utcDays, utcMonths } from '../time/utc-steps.js';
import { fiscalYearLabel } from './fiscal-year-label.js';

/** A fiscal-year boundary on the axis. */
export interface YearTick {
  date: Date;
  fiscalYear: number;
  /** The label lines, or `[]` where labels are thinned out. */
  label: string[];
}

/** A quarter, month or day boundary on the axis. */
export interface MinorTick {
  date: Date;
  label: string;
}

/** The start of an era inside the view. */
export interface EraChange {
  date: Date;
  /** `令和` (`Reiwa` in English). */
  label: string;
}

/** What the axis shows for a view. */
export interface AxisTicks {
  years: YearTick[];
  /** The finer unit shown under the years, if the view is wide enough for one. */
  unit: 'quarter' | 'month' | 'week' | 'day' | null;
  minor: MinorTick[];
  eraChanges: EraChange[];
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Roughly how wide one label is, in pixels, per notation. */
const LABEL_WIDTH: Record<EraMode, number> = { both: 40, western: 66, japanese: 84 };

/**
 * The ticks of the fiscal-year axis for a view: a boundary at every 1 April
 * (labels thinned to every 2, 5, 10… years when the years are narrow, and left
 * out where they would run into each other or be cut off by the right edge; the
 * year the view starts in is labelled at the left edge when there is room), then,
 * as one zooms in, quarters (from 160 px a year), months (from 330 px), weeks
 * and days; and the era changes (令和 from 2019-05-01) inside the view.
 *
 * @param domain - the first and last instant shown (UTC)
 * @param width - the width of the view in pixels
 * @param era - notation of the year labels
 * @param lang - language of the month names
 * @returns the ticks
 * @example
 * axisTicks([new Date('2018-02-01'), new Date('2026-06-01')], 1000, 'both', 'ja').years[0]
 * //=> { date: 2018-04-01, fiscalYear: 2018, label: ['2018', 'H30'] }
 */
export function axisTicks(domain: readonly [Date, Date], width: number, era: EraMode, lang: Lang): AxisTicks {
  const [from, to] = domain;
  const span = Math.max(1, to.getTime() - from.getTime());
  const perYear = (width / span) * YEAR;
  const perDay = (width / span) * DAY;

  const step = [1, 2, 5, 10, 20, 50, 100, 200, 500].find((k) => k * perYear >= LABEL_WIDTH[era]) ?? 1000;
  const years: YearTick[] = [];
  const firstYear = fiscalYearOfDate(from);
  const lastYear = fiscalYearOfDate(to);
  if (lastYear - firstYear <= 2000) {
    for (let fy = firstYear; fy <= lastYear + 1; fy++) {
      const date = fiscalYearStart(fy);
      if (date < from || date >= to) continue;
      years.push({ date, fiscalYear: fy, label: fy % step === 0 ? fiscalYearLabel(fy, era, lang) : [] });
    }
  }

  // The year the view starts in keeps its label at the left edge while its 1 April is out of view.
  const firstTick = years[0]?.date.getTime() ?? to.getTime();
  if (firstTick > from.getTime() && ((firstTick - from.getTime()) / span) * width >= LABEL_WIDTH[era] + 16) {
    const fy = fiscalYearOfDate(from);
    years.unshift({ date: from, fiscalYear: fy, label: fiscalYearLabel(fy, era, lang) });
  }

  dropCollidingLabels(years, from.getTime(), span, width);

  let unit: AxisTicks['unit'] = null;
  let minor: MinorTick[] = [];
  const monthName = (d: Date) => (lang === 'en' ? MONTHS_EN[d.getUTCMonth()]! : `${d.getUTCMonth() + 1}月`);
  if (perDay >= 24) {
    unit = 'day';
    minor = utcDays(from, to).map((date) => ({ date, label: dayLabel(date, lang, monthName) }));
  } else if (perDay >= 5) {
    unit = 'week';
    minor = utcDays(from, to, 7).map((date) => ({
      date,
      label: dayLabel(date, lang, monthName),
    }));
  } else if (perYear >= 330) {
    unit = 'month';
    minor = utcMonths(from, to).map((date) => ({ date, label: monthName(date) }));
  } else if (perYear >= 160) {
    unit = 'quarter';
    minor = utcMonths(from, to, 3).map((date) => ({ date, label: monthName(date) }));
  }

  const eraChanges: EraChange[] = [];
  for (const row of ERAS) {
    const date = isoToDate(row.start);
    if (date && date >= from && date <= to)
      eraChanges.push({ date, label: lang === 'en' ? row.romaji : row.name });
  }
  return { years, unit, minor, eraChanges };
}

/** Rough width of a year label in pixels (12px, semibold): the widest of its lines, with the 5px offset from its tick. */
function labelWidth(lines: readonly string[]): number {
  let widest = 0;
  for (const line of lines) {
    let w = 0;
    for (const char of line) w += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 12 : 7.5;
    widest = Math.max(widest, w);
  }
  return 5 + widest;
}

/**
 * Leaves out year labels that would run into the one before them, or be cut
 * off by the right edge (a lone `2` of `2026`): on a narrow chart (a phone)
 * the estimate the step was chosen by can be too tight.
 */
function dropCollidingLabels(years: YearTick[], from: number, span: number, width: number): void {
  let end = -Infinity;
  for (const tick of years) {
    if (tick.label.length === 0) continue;
    const x = ((tick.date.getTime() - from) / span) * width;
    const right = x + labelWidth(tick.label);
    if (x < end + 6 || right > width) tick.label = [];
    else end = right;
  }
}

function dayLabel(date: Date, lang: Lang, monthName: (d: Date) => string): string {
  const day = date.getUTCDate();
  if (day === 1) return lang === 'en' ? `1 ${monthName(date)}` : `${monthName(date)}1日`;
  return String(day);
}
