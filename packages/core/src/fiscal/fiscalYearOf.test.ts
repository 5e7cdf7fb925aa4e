import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fiscalYearOf } from './fiscalYearOf.js';
import { fiscalYearRange } from './fiscalYearRange.js';
import { addDays } from './addDays.js';

describe('fiscalYearOf', () => {
  it('turns over on April 1', () => {
    expect(fiscalYearOf('2022-03-31')).toBe(2021);
    expect(fiscalYearOf('2022-04-01')).toBe(2022);
    expect(fiscalYearOf('2021-12-31')).toBe(2021);
    expect(fiscalYearOf('2022-01-01')).toBe(2021);
  });

  it('puts a calendar month in its fiscal year: February 2009 is in FY2008', () => {
    expect(fiscalYearOf('2009-02-01')).toBe(2008);
  });

  it('reads a Date in UTC unless told otherwise', () => {
    const instant = new Date('2022-03-31T15:00:00Z'); // 2022-04-01 00:00 in Tokyo
    expect(fiscalYearOf(instant)).toBe(2021);
    expect(fiscalYearOf(instant, { timeZone: 'Asia/Tokyo' })).toBe(2022);
  });

  it('throws a RangeError for bad dates', () => {
    expect(() => fiscalYearOf('2022-02-29')).toThrow(RangeError);
    expect(() => fiscalYearOf('FY2021')).toThrow(/FY2021/);
    expect(() => fiscalYearOf(new Date('nonsense'))).toThrow(RangeError);
  });

  it('agrees with fiscalYearRange: every day lies in the range of its fiscal year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_900_000 }), (offset) => {
        const date = addDays('0002-01-01', offset);
        const { start, end } = fiscalYearRange(fiscalYearOf(date));
        expect(start <= date && date <= end).toBe(true);
      }),
    );
  });
});
