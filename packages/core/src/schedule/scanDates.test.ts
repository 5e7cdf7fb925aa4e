import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalizeText.js';
import { DiagnosticSink, ExpressionList } from './expressions.js';
import { scanDates, scanText } from './scanDates.js';
import { TextMarks } from './textMarks.js';

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

  it('reads a hedge only before what a date or recurrence starts with, and お 概 約 大 starting words not at all', () => {
    expect(
      scan('概ね5年ごと、約3年毎、おおむね毎年度、大体5年ごと、概ね 令和5年度、約２年ごと、大正5年度').found,
    ).toEqual([
      ['recurrence', '概ね5年ごと'],
      ['recurrence', '約3年毎'],
      ['recurrence', 'おおむね毎年度'],
      ['recurrence', '大体5年ごと'],
      ['date', '概ね 令和5年度'],
      ['recurrence', '約２年ごと'],
      ['date', '大正5年度'],
    ]);
    expect(scan('契約更新、大規模改修、お知らせ、概要、約款、概ね順調、大体は').found).toEqual([]);
  });

  it('skips a count of years written with one or two digits, and reads the years and recurrences beside it', () => {
    expect(scan('現契約は1年程度再リース、3年間、5年目、2年後、十年間').found).toEqual([]);
    expect(scan('3年毎、令和6年度から3年間、2019年間').found).toEqual([
      ['recurrence', '3年毎'],
      ['date', '令和6年度から3年間'],
      ['date', '2019年'],
    ]);
  });

  it('finds a part of the year written alone only as the head of an entry', () => {
    expect(scan('令和6年度 上半期：設計 下半期：試行、上記の前期計画：参照').found).toEqual([
      ['date', '令和6年度'],
      ['date', '上半期'],
      ['date', '下半期'],
    ]);
    // Inside words it begins none: 計画の前期 is the plan's first half, not the year's.
    expect(scan('令和6年度 計画の前期：策定').found).toEqual([['date', '令和6年度']]);
    expect(scan('年度末：公表 年1回：点検').found).toEqual([
      ['date', '年度末'],
      ['recurrence', '年1回'],
    ]);
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

describe('scanText', () => {
  const sink = new DiagnosticSink();
  const marks = new TextMarks();
  const into = new ExpressionList();
  const found = (text: string) => into.items.slice(0, into.count).map((x) => text.slice(x.start, x.end));

  it('scans text with nothing full-width as it is, in one pass, noting its marks', () => {
    const text = '2021(R3)年度：検討（現契約は1年程度再リース）\n2022(R4)年度～：実施。';
    expect(scanText(text, sink, marks, into)).toBe(text);
    expect(found(text)).toEqual(['2021(R3)年度', '2022(R4)年度～']);
    expect(marks.fullWidthAt).toBe(-1);
    expect(marks.lineBreaks.items.slice(0, marks.lineBreaks.count)).toEqual([text.indexOf('\n')]);
    expect(marks.sentenceEnds.items.slice(0, marks.sentenceEnds.count)).toEqual([text.length - 1]);
  });

  it('scans the normalised copy of text with full-width digits or letters, from its start, and returns it', () => {
    const text = '検討。\n２０２１（Ｒ２）年度：実施';
    const scanned = scanText(text, sink, marks, into);
    expect(scanned).toBe(normalizeText(text));
    expect(found(scanned)).toEqual(['2021(R2)年度']);
    // Marks and diagnostics are the normalised text's, each once (the first pass stopped at ２).
    expect(marks.lineBreaks.count).toBe(1);
    expect(marks.sentenceEnds.items.slice(0, marks.sentenceEnds.count)).toEqual([2]);
    expect(sink.list.map((d) => [d.code, text.slice(d.source.start, d.source.end)])).toEqual([
      ['era-mismatch', '２０２１（Ｒ２）年度'],
    ]);
  });
});
