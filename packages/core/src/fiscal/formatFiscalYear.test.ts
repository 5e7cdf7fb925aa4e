import { describe, expect, it } from 'vitest';
import { formatFiscalYear } from './formatFiscalYear.js';

describe('formatFiscalYear', () => {
  it('writes every style', () => {
    expect(formatFiscalYear(2021, 'western')).toBe('2021年度');
    expect(formatFiscalYear(2021, 'japanese')).toBe('令和3年度');
    expect(formatFiscalYear(2021, 'abbr')).toBe('R3年度');
    expect(formatFiscalYear(2021, 'both')).toBe('2021(R3)年度');
    expect(formatFiscalYear(2021)).toBe('2021(R3)年度');
  });

  it('writes era year 1 as 元年度 in the japanese style unless gannen is false', () => {
    expect(formatFiscalYear(2019, 'japanese')).toBe('令和元年度');
    expect(formatFiscalYear(2019, 'japanese', { gannen: false })).toBe('令和1年度');
    expect(formatFiscalYear(1989, 'japanese')).toBe('平成元年度');
    expect(formatFiscalYear(2019, 'abbr')).toBe('R1年度');
    expect(formatFiscalYear(2019, 'both')).toBe('2019(R1)年度');
  });

  it('writes FY2019 as 平成31年度 when the era in force on April 1 is asked for', () => {
    expect(formatFiscalYear(2019, 'japanese', { era: 'at-start' })).toBe('平成31年度');
    expect(formatFiscalYear(2019, 'both', { era: 'at-start' })).toBe('2019(H31)年度');
  });

  it('writes the seed plan years as the seed does', () => {
    expect([2021, 2022, 2023, 2025].map((fy) => formatFiscalYear(fy))).toEqual([
      '2021(R3)年度',
      '2022(R4)年度',
      '2023(R5)年度',
      '2025(R7)年度',
    ]);
  });

  it('throws a RangeError for bad years and styles', () => {
    expect(() => formatFiscalYear(2021.5)).toThrow(RangeError);
    expect(() => formatFiscalYear(2021, 'roman' as 'both')).toThrow(/roman/);
    expect(() => formatFiscalYear(1800, 'japanese')).toThrow(RangeError);
    expect(formatFiscalYear(1800, 'western')).toBe('1800年度');
  });
});
