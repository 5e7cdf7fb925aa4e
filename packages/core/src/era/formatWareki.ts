import { toWareki } from './toWareki.js';
import { calendarDateOf, type CalendarDateOptions } from '../fiscal/calendarDateOf.js';
import { eraYearText } from './eraYearText.js';

/** How {@link formatWareki} writes a date. */
export type WarekiStyle = 'long' | 'short';

/**
 * Writes a date in the Japanese era: `'long'` 令和元年5月1日, `'short'` R1.5.1.
 *
 * @param date - an ISO `YYYY-MM-DD` string or a `Date` (read in UTC unless `options.timeZone` says otherwise)
 * @param style - `'long'` (default) or `'short'`
 * @param options - `timeZone` in which a `Date` is read
 * @returns the written date
 * @throws {RangeError} as {@link toWareki} does, or for an unknown style
 *
 * @example
 * formatWareki('2019-05-01')
 * //=> '令和元年5月1日'
 * formatWareki('2021-09-28', 'short')
 * //=> 'R3.9.28'
 */
export function formatWareki(
  date: string | Date,
  style: WarekiStyle = 'long',
  options?: CalendarDateOptions,
): string {
  const iso = calendarDateOf(date, options);
  const wareki = toWareki(iso);
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  if (style === 'long') return `${eraYearText(wareki.name, wareki.year)}${month}月${day}日`;
  if (style === 'short') return `${wareki.abbr}${wareki.year}.${month}.${day}`;
  throw new RangeError(`Unknown wareki style: ${JSON.stringify(style)} (expected 'long' or 'short')`);
}
