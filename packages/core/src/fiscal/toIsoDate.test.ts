import { describe, expect, it } from 'vitest';
import { toIsoDate } from './toIsoDate.js';

describe('toIsoDate', () => {
  it('writes zero-padded ISO dates', () => {
    expect(toIsoDate(2021, 4, 1)).toBe('2021-04-01');
    expect(toIsoDate(5, 12, 31)).toBe('0005-12-31');
  });

  it('throws a RangeError for days that do not exist', () => {
    expect(() => toIsoDate(2021, 2, 29)).toThrow(RangeError);
    expect(() => toIsoDate(2021, 4, 31)).toThrow(/31/);
    expect(() => toIsoDate(10000, 1, 1)).toThrow(RangeError);
    expect(() => toIsoDate(2021, 1, 0)).toThrow(RangeError);
  });
});
