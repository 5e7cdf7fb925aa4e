/**
 * The number of the last day of a month in the Gregorian calendar (leap years included).
 *
 * @param year - the Western year
 * @param month - 1–12
 * @returns 28, 29, 30 or 31
 * @throws {RangeError} when `year` is not an integer or `month` is not an integer 1–12
 *
 * @example
 * lastDayOfMonth(2024, 2)
 * //=> 29
 * lastDayOfMonth(2100, 2)
 * //=> 28
 */
export function lastDayOfMonth(year: number, month: number): number {
  if (!Number.isInteger(year))
    throw new RangeError(`lastDayOfMonth: year must be an integer, got ${String(year)}`);
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`lastDayOfMonth: month must be an integer 1–12, got ${String(month)}`);
  }
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
