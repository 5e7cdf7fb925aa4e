import { describe, expect, it } from 'vitest';
import { fiscalYearFromTitleNote, fiscalYearOfTitle } from './fiscalYearOfTitle.js';
import { parsePlan } from './parsePlan.js';

describe('fiscalYearOfTitle', () => {
  it('reads the one fiscal year the first line that holds anything names', () => {
    expect(fiscalYearOfTitle('令和6年度 見本市実施計画,,,\n通し番号,項目\n')).toEqual({
      fiscalYear: 2024,
      start: 0,
      end: 16,
      line: 1,
    });
    expect(fiscalYearOfTitle('\n,,,\n2024年度版 事業計画\n')).toMatchObject({
      fiscalYear: 2024,
      start: 5,
      line: 3,
    });
    expect(fiscalYearOfTitle('R6年度 実施計画\tNo.1')?.fiscalYear).toBe(2024);
  });

  it('reads none from a title with no year, several, a range, or less than a fiscal year', () => {
    for (const title of [
      '多賀城市役所経営プラン 取組項目一覧',
      '第2期計画（2026～2030年度）',
      '令和6年度・令和7年度 実施計画',
      '令和6年4月改訂 経営プラン',
      '通し番号,項目,スケジュール',
      `${'長'.repeat(300)}令和6年度`,
    ])
      expect(fiscalYearOfTitle(`${title}\n1,令和5年度,x\n`), title.slice(0, 20)).toBeNull();
  });

  it('says in both languages where the year comes from', () => {
    const note = fiscalYearFromTitleNote({ fiscalYear: 2024, start: 0, end: 17, line: 1 });
    expect(note).toMatchObject({ code: 'fiscal-year-from-title', severity: 'info', line: 1 });
    expect(note.message).toContain('The title names 2024(R6)年度');
    expect(note.messageJa).toContain('表題に2024(R6)年度とある');
  });
});

describe('parsePlan of an annual plan whose title names its year', () => {
  const csv =
    '令和6年度 見本市 行財政改革実施計画,,,\n,,,\n通し番号,項目,スケジュール,主務課\n1,窓口調査,4月～6月：調査 来年度：本格実施,◎市民\n';

  it('reads its months and 来年度 in that year, and says so', () => {
    const plan = parsePlan(csv);
    expect(plan.items[0]!.schedule.spans.map((s) => [s.start, s.end])).toEqual([
      ['2024-04-01', '2024-06-30'],
      ['2025-04-01', '2026-03-31'],
    ]);
    expect(plan.diagnostics.map((d) => [d.code, d.line])).toEqual([['fiscal-year-from-title', 1]]);
  });

  it('reads them in the year given instead, without a word about the title', () => {
    const plan = parsePlan(csv, { fiscalYear: 2023 });
    expect(plan.items[0]!.schedule.spans.map((s) => s.start)).toEqual(['2023-04-01', '2024-04-01']);
    expect(plan.diagnostics).toEqual([]);
  });
});
