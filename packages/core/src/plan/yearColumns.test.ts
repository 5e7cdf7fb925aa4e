import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../schedule/parseSchedule.js';
import { readYearColumn, yearColumnsText, type YearColumn } from './yearColumns.js';

/** What readYearColumn reads of a header: `[first, last, written]`, or null. */
const read = (header: string) => {
  const column = readYearColumn(header, 3);
  return column && [column.fiscalYear, column.lastFiscalYear, column.written];
};

describe('readYearColumn', () => {
  it('reads a header that names one fiscal year, in any way plans write one', () => {
    expect(readYearColumn('R3', 3)).toEqual({
      index: 3,
      fiscalYear: 2021,
      lastFiscalYear: 2021,
      written: 'R3',
    });
    expect(read(' 令和3年度 ')).toEqual([2021, 2021, '令和3年度']);
    expect(read('令和元年度')).toEqual([2019, 2019, '令和元年度']);
    expect(read('Ｈ３０')).toEqual([2018, 2018, 'Ｈ３０']);
    expect(read('2021(R3)年度')).toEqual([2021, 2021, '2021(R3)年度']);
    // Written as a schedule reads them: a Western year alone, FY2021, with its 年度.
    expect(read('2021')).toEqual([2021, 2021, '2021年度']);
    expect(read('FY2021')).toEqual([2021, 2021, '2021年度']);
  });

  it('reads a period of years, alone or after its name', () => {
    expect(read('R3～R5')).toEqual([2021, 2023, 'R3～R5']);
    expect(read('前期（R3～R5）')).toEqual([2021, 2023, '前期（R3～R5）']);
    expect(read('第2期(R6-R8)')).toEqual([2024, 2026, '第2期(R6-R8)']);
  });

  it('reads a header of several lines, together or each alike', () => {
    expect(read('令和3年度\n(2021年度)')).toEqual([2021, 2021, '令和3年度(2021年度)']);
    expect(read('2021\r\nR3')).toEqual([2021, 2021, '2021年度']);
    expect(read('2021\nR4')).toBeNull();
    expect(read('2021\n予算')).toBeNull();
  });

  it('reads no year from other headers, counts, months, days or years with other words', () => {
    for (const header of [
      '',
      '備考',
      'No',
      '1',
      '12',
      '3月',
      '2021-04-01',
      'R3事業費',
      '2021年度予算',
      '令和3年度 実績',
    ])
      expect(readYearColumn(header, 0), header).toBeNull();
  });
});

describe('yearColumnsText', () => {
  const columns = ['R3', 'R4', 'R5', 'R6'].map((header, k) => readYearColumn(header, k + 2)!);

  it('writes an entry for each year with something under it, and nothing for empty cells', () => {
    expect(yearColumnsText(columns, ['検討', '', '実施', ''])).toBe('R3：検討\nR5：実施');
    expect(yearColumnsText(columns, ['', '', '', ''])).toBe('');
    expect(yearColumnsText(columns, ['●', '●'])).toBe('R3：●\nR4：●');
  });

  it('makes a range of the years an arrow, a rule or 〃 carries the work on through', () => {
    expect(yearColumnsText(columns, ['検討', '→', '――→', '実施'])).toBe('R3～R5：検討\nR6：実施');
    expect(yearColumnsText(columns, ['検討', '〃', '', '→'])).toBe('R3～R4：検討\nR6：→');
    // Across columns of periods, the years themselves.
    const periods: YearColumn[] = ['前期（R3～R5）', '後期（R6～R8）'].map((header, k) =>
      readYearColumn(header, k)!,
    );
    expect(yearColumnsText(periods, ['基盤整備', '展開'])).toBe(
      '前期（R3～R5）：基盤整備\n後期（R6～R8）：展開',
    );
    expect(yearColumnsText(periods, ['基盤整備', '→'])).toBe('2021年度～2026年度：基盤整備');
  });

  it('writes text the schedule reader reads as the table says', () => {
    const text = yearColumnsText(columns, ['システム導入に向けた\n調査・検討', '試行', '→']);
    expect(text).toBe('R3：システム導入に向けた\n\u3000調査・検討\nR4～R5：試行');
    expect(parseSchedule(text).spans.map((s) => [s.startFiscalYear, s.endFiscalYear, s.label])).toEqual([
      [2021, 2021, 'システム導入に向けた 調査・検討'],
      [2022, 2023, '試行'],
    ]);
    const periods = ['前期（R3～R5）', '後期（R6～R8）'].map((header, k) => readYearColumn(header, k)!);
    expect(
      parseSchedule(yearColumnsText(periods, ['基盤整備', '展開'])).spans.map((s) => [
        s.startFiscalYear,
        s.endFiscalYear,
        s.label,
      ]),
    ).toEqual([
      [2021, 2023, '前期：基盤整備'],
      [2024, 2026, '後期：展開'],
    ]);
  });
});
