import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from './addDays.js';

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2022-03-31', 1)).toBe('2022-04-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2021-04-01', 365)).toBe('2022-04-01');
    expect(addDays('0050-01-01', 0)).toBe('0050-01-01');
  });

  it('does not depend on daylight saving time', () => {
    // 2021-03-14 is the US spring-forward day; 2021-11-07 the fall-back day.
    expect(addDays('2021-03-13', 1)).toBe('2021-03-14');
    expect(addDays('2021-03-14', 1)).toBe('2021-03-15');
    expect(addDays('2021-11-07', 1)).toBe('2021-11-08');
  });

  it('is undone by adding the opposite', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3_000_000 }),
        fc.integer({ min: -100_000, max: 100_000 }),
        (offset, days) => {
          const date = addDays('1000-01-01', offset);
          expect(addDays(addDays(date, days), -days)).toBe(date);
        },
      ),
    );
  });

  it('throws a RangeError for bad input or results outside 0000–9999', () => {
    expect(() => addDays('2021-02-30', 1)).toThrow(/2021-02-30/);
    expect(() => addDays('2021-01-01', 0.5)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
  });
});
