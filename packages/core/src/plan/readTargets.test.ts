import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Span } from '../model/types.js';
import { parseDateMentions } from '../schedule/parseDateMentions.js';
import { readTargets } from './readTargets.js';

/** A fiscal-year mention of `text` found at `needle`, written by hand. */
function fyMention(text: string, needle: string, fy: number): Span {
  const start = text.indexOf(needle);
  return {
    start: `${fy}-04-01`,
    end: `${fy + 1}-03-31`,
    startFiscalYear: fy,
    endFiscalYear: fy,
    precision: 'fiscal-year',
    approximate: false,
    label: needle,
    source: { start, end: start + needle.length },
  };
}

describe('readTargets', () => {
  it("reads the seed's No.10 collection rates, one target per clause", () => {
    const goal =
      '市税(現年+滞繰)97.9%の維持 国保税(現年)93.4%を向上 後期(現年)99.2%の維持 介護(現年)99.4%の維持\n【総計基本計画02-06-01-①②③】 【総計基本計画07-04-02-②】';
    expect(readTargets(goal)).toEqual([
      { label: '市税(現年+滞繰)', value: 97.9, unit: '%', text: '市税(現年+滞繰)97.9%の維持' },
      { label: '国保税(現年)', value: 93.4, unit: '%', text: '国保税(現年)93.4%を向上' },
      { label: '後期(現年)', value: 99.2, unit: '%', text: '後期(現年)99.2%の維持' },
      { label: '介護(現年)', value: 99.4, unit: '%', text: '介護(現年)99.4%の維持' },
    ]);
  });

  it("reads the seed's No.40 zero-incident goal", () => {
    expect(readTargets('セキュリティインシデント発生件数を0件とします。')).toEqual([
      {
        label: 'セキュリティインシデント発生件数',
        value: 0,
        unit: '件',
        text: 'セキュリティインシデント発生件数を0件とします。',
      },
    ]);
  });

  it("reads the seed's No.53 staff numbers: from 448, aimed at 439, by FY2025", () => {
    const goal =
      '2025(R7)年度当初における職員数を、2021(R3)年度当初の職員数448人から9人減員し、439人とします。\n【第6次（前期）定員管理計画指標】';
    const by = fyMention(goal, '2025(R7)年度当初', 2025);
    const baseline = fyMention(goal, '2021(R3)年度当初', 2021);
    expect(readTargets(goal, [by, baseline])).toEqual([
      {
        label: '職員数',
        from: 448,
        value: 439,
        unit: '人',
        by,
        text: '2025(R7)年度当初における職員数を、2021(R3)年度当初の職員数448人から9人減員し、439人とします。',
      },
    ]);
  });

  it('reads an arrow as the value today, with or without spaces', () => {
    expect(readTargets('待機児童数12人→0人')).toEqual([
      { label: '待機児童数', from: 12, value: 0, unit: '人', text: '待機児童数12人→0人' },
    ]);
    expect(readTargets('職員数 448人 → 439人')).toEqual([
      { label: '職員数', from: 448, value: 439, unit: '人', text: '職員数 448人 → 439人' },
    ]);
  });

  it('reads a reduction when no level is given, and full-width digits and thousands', () => {
    expect(readTargets('時間外勤務を１０％削減します。')).toEqual([
      { label: '時間外勤務', value: 10, unit: '%', text: '時間外勤務を１０％削減します。' },
    ]);
    expect(readTargets('広告収入1,200千円を確保')).toEqual([
      { label: '広告収入', value: 1200, unit: '千円', text: '広告収入1,200千円を確保' },
    ]);
  });

  it('takes its deadline from the mentions, not the year a change is measured against', () => {
    const goal = 'CO2排出量を2013年度比46%削減（2030年度）';
    const { spans } = parseDateMentions(goal);
    expect(spans.map((s) => s.startFiscalYear)).toEqual([2030]);
    expect(readTargets(goal, spans).map((t) => [t.value, t.unit, t.by?.startFiscalYear])).toEqual([
      [46, '%', 2030],
    ]);
  });

  it('reads nothing from dates, references and prose without a counted unit', () => {
    expect(readTargets('2024(R6)年度までに、業務の見直し(BPR)を完了します。')).toEqual([]);
    expect(readTargets('財政の健全性を維持します。 【六次総基本計画07-04-02】')).toEqual([]);
    expect(readTargets('')).toEqual([]);
  });

  it('does not mutate the mentions and never throws', () => {
    const mentions = Object.freeze([fyMention('2021年度に5件', '2021年度', 2021)]);
    expect(readTargets('2021年度に5件', mentions)).toHaveLength(1);
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            '1',
            '0',
            '.',
            ',',
            '%',
            '人',
            'から',
            '→',
            '減',
            '、',
            '。',
            ' ',
            '年度',
            'あ',
          ),
        }),
        (s) => {
          for (const t of readTargets(s)) expect(Number.isFinite(t.value)).toBe(true);
        },
      ),
    );
  });
});
