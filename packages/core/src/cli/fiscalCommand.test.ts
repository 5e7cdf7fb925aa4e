import { describe, expect, it } from 'vitest';
import { fiscalCommand } from './fiscalCommand.js';

describe('fiscalCommand', () => {
  it('writes a fiscal year in the seed notation with its first and last day', () => {
    expect(fiscalCommand('2021')).toBe('2021(R3)年度 2021-04-01〜2022-03-31');
    expect(fiscalCommand('2019')).toBe('2019(R1)年度 2019-04-01〜2020-03-31');
    expect(fiscalCommand('2018年度')).toBe('2018(H30)年度 2018-04-01〜2019-03-31');
    expect(fiscalCommand('1800')).toBe('1800年度 1800-04-01〜1801-03-31');
  });

  it('reads era fiscal years and dates', () => {
    expect(fiscalCommand('R3')).toBe('2021(R3)年度 2021-04-01〜2022-03-31');
    expect(fiscalCommand('令和元年度')).toBe('2019(R1)年度 2019-04-01〜2020-03-31');
    expect(fiscalCommand('平成31年度')).toBe('2019(R1)年度 2019-04-01〜2020-03-31');
    expect(fiscalCommand('2022-03-31')).toBe('2021(R3)年度 2021-04-01〜2022-03-31');
    expect(fiscalCommand('2022-04-01')).toBe('2022(R4)年度 2022-04-01〜2023-03-31');
  });

  it('says when the era written had ended before the fiscal year began', () => {
    expect(fiscalCommand('平成32年度')).toBe(
      '2020(R2)年度 2020-04-01〜2021-03-31 (平成 ended on 2019-04-30, before it began)',
    );
    expect(fiscalCommand('昭和64年度')).toBe(
      '1989(H1)年度 1989-04-01〜1990-03-31 (昭和 ended on 1989-01-07, before it began)',
    );
    // 平成31年度 began under 平成: written so until 令和 began a month later.
    expect(fiscalCommand('平成31年度')).toBe('2019(R1)年度 2019-04-01〜2020-03-31');
  });

  it('throws a RangeError for anything else', () => {
    expect(() => fiscalCommand('next year')).toThrow(/"next year" is not a fiscal year/);
    expect(() => fiscalCommand('0')).toThrow(RangeError);
    expect(() => fiscalCommand('2022-02-30')).toThrow('"2022-02-30" is not a date: 2022-02 has 28 days');
  });

  it('says which fiscal year a date falls in when that year has no ISO dates of four digits', () => {
    expect(fiscalCommand('9999-03-31')).toBe('9998(R7980)年度 9998-04-01〜9999-03-31');
    expect(() => fiscalCommand('9999-12-31')).toThrow(
      '"9999-12-31" is fiscal year 9999, which ends in 10000; fiscal years 1–9998 are supported',
    );
    expect(() => fiscalCommand('0001-01-01')).toThrow(
      '"0001-01-01" is fiscal year 0, which begins in the year 0; fiscal years 1–9998 are supported',
    );
  });
});
