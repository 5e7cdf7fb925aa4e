import { ERAS, type EraId } from './eras.js';
import { calendarDateOf, type CalendarDateOptions } from '../fiscal/calendarDateOf.js';

/** A date's Japanese era year: `{ era: 'reiwa', name: '令和', abbr: 'R', year: 1 }`. */
export interface Wareki {
  /** The era's id. */
  era: EraId;
  /** The era's name in kanji. */
  name: string;
  /** The era's letter. */
  abbr: string;
  /** The era year; 1 is written 元年. */
  year: number;
}

/**
 * The Japanese era and era year of a calendar date.
 *
 * An ISO `YYYY-MM-DD` string is a calendar date and is read as it is. A `Date` is an
 * instant: it is read as the calendar date in UTC unless `options.timeZone` names another
 * zone, so the result never depends on the machine's time zone (`new Date('2019-05-01')`
 * is UTC midnight and reads as 2019-05-01). Before 1873 Japan used a lunisolar calendar;
 * Gregorian dates from 1868-01-25 to 1872-12-31 get the year that the Western year gives
 * (Western year − 1867), which is only approximate at the turn of a year.
 *
 * @param date - an ISO `YYYY-MM-DD` string or a `Date`
 * @param options - `timeZone` in which a `Date` is read (default `'UTC'`)
 * @returns the era and era year
 * @throws {RangeError} when the date is not a real ISO date or a valid `Date`, or falls before
 *   明治 (1868-01-25)
 *
 * @example
 * toWareki('2019-05-01')
 * //=> { era: 'reiwa', name: '令和', abbr: 'R', year: 1 }
 * toWareki('2019-04-30')
 * //=> { era: 'heisei', name: '平成', abbr: 'H', year: 31 }
 * toWareki(new Date('2019-04-30T16:00:00Z'), { timeZone: 'Asia/Tokyo' }).name
 * //=> '令和'
 */
export function toWareki(date: string | Date, options?: CalendarDateOptions): Wareki {
  const iso = calendarDateOf(date, options);
  for (let i = ERAS.length - 1; i >= 0; i--) {
    const era = ERAS[i]!;
    if (era.start <= iso) {
      return {
        era: era.id,
        name: era.name,
        abbr: era.abbr,
        year: Number(iso.slice(0, 4)) - Number(era.start.slice(0, 4)) + 1,
      };
    }
  }
  throw new RangeError(`Date ${iso} falls before the first supported era, 明治 (${ERAS[0].start})`);
}
