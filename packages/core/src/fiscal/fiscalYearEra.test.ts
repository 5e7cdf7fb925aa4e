import { describe, expect, it } from 'vitest';
import { fiscalYearEra } from './fiscalYearEra.js';
import { fromWareki } from '../era/fromWareki.js';

describe('fiscalYearEra', () => {
  it('names a fiscal year by the era year of the calendar year it starts in', () => {
    expect(fiscalYearEra(2021)).toEqual({ era: 'reiwa', name: '令和', abbr: 'R', year: 3 });
    expect(fiscalYearEra(2018)).toEqual({ era: 'heisei', name: '平成', abbr: 'H', year: 30 });
    expect(fiscalYearEra(1988)).toEqual({ era: 'showa', name: '昭和', abbr: 'S', year: 63 });
    expect(fiscalYearEra(1989)).toEqual({ era: 'heisei', name: '平成', abbr: 'H', year: 1 });
  });

  it('names FY2019 令和元年度 by default and 平成31年度 with era: at-start', () => {
    expect(fiscalYearEra(2019)).toMatchObject({ name: '令和', year: 1 });
    expect(fiscalYearEra(2019, { era: 'newest' })).toMatchObject({ name: '令和', year: 1 });
    expect(fiscalYearEra(2019, { era: 'at-start' })).toMatchObject({ name: '平成', year: 31 });
    expect(fiscalYearEra(1926, { era: 'at-start' })).toMatchObject({ name: '大正', year: 15 });
    expect(fiscalYearEra(1912, { era: 'at-start' })).toMatchObject({ name: '明治', year: 45 });
    expect(fiscalYearEra(2020, { era: 'at-start' })).toMatchObject({ name: '令和', year: 2 });
  });

  it('gives back the fiscal year through fromWareki, with either choice', () => {
    for (let fy = 1868; fy <= 2100; fy++) {
      for (const era of ['newest', 'at-start'] as const) {
        const w = fiscalYearEra(fy, { era });
        expect(fromWareki(w.era, w.year)).toBe(fy);
      }
    }
  });

  it('throws a RangeError before 明治 and for unknown options', () => {
    expect(() => fiscalYearEra(1867)).toThrow(/1867/);
    expect(() => fiscalYearEra(1867, { era: 'at-start' })).toThrow(RangeError);
    expect(() => fiscalYearEra(2021, { era: 'oldest' as 'newest' })).toThrow(/oldest/);
  });
});
