import { describe, expect, it } from 'vitest';
import { readMentions } from './readMentions.js';

describe('readMentions', () => {
  it('finds the dated mentions of the seed\'s No.13 content and its era mismatch', () => {
    const text =
      '公立保育所再編計画（H28.10策定）及び児童福祉施設等のアウトソーシング推進基本計画（H27.7策定）に基づき、公立保育所の基幹保育所化、統廃合等をすすめてきました。\n保育需要が急速な伸びを示す一方で、民間事業者の意欲的な進出により、2020(R3)年時点で入所希望者数の偏りが生じており、今後、供給過剰となることも想定される状況となっています。';
    const { spans, diagnostics } = readMentions(text);
    expect(spans.map((s) => [s.start, s.end])).toEqual([
      ['2016-10-01', '2016-10-31'],
      ['2015-07-01', '2015-07-31'],
      ['2020-01-01', '2020-12-31'],
    ]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.code).toBe('era-mismatch');
    expect(text.slice(diagnostics[0]!.source.start, diagnostics[0]!.source.end)).toContain('2020(R3)');
  });

  it('finds nothing in undated prose', () => {
    expect(readMentions('市が所管する債権を適正に管理します。')).toEqual({ spans: [], diagnostics: [] });
  });
});
