/** The last second an iCalendar stamp can write (9999-12-31T23:59:59Z), in seconds since 1970. */
const LAST_SECOND = 253402300799;

/**
 * The moment a calendar written by `plan-timeline parse --format ics` is stamped with (its events'
 * DTSTAMP, which RFC 5545 makes the time the calendar was created): now, or the time that
 * `SOURCE_DATE_EPOCH` gives, in whole seconds since 1970-01-01 UTC, as reproducible builds set it, so
 * that the same plan gives the same file. An empty value counts as unset.
 *
 * @param sourceDateEpoch - the value of `SOURCE_DATE_EPOCH`, or `undefined` when it is not set
 * @param now - the time of the run
 * @returns the time to stamp the calendar with
 * @throws {RangeError} when `sourceDateEpoch` is set but not whole seconds from 0 to 253402300799
 *   (the reproducible-builds convention asks tools to stop on a malformed value)
 *
 * @example
 * calendarStamp(undefined, new Date('2026-11-27T05:00:00Z')).toISOString()
 * //=> '2026-11-27T05:00:00.000Z'
 * calendarStamp('1700000000', new Date()).toISOString()
 * //=> '2023-11-14T22:13:20.000Z'
 */
export function calendarStamp(sourceDateEpoch: string | undefined, now: Date): Date {
  if (sourceDateEpoch === undefined || sourceDateEpoch === '') return now;
  const seconds = /^\d{1,12}$/.test(sourceDateEpoch) ? Number(sourceDateEpoch) : NaN;
  if (!(seconds <= LAST_SECOND)) {
    throw new RangeError(
      `SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC (0–${LAST_SECOND}), got ${JSON.stringify(sourceDateEpoch)}`,
    );
  }
  return new Date(seconds * 1000);
}
