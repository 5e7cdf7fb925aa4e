import { describe, expect, it } from 'vitest';
import { ERAS } from './eras.js';
import { eraEnd, lastFiscalYearOf } from './eraEnd.js';

describe('eraEnd', () => {
  it('gives the day before the next era began, and null for the era in force now', () => {
    expect(ERAS.map((era) => eraEnd(era))).toEqual([
      '1912-07-29',
      '1926-12-24',
      '1989-01-07',
      '2019-04-30',
      null,
    ]);
  });

  it('gives the last fiscal year begun in each era', () => {
    expect(ERAS.map((era) => lastFiscalYearOf(era))).toEqual([1912, 1926, 1988, 2019, Infinity]);
  });
});
