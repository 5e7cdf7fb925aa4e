import type { Diagnostic, PlanItem } from '../model/types.js';
import { shortened } from '../text/shortened.js';

/**
 * How many years a span may lie from the middle of its plan's dates before it is said to be far: a century typed
 * wrong (2201 for 2021, 1921) is, the last year of a long-term plan (2055 in one made in 2016) is not.
 */
export const DISTANT_YEARS = 60;

/** How much of the text a span was read from a message quotes. */
const QUOTED_SPAN_LENGTH = 40;

/**
 * The first and last fiscal year of the schedules of the items told so far: a reader tells each item as it is
 * built, while its spans are at hand, so that {@link checkDistantYears} passes over a plan whose years lie close
 * together without reading all its spans again. Internal to `plan/`.
 *
 * @example
 * const spread = new FiscalYearSpread();
 * spread.add(item); // an item of FY2021 to FY2023
 * [spread.first, spread.last, spread.wide]
 * //=> [2021, 2023, false]
 */
export class FiscalYearSpread {
  first = Infinity;
  last = -Infinity;

  /** The spread of all of `items`. */
  static of(items: readonly PlanItem[]): FiscalYearSpread {
    const spread = new FiscalYearSpread();
    for (const item of items) spread.add(item);
    return spread;
  }

  /** Takes in the years of an item's spans. */
  add(item: PlanItem): void {
    const spans = item.schedule.spans;
    for (let k = 0; k < spans.length; k++) {
      const { startFiscalYear: a, endFiscalYear: b } = spans[k]!;
      if (a !== null) {
        if (a < this.first) this.first = a;
        if (a > this.last) this.last = a;
      }
      if (b !== null) {
        if (b < this.first) this.first = b;
        if (b > this.last) this.last = b;
      }
    }
  }

  /** Whether the years spread over more than {@link DISTANT_YEARS}: only then may one lie far from the rest. */
  get wide(): boolean {
    return this.last - this.first > DISTANT_YEARS;
  }
}

/**
 * Finds the spans whose fiscal years lie more than {@link DISTANT_YEARS} from the middle (the median) of all the
 * years of the plan's schedules: a `'distant-year'` warning each, with the item's serial and line, pointing at the
 * span in the schedule's text. A year typed with a wrong century reads as a date like any other, and the timeline
 * that fits it squeezes every other bar. Plans whose dates all lie within that many years of each other are passed
 * over at once, their spread tallied as their items were built.
 *
 * @param items - the plan's items
 * @param spread - their years' spread, when it was tallied as they were read
 * @returns the warnings, in the items' order
 * @example
 * checkDistantYears(parsePlan('通し番号,項目,スケジュール\n1,A,2021年度：調査\n2,B,2022年度：設計\n3,C,2201年度：実施').items)
 *   .map((d) => d.message)
 * //=> ['No.3 スケジュール: fiscal year 2201 lies 179 years from the plan's other dates (around 2022), in "2201年度：実施"; is its year mistyped?']
 */
export function checkDistantYears(
  items: readonly PlanItem[],
  spread: FiscalYearSpread = FiscalYearSpread.of(items),
): Diagnostic[] {
  if (!spread.wide) return [];
  const years: number[] = [];
  for (const item of items)
    for (const { startFiscalYear: a, endFiscalYear: b } of item.schedule.spans) {
      if (a !== null) years.push(a);
      if (b !== null) years.push(b);
    }
  years.sort((x, y) => x - y);
  const middle = years[years.length >> 1]!;
  const distant: Diagnostic[] = [];
  for (const item of items)
    for (const span of item.schedule.spans) {
      const far = [span.startFiscalYear, span.endFiscalYear].find(
        (year) => year !== null && Math.abs(year - middle) > DISTANT_YEARS,
      );
      if (far === undefined || far === null) continue;
      const text = shortened(item.scheduleText.slice(span.source.start, span.source.end), QUOTED_SPAN_LENGTH);
      const apart = Math.abs(far - middle);
      distant.push({
        code: 'distant-year',
        severity: 'warning',
        message: `No.${item.serial} スケジュール: fiscal year ${far} lies ${apart} years from the plan's other dates (around ${middle}), in ${JSON.stringify(text)}; is its year mistyped?`,
        messageJa: `No.${item.serial} スケジュール: 「${text}」の${far}年度は、計画のほかの日付（${middle}年度ごろ）から${apart}年離れています。年の書き誤りではありませんか。`,
        source: span.source,
        serial: item.serial,
        line: item.line,
      });
    }
  return distant;
}
