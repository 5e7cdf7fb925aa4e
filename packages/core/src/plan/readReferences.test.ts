import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readReferences } from './readReferences.js';

describe('readReferences', () => {
  it('lists plan references without brackets, in order', () => {
    expect(
      readReferences('<p>【六次総基本計画02-06-01】 【六次総基本計画07-04-01】 【六次総基本計画07-04-02】'),
    ).toEqual(['六次総基本計画02-06-01', '六次総基本計画07-04-01', '六次総基本計画07-04-02']);
  });

  it('keeps long references with chapters and quotes whole', () => {
    expect(
      readReferences(
        '遊休資産の活用を図ります。\n【六次総基本構想第6章5-(4)カ「遊休資産の売却等徹底的な資産活用」】',
      ),
    ).toEqual(['六次総基本構想第6章5-(4)カ「遊休資産の売却等徹底的な資産活用」']);
    expect(readReferences('【第6次（前期）定員管理計画指標】【旧・アウトソーシング推進指針】')).toEqual([
      '第6次（前期）定員管理計画指標',
      '旧・アウトソーシング推進指針',
    ]);
  });

  it('skips headings and schedule tracks that name no plan', () => {
    expect(readReferences('【窓口電子化の推進】\n行政手続きの…\n【オンライン手続きの推進】')).toEqual([]);
    expect(readReferences('【内部情報系】 2021(R3)年度：導入検討')).toEqual([]);
  });

  it('lists a repeated reference once', () => {
    expect(readReferences('【総計基本計画07-02】【総計基本計画07-02】')).toEqual(['総計基本計画07-02']);
  });

  it('ignores an unclosed bracket', () => {
    expect(readReferences('【六次総基本計画 【総計基本計画07-03】 【未完')).toEqual(['総計基本計画07-03']);
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => Array.isArray(readReferences(s))));
  });
});
