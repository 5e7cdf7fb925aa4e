import { describe, expect, it } from 'vitest';
import { lastDayOfMonth } from './lastDayOfMonth.js';

describe('lastDayOfMonth', () => {
  it('knows month lengths and the leap-year rule', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => lastDayOfMonth(2021, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(lastDayOfMonth(2024, 2)).toBe(29);
    expect(lastDayOfMonth(2000, 2)).toBe(29);
    expect(lastDayOfMonth(1900, 2)).toBe(28);
  });

  it('throws a RangeError for a bad month', () => {
    expect(() => lastDayOfMonth(2021, 13)).toThrow(/13/);
    expect(() => lastDayOfMonth(2021, 0)).toThrow(RangeError);
    expect(() => lastDayOfMonth(2021.5, 1)).toThrow(RangeError);
  });
});
