import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ERAS } from '../era/eras.js';
import { readFiscalYear } from './readFiscalYear.js';

describe('readFiscalYear', () => {
  it('reads Western years, with or without 年度', () => {
    expect(readFiscalYear('2024')).toEqual({ fiscalYear: 2024 });
    expect(readFiscalYear(' 2024年度 ')).toEqual({ fiscalYear: 2024 });
    expect(readFiscalYear('２０２４年度')).toEqual({ fiscalYear: 2024 });
  });

  it('reads years in an era, and says which', () => {
    const reiwa = ERAS.find((era) => era.name === '令和')!;
    expect(readFiscalYear('令和6年度')).toEqual({ fiscalYear: 2024, eraYear: { era: reiwa, year: 6 } });
    expect(readFiscalYear('R6')?.fiscalYear).toBe(2024);
    expect(readFiscalYear('Ｒ６')?.fiscalYear).toBe(2024);
    expect(readFiscalYear('令和元年')?.fiscalYear).toBe(2019);
    expect(readFiscalYear('平成三十一年度')?.fiscalYear).toBe(2019);
    // An era that had ended still counts on.
    expect(readFiscalYear('平成32年度')?.fiscalYear).toBe(2020);
  });

  it('reads the fiscal year an ISO date falls in', () => {
    expect(readFiscalYear('2025-03-31')).toEqual({ fiscalYear: 2024 });
    expect(readFiscalYear('2025-04-01')).toEqual({ fiscalYear: 2025 });
  });

  it('is null for text that names no fiscal year', () => {
    for (const text of ['', '来年', '0', '2024年度から', '2022-02-30', 'R0', 'X6', '12345'])
      expect(readFiscalYear(text), text).toBe(null);
    expect(readFiscalYear(undefined as unknown as string)).toBe(null);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const read = readFiscalYear(text);
        expect(read === null || Number.isInteger(read.fiscalYear)).toBe(true);
      }),
    );
  });
});
