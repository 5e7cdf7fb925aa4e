import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../schedule/parseSchedule.js';
import { readYearColumn, yearColumnsText, type YearColumn } from './yearColumns.js';

describe('readYearColumn', () => {
  it('reads a header that names one fiscal year, in any way plans write one', () => {
    const read = (header: string) => {
      const column = readYearColumn(header, 3);
      return column && [column.index, column.fiscalYear, column.written];
    };
    expect(read('R3')).toEqual([3, 2021, 'R3']);
    expect(read(' 令和3年度 ')).toEqual([3, 2021, '令和3年度']);
    expect(read('令和元年度')).toEqual([3, 2019, '令和元年度']);
    expect(read('Ｈ３０')).toEqual([3, 2018, 'Ｈ３０']);
    expect(read('2021(R3)年度')).toEqual([3, 2021, '2021(R3)年度']);
    // A Western year alone is written with its 年度, so that the schedule text reads as one.
    expect(read('2021')).toEqual([3, 2021, '2021年度']);
    expect(read('2021年度')).toEqual([3, 2021, '2021年度']);
  });

  it('reads no year from other headers, counts, months or ranges', () => {
    for (const header of [
      '',
      '備考',
      'No',
      '1',
      '12',
      '3月',
      'R3～R5',
      '2021年度計画',
      '令和3年度 予算',
      '2021-04-01',
    ])
      expect(readYearColumn(header, 0), header).toBeNull();
  });
});

describe('yearColumnsText', () => {
  const columns: YearColumn[] = ['R3', 'R4', 'R5', 'R6'].map((written, k) => ({
    index: k + 2,
    fiscalYear: 2021 + k,
    written,
  }));

  it('writes an entry for each year with something under it, and nothing for empty cells', () => {
    expect(yearColumnsText(columns, ['検討', '', '実施', ''])).toBe('R3：検討\nR5：実施');
    expect(yearColumnsText(columns, ['', '', '', ''])).toBe('');
    expect(yearColumnsText(columns, ['●', '●'])).toBe('R3：●\nR4：●');
  });

  it('makes a range of the years an arrow, a rule or 〃 carries the work on through', () => {
    expect(yearColumnsText(columns, ['検討', '→', '――→', '実施'])).toBe('R3～R5：検討\nR6：実施');
    expect(yearColumnsText(columns, ['検討', '〃', '', '→'])).toBe('R3～R4：検討\nR6：→');
  });

  it('sets the later lines of a cell in under its entry, where they continue its label', () => {
    const text = yearColumnsText(columns, ['システム導入に向けた\n調査・検討']);
    expect(text).toBe('R3：システム導入に向けた\n\u3000調査・検討');
    expect(parseSchedule(text).spans.map((s) => [s.startFiscalYear, s.label])).toEqual([
      [2021, 'システム導入に向けた 調査・検討'],
    ]);
  });
});
