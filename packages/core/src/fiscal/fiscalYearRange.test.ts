import { describe, expect, it } from 'vitest';
import { fiscalYearRange } from './fiscalYearRange.js';
import { addDays } from './addDays.js';

describe('fiscalYearRange', () => {
  it('runs from April 1 to March 31 of the next year', () => {
    expect(fiscalYearRange(2021)).toEqual({ start: '2021-04-01', end: '2022-03-31' });
    expect(fiscalYearRange(2019)).toEqual({ start: '2019-04-01', end: '2020-03-31' });
  });

  it('pads early years to four digits', () => {
    expect(fiscalYearRange(999)).toEqual({ start: '0999-04-01', end: '1000-03-31' });
  });

  it('leaves no gap between consecutive fiscal years', () => {
    for (let fy = 1990; fy < 2040; fy++) {
      expect(addDays(fiscalYearRange(fy).end, 1)).toBe(fiscalYearRange(fy + 1).start);
    }
  });

  it('throws a RangeError naming a bad year', () => {
    for (const bad of [0, -1, 2021.5, 9999, Number.NaN]) {
      expect(() => fiscalYearRange(bad), String(bad)).toThrow(RangeError);
    }
    expect(() => fiscalYearRange(2021.5)).toThrow(/2021\.5/);
  });
});
