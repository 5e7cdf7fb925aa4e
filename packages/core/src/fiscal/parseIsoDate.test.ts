import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lastDayOfMonth } from './lastDayOfMonth.js';
import { parseIsoDate } from './parseIsoDate.js';
import { toIsoDate } from './toIsoDate.js';

describe('parseIsoDate', () => {
  it('splits real dates and refuses others', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of ['2023-02-29', '2021-00-10', '2021-1-01', ' 2021-01-01', '2021-01-01\n', '']) {
      expect(parseIsoDate(bad), JSON.stringify(bad)).toBeUndefined();
    }
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
