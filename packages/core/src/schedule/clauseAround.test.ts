import { describe, expect, it } from 'vitest';
import { clauseAround } from './clauseAround.js';

const clause = (text: string, date: string) => {
  const start = text.indexOf(date);
  const c = clauseAround(text, start, start + date.length);
  return text.slice(c.start, c.end);
};

describe('clauseAround', () => {
  it('takes the clause between commas', () => {
    expect(clause('国では、2020(R2)年12月に策定した計画において、手続きを抽出', '2020(R2)年12月')).toBe(
      '2020(R2)年12月に策定した計画において',
    );
  });

  it('takes the words a bracket annotates, back to the bracket before', () => {
    const text = '再編計画(H28.10策定)及び推進基本計画(H27.7策定)に基づき';
    expect(clause(text, 'H28.10')).toBe('再編計画(H28.10策定)');
    expect(clause(text, 'H27.7')).toBe('推進基本計画(H27.7策定)');
  });

  it('stops at an outer bracket', () => {
    expect(clause('「押印見直しマニュアル(2020.12.18 内閣府)」を参考', '2020.12.18')).toBe(
      '押印見直しマニュアル(2020.12.18 内閣府)',
    );
  });

  it('runs a clause that is only the date on past the comma', () => {
    expect(clause('2021(R3)年度から、システムの更新を行います。', '2021(R3)年度から')).toBe(
      '2021(R3)年度から、システムの更新を行います',
    );
  });

  it('skips bracket groups inside the clause', () => {
    expect(clause('見直し(BPR、試行)を2024年度までに完了', '2024年度までに')).toBe(
      '見直し(BPR、試行)を2024年度までに完了',
    );
  });

  it('reaches no further than about 80 characters either side', () => {
    const text = `${'あ'.repeat(500)}2021年度${'い'.repeat(500)}`;
    const c = clauseAround(text, 500, 506);
    expect(c.end - c.start).toBeLessThanOrEqual(6 + 2 * 81);
  });
});
