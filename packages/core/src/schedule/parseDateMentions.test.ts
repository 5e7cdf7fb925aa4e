import { describe, expect, it } from 'vitest';
import { parseDateMentions } from './parseDateMentions.js';

describe('parseDateMentions', () => {
  it('reads a dotted era month inside brackets, labelled with what the brackets annotate', () => {
    const text =
      '公立保育所再編計画（H28.10策定）及び児童福祉施設等のアウトソーシング推進基本計画（H27.7策定）に基づき';
    expect(parseDateMentions(text)).toEqual({
      spans: [
        {
          start: '2016-10-01',
          end: '2016-10-31',
          startFiscalYear: 2016,
          endFiscalYear: 2016,
          precision: 'month',
          approximate: false,
          label: '公立保育所再編計画（H28.10策定）',
          source: { start: 0, end: 19 },
        },
        {
          start: '2015-07-01',
          end: '2015-07-31',
          startFiscalYear: 2015,
          endFiscalYear: 2015,
          precision: 'month',
          approximate: false,
          label: '児童福祉施設等のアウトソーシング推進基本計画（H27.7策定）',
          source: { start: 21, end: 52 },
        },
      ],
      diagnostics: [],
    });
  });

  it('reads a month after a Western year with its era: 2020(R2)年12月に策定', () => {
    const text = '国では、2020(R2)年12月に策定した自治体DX推進計画において、手続きを抽出しました。';
    const { spans, diagnostics } = parseDateMentions(text);
    expect(diagnostics).toEqual([]);
    expect(spans).toEqual([
      {
        start: '2020-12-01',
        end: '2020-12-31',
        startFiscalYear: 2020,
        endFiscalYear: 2020,
        precision: 'month',
        approximate: false,
        label: '2020(R2)年12月に策定した自治体DX推進計画において',
        source: { start: 4, end: 34 },
      },
    ]);
  });

  it('reads full-width digits and letters as their half-width forms, with the label and offsets of the text as given', () => {
    const text = '国では、２０２０（Ｒ２）年１２月に策定した計画に沿って、２０２０（Ｒ３）年度から進めます。';
    const { spans, diagnostics } = parseDateMentions(text);
    expect(spans.map((s) => [s.start, s.end, s.precision])).toEqual([
      ['2020-12-01', '2020-12-31', 'month'],
      ['2020-04-01', null, 'fiscal-year'],
    ]);
    expect(spans[0]!.label).toBe('２０２０（Ｒ２）年１２月に策定した計画に沿って');
    expect(text.slice(spans[0]!.source.start, spans[0]!.source.end)).toBe(spans[0]!.label);
    // The mismatch (2020 is R2, not R3) is found in the full-width text too, where it is written.
    expect(diagnostics.map((d) => [d.code, text.slice(d.source.start, d.source.end)])).toEqual([
      ['era-mismatch', '２０２０（Ｒ３）年度'],
    ]);
  });

  it('dates 翌年度 by the fiscal year before it on the same line, and leaves it alone otherwise', () => {
    const dates = (text: string) => parseDateMentions(text).spans.map((s) => [s.start, s.end, s.label]);
    expect(dates('2020(R2)年度に計画を策定し、翌年度から運用を開始しました。')).toEqual([
      ['2020-04-01', '2021-03-31', '2020(R2)年度に計画を策定し'],
      ['2021-04-01', null, '翌年度から運用を開始しました'],
    ]);
    expect(dates('翌年度に見直します。')).toEqual([]);
    expect(dates('2020(R2)年度に策定しました。\n翌年度に見直します。')).toHaveLength(1);
  });

  it('dates a fiscal year written without its era by the date before it', () => {
    const dates = (text: string) => parseDateMentions(text).spans.map((s) => [s.start, s.end]);
    expect(dates('平成28年度に策定し、30年度に改定しました。')).toEqual([
      ['2016-04-01', '2017-03-31'],
      ['2018-04-01', '2019-03-31'],
    ]);
    expect(dates('第6次総合計画（3年度～12年度）は令和2年度に策定')).toEqual([['2020-04-01', '2021-03-31']]);
  });

  it('reads a target fiscal year: 2025(R7)年度を目標年度として', () => {
    const text = '標準仕様に準拠したシステムへの移行を2025(R7)年度を目標年度として決定しています。';
    const [span] = parseDateMentions(text).spans;
    expect(span).toMatchObject({ start: '2025-04-01', end: '2026-03-31', precision: 'fiscal-year' });
    expect(span!.label).toBe(
      '標準仕様に準拠したシステムへの移行を2025(R7)年度を目標年度として決定しています',
    );
  });

  it('reads までに as an open start, and runs a clause that is only the date on to the next comma', () => {
    const text = '2024(R6)年度までに、業務の見直し(BPR)を完了します。';
    expect(parseDateMentions(text).spans).toEqual([
      {
        start: null,
        end: '2025-03-31',
        startFiscalYear: null,
        endFiscalYear: 2024,
        precision: 'fiscal-year',
        approximate: false,
        label: '2024(R6)年度までに、業務の見直し(BPR)を完了します',
        source: { start: 0, end: 31 },
      },
    ]);
  });

  it('keeps the Western year of 2020(R3)年時点 and reports the mismatch at the notation', () => {
    const text = '民間事業者の進出により、2020(R3)年時点で入所希望者数の偏りが生じており';
    const { spans, diagnostics } = parseDateMentions(text);
    expect(spans.map((s) => [s.start, s.end, s.precision])).toEqual([
      ['2020-01-01', '2020-12-31', 'calendar-year'],
    ]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: 'era-mismatch',
      severity: 'warning',
      source: { start: 12, end: 21 },
    });
    expect(text.slice(12, 21)).toBe('2020(R3)年');
  });

  it('reads 年度当初 as April of the fiscal year', () => {
    const text =
      '2025(R7)年度当初における職員数を、2021(R3)年度当初の職員数448人から9人減員し、439人とします。';
    expect(parseDateMentions(text).spans.map((s) => [s.start, s.end, s.precision, s.label])).toEqual([
      ['2025-04-01', '2025-04-30', 'month', '2025(R7)年度当初における職員数を'],
      ['2021-04-01', '2021-04-30', 'month', '2021(R3)年度当初の職員数448人から9人減員し'],
    ]);
  });

  it('dates a month with no year by the date before it on the same line only', () => {
    expect(parseDateMentions('2021年度に検討し、10月に決定').spans.map((s) => s.start)).toEqual([
      '2021-04-01',
      '2021-10-01',
    ]);
    expect(parseDateMentions('2021年度に検討。\n10月に決定').spans.map((s) => s.start)).toEqual([
      '2021-04-01',
    ]);
  });

  it('finds no mention in recurrences, law numbers, amounts or bare numbers', () => {
    for (const text of [
      '毎年度の予算編成を通じて、収支均衡を図ります。',
      '多賀城市の私債権の保全及び管理に関する条例（平成21年条例第32号）に基づく',
      '市税(現年+滞繰)97.9%の維持',
      '総務省2040研究会では',
      '年度初めの繁忙期には',
      'CO2排出量を2013年度比46%削減',
      '平成25年度と比べ、排出量を削減',
      '令和元年に比して増加',
    ]) {
      expect(parseDateMentions(text)).toEqual({ spans: [], diagnostics: [] });
    }
  });

  it('dates a month written before any year on its line in the fiscal year the text is written for', () => {
    const text = '5月に説明会を開催。\n2023年度に策定し、10月に公表。\n2月に報告';
    const starts = (fiscalYear?: number) => parseDateMentions(text, { fiscalYear }).spans.map((s) => s.start);
    expect(starts(2024)).toEqual(['2024-05-01', '2023-04-01', '2023-10-01', '2025-02-01']);
    expect(starts()).toEqual(['2023-04-01', '2023-10-01']);
    expect(parseDateMentions('来年度に公表します。', { fiscalYear: 2024 }).spans.map((s) => s.start)).toEqual(
      ['2025-04-01'],
    );
    expect(parseDateMentions('来年度に公表します。').spans).toEqual([]);
  });

  it('keeps sources inside the text at its very end', () => {
    expect(parseDateMentions('2021.3').spans.map((s) => s.source)).toEqual([{ start: 0, end: 6 }]);
  });

  it('gives each call lists of its own: a later call changes nothing an earlier one returned', () => {
    const none = parseDateMentions('日付のない文');
    const first = parseDateMentions('2020(R3)年時点で検討');
    const kept = structuredClone(first);
    const second = parseDateMentions('2018(R1)年度に策定、2019(H30)年度に改定');
    expect(none).toEqual({ spans: [], diagnostics: [] });
    expect(first).toEqual(kept);
    expect(first.diagnostics).toHaveLength(1);
    expect(second.diagnostics.map((d) => d.source.start)).toEqual([0, 14]);
  });

  it('never throws on text that is not a string', () => {
    expect(parseDateMentions(null as unknown as string)).toEqual({ spans: [], diagnostics: [] });
  });
});
