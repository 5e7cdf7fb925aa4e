import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lastDayOfMonth } from './lastDayOfMonth.js';
import { isoDateProblem, parseIsoDate } from './parseIsoDate.js';
import { toIsoDate } from './toIsoDate.js';

describe('parseIsoDate', () => {
  it('splits real dates and refuses others', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of ['2023-02-29', '2021-00-10', '2021-1-01', ' 2021-01-01', '2021-01-01\n', '']) {
      expect(parseIsoDate(bad), JSON.stringify(bad)).toBeUndefined();
    }
  });

  it('says why a text is no ISO date: the day or month the calendar lacks, or the form', () => {
    expect(isoDateProblem('2024-02-29')).toBeNull();
    expect(isoDateProblem('2023-02-29')).toBe('2023-02 has 28 days');
    expect(isoDateProblem('2021-04-31')).toBe('2021-04 has 30 days');
    expect(isoDateProblem('2021-00-10')).toBe('there is no month 0');
    expect(isoDateProblem('2021-1-01')).toBe('expected the form YYYY-MM-DD');
    expect(isoDateProblem(null as unknown as string)).toBe('expected the form YYYY-MM-DD');
  });

  it('reads back what toIsoDate writes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const day = Math.min(d, lastDayOfMonth(y, m));
          expect(parseIsoDate(toIsoDate(y, m, day))).toEqual({ year: y, month: m, day });
        },
      ),
    );
  });
});
