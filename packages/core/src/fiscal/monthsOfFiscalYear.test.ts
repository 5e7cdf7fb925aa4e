import { describe, expect, it } from 'vitest';
import { monthsOfFiscalYear } from './monthsOfFiscalYear.js';

describe('monthsOfFiscalYear', () => {
  it.each([
    [{ from: 4, to: 4 }, '2021-04-01', '2021-04-30'],
    [{ from: 3, to: 3 }, '2022-03-01', '2022-03-31'],
    [{ from: 10, to: 3 }, '2021-10-01', '2022-03-31'],
    [{ from: 12, to: 2 }, '2021-12-01', '2022-02-28'],
    [{ from: 4, to: 9 }, '2021-04-01', '2021-09-30'],
    [{ from: 1, to: 6 }, '2022-01-01', '2022-06-30'],
  ])('places %j in FY2021', (months, start, end) => {
    expect(monthsOfFiscalYear(2021, months)).toEqual({ start, end });
  });

  it('ends February on its last day in a leap year', () => {
    expect(monthsOfFiscalYear(2023, { from: 2, to: 2 })).toEqual({ start: '2024-02-01', end: '2024-02-29' });
  });

  it('refuses fiscal years and months out of range', () => {
    expect(() => monthsOfFiscalYear(9998, { from: 4, to: 4 })).toThrow(RangeError);
    expect(() => monthsOfFiscalYear(2021.5, { from: 4, to: 4 })).toThrow(RangeError);
    expect(() => monthsOfFiscalYear(2021, { from: 13, to: 4 })).toThrow(RangeError);
  });
});
