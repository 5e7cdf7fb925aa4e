import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalizeText.js';
import { DiagnosticSink, ExpressionList } from './expressions.js';
import { scanDates } from './scanDates.js';

const scan = (text: string) => {
  const sink = new DiagnosticSink();
  const found = scanDates(normalizeText(text), sink).map((x) => [x.type, text.slice(x.start, x.end)]);
  return { found, diagnostics: sink.list.map((d) => d.code) };
};

describe('scanDates', () => {
  it('finds dates and recurrences in order, each once', () => {
    expect(scan('毎年度、取組内容を実施します。 2021(R3)年度：10月に定期見直し 3年毎：見直しの実施')).toEqual(
      {
        found: [
          ['recurrence', '毎年度'],
          ['date', '2021(R3)年度'],
          ['date', '10月'],
          ['recurrence', '3年毎'],
        ],
        diagnostics: [],
      },
    );
  });

  it('reads full-width text through its normalised copy', () => {
    expect(scan('２０２１（Ｒ３）年度～２０２２（Ｒ４）年度').found).toEqual([
      ['date', '２０２１（Ｒ３）年度～２０２２（Ｒ４）年度'],
    ]);
  });

  it('skips numbers, words and letters that start no date', () => {
    expect(scan('総務省2040研究会、RPA、448人、97.9%、No.13、一部組織改編').found).toEqual([]);
  });

  it('never reads the number of an absurd era year as a Western year', () => {
    expect(scan('令和1000年度')).toEqual({ found: [], diagnostics: ['absurd-year'] });
  });

  it('passes era mismatches of the dates it keeps to the sink', () => {
    expect(scan('2019(R2)年度と2020(R3)年').diagnostics).toEqual(['era-mismatch', 'era-mismatch']);
  });

  it('puts the expressions in a list kept from text to text, from its start', () => {
    const into = new ExpressionList();
    const texts = [
      '2021(R3)年度：検討 2022(R4)年度：実施 毎年度、見直し',
      '3年毎：見直し',
      '',
      '令和3年度から5年度まで',
    ];
    for (const text of texts) {
      const items = scanDates(text, new DiagnosticSink(), undefined, into);
      expect(items).toBe(into.items);
      expect(items.slice(0, into.count)).toEqual(scanDates(text, new DiagnosticSink()));
    }
  });
});
