import { describe, expect, it } from 'vitest';
import type { Precision, Span } from '../model/types.js';
import { findUncovered } from './coverage.js';
import { parseSchedule } from './parseSchedule.js';

/** A span with every field written out; `source` defaults to the whole text. */
function span(
  text: string,
  start: string | null,
  end: string | null,
  startFiscalYear: number | null,
  endFiscalYear: number | null,
  precision: Precision,
  label: string,
  extra: { approximate?: boolean; track?: string; source?: [number, number] } = {},
): Span {
  const [s, e] = extra.source ?? [0, text.length];
  const result: Span = {
    start,
    end,
    startFiscalYear,
    endFiscalYear,
    precision,
    approximate: extra.approximate ?? false,
    label,
    source: { start: s, end: e },
  };
  if (extra.track !== undefined) result.track = extra.track;
  return result;
}

/** Parses, checks that nothing was lost, and returns the schedule. */
function read(text: string) {
  const schedule = parseSchedule(text);
  expect(findUncovered(text, schedule)).toEqual([]);
  return schedule;
}

/** The spans of a text that should read without diagnostics. */
function spansOf(text: string): Span[] {
  const schedule = read(text);
  expect(schedule.diagnostics).toEqual([]);
  return schedule.spans;
}

/** The start, end and label of each span of a schedule read without diagnostics. */
const datesOf = (text: string) => spansOf(text).map((s) => [s.start, s.end, s.label]);
/** Each span's first and last fiscal year and its label. */
const fiscalYearsOf = (text: string) =>
  spansOf(text).map((s) => [s.startFiscalYear, s.endFiscalYear, s.label]);

/** FY2021 and FY2022, both labelled 調査, as {@link fiscalYearsOf} gives them: what the lists of two years below read. */
const STUDIED_IN_2021_AND_2022 = [
  [2021, 2021, '調査'],
  [2022, 2022, '調査'],
];

const FY2021: [string, string, number, number] = ['2021-04-01', '2022-03-31', 2021, 2021];

/**
 * What a text reads into, piece by piece: each span's first fiscal year, label and source text, then each
 * recurrence's years between, label and source text, then each note's text.
 */
function piecesOf(text: string): (string | number | null)[][] {
  const schedule = read(text);
  return [
    ...schedule.spans.map((s) => [s.startFiscalYear, s.label, text.slice(s.source.start, s.source.end)]),
    ...schedule.recurrences.map((r) => [r.everyYears, r.label, text.slice(r.source.start, r.source.end)]),
    ...schedule.notes.map((n) => ['note', n.text]),
  ];
}

describe('parseSchedule: a Western year with its era in brackets, either order', () => {
  it.each([
    ['2021(R3)年度：検討'],
    ['2021（令和3）年度：検討'],
    ['2021(令和3年度)：検討'],
    ['令和3年度(2021年度)：検討'],
    ['令和3(2021)年度：検討'],
    ['２０２１（Ｒ３）年度：検討'],
    ['2021 (R3)年度：検討'],
  ])('%s is FY2021', (text) => {
    expect(spansOf(text)).toEqual([span(text, ...FY2021, 'fiscal-year', '検討')]);
  });

  it('reads 2018年(平成30年)度 as FY2018', () => {
    const text = '2018年(平成30年)度：検討';
    expect(spansOf(text)).toEqual([
      span(text, '2018-04-01', '2019-03-31', 2018, 2018, 'fiscal-year', '検討'),
    ]);
  });

  it('reads 平成 29(2017)年度 with spaces inside', () => {
    const text = '平成 29(2017)年度：検討';
    expect(spansOf(text)).toEqual([
      span(text, '2017-04-01', '2018-03-31', 2017, 2017, 'fiscal-year', '検討'),
    ]);
  });
});

describe('parseSchedule: the era alone', () => {
  it.each([
    ['令和3年度'],
    ['R3年度'],
    ['r3年度'],
    ['Ｒ３年度'],
    ['令3年度'],
    ['令和三年度'],
    ['Reiwa 3年度'],
    ['令和 3年度'],
  ])('%s is FY2021', (date) => {
    const text = `${date}：検討`;
    expect(spansOf(text)).toEqual([span(text, ...FY2021, 'fiscal-year', '検討')]);
  });

  it.each([
    ['令和元年度'],
    ['R元年度'],
    ['平成31年度'],
    ['平成三十一年度'],
    ['2019(H31/R1)年度'],
    ['2019（平成31・令和元）年度'],
    ['2019(H31／R1年度)'],
    ['平成31年度（令和元年度）'],
    ['令和元年度(平成31年度)'],
    ['平成31(令和元)年度'],
  ])('%s is FY2019', (date) => {
    const text = `${date}：検討`;
    expect(spansOf(text)).toEqual([
      span(text, '2019-04-01', '2020-03-31', 2019, 2019, 'fiscal-year', '検討'),
    ]);
  });

  it('reads era years past the era’s end (平成32年度 is FY2020) and notes them in the era of their time', () => {
    const text = '平成32年度：検討';
    const schedule = read(text);
    expect(schedule.spans).toEqual([
      span(text, '2020-04-01', '2021-03-31', 2020, 2020, 'fiscal-year', '検討'),
    ]);
    expect(schedule.diagnostics).toEqual([
      {
        code: 'era-ended',
        severity: 'info',
        message: '「平成32年度」: 平成 ended on 2019-04-30; this is 令和2年度',
        messageJa: '「平成32年度」: 平成は2019年4月30日までです。令和2年度のことです',
        source: { start: 0, end: 6 },
      },
    ]);
    const noted = (t: string) => read(t).diagnostics.map((d) => d.message);
    expect(noted('2020(H32)年度：構築')).toEqual([
      '「2020(H32)年度」: 平成 ended on 2019-04-30; this is 令和2年度',
    ]);
    expect(noted('平成31年5月1日施行')).toEqual([
      '「平成31年5月1日」: 平成 ended on 2019-04-30; this is 令和元年5月1日',
    ]);
    expect(noted('昭和64年度')).toEqual(['「昭和64年度」: 昭和 ended on 1989-01-07; this is 平成元年度']);
    // A day the calendar lacks is that, not a day of another era.
    expect(read('平成32年2月30日').diagnostics.map((d) => d.code)).toEqual(['invalid-date']);
    // FY2019 began under 平成, and 平成31年 (the calendar year) with it.
    for (const t of ['平成31年度：検討', '2019(H31)年度：検討', '平成31年4月30日', '平成31年'])
      expect(noted(t), t).toEqual([]);
  });

  it('reads a year named in two eras only when both name it', () => {
    const schedule = read('2019(H31/R1)年度：検討 2020(R2)年度：実施');
    expect(schedule.spans.map((s) => [s.startFiscalYear, s.label])).toEqual([
      [2019, '検討'],
      [2020, '実施'],
    ]);
    expect(schedule.diagnostics).toEqual([]);
    expect(read('2019(R1/H31)年度：検討').spans.map((s) => s.startFiscalYear)).toEqual([2019]);
    // Two eras that disagree, or one era twice, pair with no year: the text is kept.
    for (const t of ['2019(H30/R1)年度：検討', '2019(H31/R2)年度：検討', '2019(R1/R1)年度：検討'])
      expect(
        read(t).notes.map((n) => n.text),
        t,
      ).toEqual([t]);
  });

  it('reads an era year with the year in another era in brackets as one year, and reports two that disagree', () => {
    // 平成31年度（令和元年度） is FY2019, read in the later era: no note that 平成 had ended.
    const schedule = read('平成31年（令和元年）5月：施行');
    expect(schedule.spans.map((s) => [s.start, s.end, s.label])).toEqual([
      ['2019-05-01', '2019-05-31', '施行'],
    ]);
    expect(schedule.diagnostics).toEqual([]);
    const text = '平成31年度（令和2年度）：開始';
    const mismatch = read(text);
    expect(mismatch.spans.map((s) => [s.startFiscalYear, s.label])).toEqual([[2019, '開始']]);
    expect(mismatch.diagnostics).toEqual([
      {
        code: 'era-mismatch',
        severity: 'warning',
        message: '「平成31年度(令和2年度)」: 令和2年 is 2020, not 2019; 平成31年 (2019) is kept',
        messageJa:
          '「平成31年度(令和2年度)」: 令和2年は2020年で、2019年ではありません。平成31年（2019年）として読みます',
        source: { start: 0, end: 13 },
      },
    ]);
  });

  it('notes an era year in brackets, or before them, that its era had ended by (令和3年度（平成33年度）)', () => {
    for (const text of ['令和3年度（平成33年度）：開始', '平成33年度（令和3年度）：開始']) {
      const schedule = read(text);
      expect(
        schedule.spans.map((s) => [s.startFiscalYear, s.label]),
        text,
      ).toEqual([[2021, '開始']]);
      expect(
        schedule.diagnostics.map((d) => [d.code, d.severity, d.source]),
        text,
      ).toEqual([['era-ended', 'info', { start: 0, end: 13 }]]);
      expect(schedule.diagnostics[0]!.message, text).toMatch(/平成 ended on 2019-04-30; this is 令和3年度$/);
    }
    // Years 平成 lasted into: no note.
    expect(read('令和元年度（平成31年度）：開始').diagnostics).toEqual([]);
    expect(read('令和元年（平成31年）5月：施行').diagnostics).toEqual([]);
    expect(read('令和3年（平成33年）5月：施行').diagnostics.map((d) => d.code)).toEqual(['era-ended']);
  });

  it('notes a later year that takes its era from the year before it past that era’s end (平成30年度～33年度)', () => {
    const text = '平成30年度～33年度：運用';
    const schedule = read(text);
    expect(schedule.spans).toEqual([
      span(text, '2018-04-01', '2022-03-31', 2018, 2021, 'fiscal-year', '運用'),
    ]);
    // The note is the one a year written whole gets (above), at the year written bare.
    expect(schedule.diagnostics.map((d) => [d.code, d.severity, d.messageJa, d.source])).toEqual([
      [
        'era-ended',
        'info',
        '「33年度」: 平成は2019年4月30日までです。令和3年度のことです',
        { start: 7, end: 11 },
      ],
    ]);
    const noted = (t: string) => read(t).diagnostics.map((d) => d.message);
    expect(noted(text)).toEqual(['「33年度」: 平成 ended on 2019-04-30; this is 令和3年度']);
    // In a list, each year past the end; era years alone (H30～33); and the era before 平成.
    expect(noted('平成30年度・31年度・32年度に実施')).toEqual([
      '「32年度」: 平成 ended on 2019-04-30; this is 令和2年度',
    ]);
    expect(noted('H30～33：運用')).toEqual(['「33」: 平成 ended on 2019-04-30; this is 令和3年度']);
    expect(noted('昭和63年度～65年度')).toEqual(['「65年度」: 昭和 ended on 1989-01-07; this is 平成2年度']);
    // Within the era, and a Western century carried on, are not noted.
    for (const t of ['平成30年度～31年度：運用', '平成17年度から19年度まで', '2018～21年度：運用'])
      expect(noted(t), t).toEqual([]);
  });

  it('reads a Western year written in kanji: 二〇二一年度', () => {
    const text = '二〇二一年度：検討';
    expect(spansOf(text)).toEqual([span(text, ...FY2021, 'fiscal-year', '検討')]);
  });
});

describe('parseSchedule: ranges', () => {
  it.each([['～'], ['〜'], ['~'], ['∼'], ['-'], ['－'], ['から']])(
    'joins 2021(R3)年度%s2023(R5)年度',
    (dash) => {
      const text = `2021(R3)年度${dash}2023(R5)年度：構築`;
      expect(spansOf(text)).toEqual([
        span(text, '2021-04-01', '2024-03-31', 2021, 2023, 'fiscal-year', '構築'),
      ]);
    },
  );

  it('reads から…まで', () => {
    const text = '2021年度から2023年度まで：構築';
    expect(spansOf(text)).toEqual([
      span(text, '2021-04-01', '2024-03-31', 2021, 2023, 'fiscal-year', '構築'),
    ]);
  });

  it('takes 年度 from the last year only: 平成17~平成21年度', () => {
    const text = '平成17~平成21年度：計画期間';
    expect(spansOf(text)).toEqual([
      span(text, '2005-04-01', '2010-03-31', 2005, 2009, 'fiscal-year', '計画期間'),
    ]);
  });

  it('carries the era to a bare later year: 平成17年度から19年度まで', () => {
    const text = '平成17年度から19年度まで：計画期間';
    expect(spansOf(text)).toEqual([
      span(text, '2005-04-01', '2008-03-31', 2005, 2007, 'fiscal-year', '計画期間'),
    ]);
  });

  it('completes a two-digit end year from the century of the start: 2021～23年度', () => {
    const text = '2021～23年度：構築';
    expect(spansOf(text)).toEqual([
      span(text, '2021-04-01', '2024-03-31', 2021, 2023, 'fiscal-year', '構築'),
    ]);
  });

  it('reads a month range in one year: 2016年(平成28年)2月～3月', () => {
    const text = '2016年(平成28年)2月～3月：調査';
    expect(spansOf(text)).toEqual([span(text, '2016-02-01', '2016-03-31', 2015, 2015, 'month', '調査')]);
  });

  it('reads a number alone after a dotted month as a month, of the same year or the next: R3.4～6, R3.10～3', () => {
    const dated = (text: string) => spansOf(text).map((s) => [s.start, s.end, s.precision, s.label]);
    // R3.4～6 was April 2021 to the end of 2024.
    expect(dated('R3.4～6：調査')).toEqual([['2021-04-01', '2021-06-30', 'month', '調査']]);
    expect(dated('R3.10～3：試行')).toEqual([['2021-10-01', '2022-03-31', 'month', '試行']]);
    expect(dated('2021.4～6')).toEqual([['2021-04-01', '2021-06-30', 'month', '']]);
    // A number that is no month stays a year (令和13).
    expect(spansOf('R3.4～13').map((s) => [s.startFiscalYear, s.endFiscalYear])).toEqual([[2021, 2031]]);
  });

  it('reads a number alone after a date with its day as a later day: R3.4.1～6, 令和3年4月1日～6日', () => {
    const dated = (text: string) => spansOf(text).map((s) => [s.start, s.end, s.precision, s.label]);
    // R3.4.1～6 and 令和3年4月1日～6日 were April 2021 to the end of 2024 (令和6), 2021.4.1～6 open from April 2021.
    expect(dated('R3.4.1～6：準備')).toEqual([['2021-04-01', '2021-04-06', 'day', '準備']]);
    expect(dated('令和3年4月1日～6日：準備')).toEqual([['2021-04-01', '2021-04-06', 'day', '準備']]);
    expect(dated('2021.4.1～6：準備')).toEqual([['2021-04-01', '2021-04-06', 'day', '準備']]);
    expect(dated('2021年4月1日～30日に実施')).toEqual([['2021-04-01', '2021-04-30', 'day', '実施']]);
    // After a date written with dots or slashes, a month and day: of the next year when its month comes first.
    expect(dated('R3.4.1～5.31：準備')).toEqual([['2021-04-01', '2021-05-31', 'day', '準備']]);
    expect(dated('2021/4/1～6/30')).toEqual([['2021-04-01', '2021-06-30', 'day', '']]);
    expect(dated('R3.12.20～1.10：周知')).toEqual([['2021-12-20', '2022-01-10', 'day', '周知']]);
    // What is no later day of the month stays what it was: a year (令和5, 令和31), as after a date with a unit.
    const years = (text: string) => spansOf(text).map((s) => [s.start, s.end]);
    expect(years('R3.4.25～5')).toEqual([['2021-04-25', '2023-12-31']]);
    expect(years('R3.4.1～31')).toEqual([['2021-04-01', '2049-12-31']]);
    expect(years('R3.4.1～6年度')).toEqual([['2021-04-01', '2025-03-31']]);
    expect(years('2021.4.1～2024')).toEqual([['2021-04-01', '2024-12-31']]);
  });

  it('reads an era year written alone after a month as a fiscal year: R3.4～R6', () => {
    const dated = (text: string) => spansOf(text).map((s) => [s.start, s.end, s.endFiscalYear]);
    // It ended with the calendar year 2024, three months before FY2024 does.
    expect(dated('R3.4～R6：試行')).toEqual([['2021-04-01', '2025-03-31', 2024]]);
    expect(dated('令和3年4月～R6')).toEqual([['2021-04-01', '2025-03-31', 2024]]);
    // With its 年, its month, or after a year without a month, it is what it was.
    expect(dated('令和3年4月～令和6年')).toEqual([['2021-04-01', '2024-12-31', 2024]]);
    expect(dated('R3.4～R6.3')).toEqual([['2021-04-01', '2024-03-31', 2023]]);
    expect(dated('令和3年～R6')).toEqual([['2021-01-01', '2024-12-31', 2024]]);
  });

  it('reads dotted ranges: R3.4～R4.3', () => {
    const text = 'R3.4～R4.3：試行';
    expect(spansOf(text)).toEqual([span(text, '2021-04-01', '2022-03-31', 2021, 2021, 'month', '試行')]);
  });

  it('reads a range between parts of one year: 2021年度第2四半期～第3四半期', () => {
    const text = '2021年度第2四半期～第3四半期：試行';
    expect(spansOf(text)).toEqual([
      span(text, '2021-07-01', '2021-12-31', 2021, 2021, 'fiscal-quarter', '試行'),
    ]);
  });

  it('reads a range of era years written without 年度 as fiscal years: R4～R6, H30-R2', () => {
    for (const [text, from, to] of [
      ['R4～R6', 2022, 2024],
      ['H30-R2：計画期間', 2018, 2020],
      ['令和4～令和6', 2022, 2024],
      ['R4～6', 2022, 2024],
    ] as const) {
      const [only, ...rest] = spansOf(text);
      expect(rest, text).toEqual([]);
      expect(only, text).toMatchObject({
        start: `${from}-04-01`,
        end: `${to + 1}-03-31`,
        precision: 'fiscal-year',
        source: { start: 0 },
      });
    }
  });

  it('reads a range joined by the dashes Japanese text types: 令和4年度―令和8年度, 令和4年度ー令和8年度', () => {
    const dated = (text: string) => spansOf(text).map((s) => [s.start, s.end, s.label]);
    // ― (a horizontal bar) and ー (the long vowel mark, typed for a dash) were two years, the first labelled with it.
    for (const text of [
      '令和4年度―令和8年度：整備',
      '令和4年度ー令和8年度：整備',
      'R4ーR8：整備',
      '2022ー2026年度：整備',
    ])
      expect(dated(text), text).toEqual([['2022-04-01', '2027-03-31', '整備']]);
    // After a kana it is a kana's: katakana words stay words.
    expect(dated('サーバー更新（令和5年度）')).toEqual([['2023-04-01', '2024-03-31', 'サーバー更新']]);
    expect(dated('2021年度データー整備')).toEqual([['2021-04-01', '2022-03-31', 'データー整備']]);
  });

  it('reads a lone era year without 年度 before ：, ～, から or 以降 as a fiscal year: R4：…, R9～', () => {
    expect(fiscalYearsOf('R4：計画策定 R5：運用開始')).toEqual([
      [2022, 2022, '計画策定'],
      [2023, 2023, '運用開始'],
    ]);
    expect(fiscalYearsOf('R6-R8：計画策定 R9～：運用')).toEqual([
      [2024, 2026, '計画策定'],
      [2027, null, '運用'],
    ]);
    expect(fiscalYearsOf('R9以降：運用')).toEqual([[2027, null, '運用']]);
    expect(fiscalYearsOf('R9から継続')).toEqual([[2027, null, '継続']]);
    for (const text of ['R4', 'H2O：水', 'H2O以降', 'R101から利用'])
      expect(
        read(text).notes.map((n) => n.text),
        text,
      ).toEqual([text]);
  });

  it('reads a lone 平成 or 令和 year before a blank and its words as a fiscal year: R3 検討 → R4 試行', () => {
    expect(fiscalYearsOf('R3 検討 → R4 試行 → R5 本格実施')).toEqual([
      [2021, 2021, '検討'],
      [2022, 2022, '試行'],
      [2023, 2023, '本格実施'],
    ]);
    expect(fiscalYearsOf('◆R4 制度設計 ◆R5 運用開始')).toEqual([
      [2022, 2022, '制度設計'],
      [2023, 2023, '運用開始'],
    ]);
    expect(fiscalYearsOf('H30 策定、令和2 改定')).toEqual([
      [2018, 2018, '策定'],
      [2020, 2020, '改定'],
    ]);
    expect(fiscalYearsOf('R3\u3000BPR')).toEqual([[2021, 2021, 'BPR']]);
    // After a wave dash, the end of an open start.
    expect(fiscalYearsOf('～R3 検討 R4～ 実施')).toEqual([
      [null, 2021, '検討'],
      [2022, null, '実施'],
    ]);
    expect(fiscalYearsOf('～R3：検討')).toEqual([[null, 2021, '検討']]);
    // Earlier eras' letters before a blank name things; a number, a bracket or nothing after the blank is no entry.
    for (const text of ['T1 回線の更新', 'M1 チップ', 'S2 ストレージ', 'R3 (予定)', '検討 R3', 'R101 会議室'])
      expect(read(text).spans, text).toEqual([]);
  });

  it('reads the year of an era letter run straight into the kanji of its words: R3検討、R4実施', () => {
    expect(fiscalYearsOf('R3検討、R4実施')).toEqual([
      [2021, 2021, '検討'],
      [2022, 2022, '実施'],
    ]);
    expect(fiscalYearsOf('H30策定→R4～R5改定')).toEqual([
      [2018, 2018, '策定'],
      [2022, 2023, '改定'],
    ]);
    // Not into kana, a counter or a unit, nor with the era's name written out; not after a letter (BPR3).
    for (const text of ['R3の検討', 'R2号線', 'R3万円', 'R3月', '令和3検討', 'BPR3検討', 'T1回線'])
      expect(read(text).spans, text).toEqual([]);
  });

  it('leaves ranges with nothing that says they are years as notes: 2022～2024, H2O～H2O', () => {
    for (const text of ['2022～2024', 'H2O～H2O']) {
      expect(
        read(text).notes.map((n) => n.text),
        text,
      ).toEqual([text]);
      expect(read(text).spans, text).toEqual([]);
    }
  });

  it('reads a count of years or months after から or a dash as the range it makes: 令和6年度から3年間', () => {
    expect(datesOf('令和6年度から3年間で実施')).toEqual([['2024-04-01', '2027-03-31', '実施']]);
    expect(datesOf('2024年度～5か年：計画期間')).toEqual([['2024-04-01', '2029-03-31', '計画期間']]);
    expect(datesOf('2024年から二年間')).toEqual([['2024-01-01', '2025-12-31', '']]);
    // From a month, a count of years or months ends with the month before the one it reaches.
    expect(datesOf('令和6年10月から2年間')).toEqual([['2024-10-01', '2026-09-30', '']]);
    expect(datesOf('2024年10月から6か月：試行')).toEqual([['2024-10-01', '2025-03-31', '試行']]);
    expect(datesOf('R6.10～18ヶ月間：試行')).toEqual([['2024-10-01', '2026-03-31', '試行']]);
    expect(datesOf('2024年12月から1か月')).toEqual([['2024-12-01', '2024-12-31', '']]);
    // From a day, and months from a fiscal year (which six months?), the count is left to the label.
    expect(datesOf('2024年10月1日から2年間')).toEqual([['2024-10-01', null, '2年間']]);
    expect(datesOf('2024年度から6か月')).toEqual([['2024-04-01', null, '6か月']]);
  });

  it('reads a range that changes era: 平成30年度～令和2年度', () => {
    const text = '平成30年度～令和2年度：整備';
    expect(spansOf(text)).toEqual([
      span(text, '2018-04-01', '2021-03-31', 2018, 2020, 'fiscal-year', '整備'),
    ]);
  });

  it('carries the era across a dash: 令和3～5年度', () => {
    const text = '令和3～5年度：整備';
    expect(spansOf(text)).toEqual([
      span(text, '2021-04-01', '2024-03-31', 2021, 2023, 'fiscal-year', '整備'),
    ]);
  });

  it('reports a range that ends before it starts, and reads it the right way round', () => {
    const text = '2023年度～2021年度：構築';
    const schedule = read(text);
    expect(schedule.spans).toEqual([
      span(text, '2021-04-01', '2024-03-31', 2021, 2023, 'fiscal-year', '構築'),
    ]);
    expect(schedule.diagnostics.map((d) => [d.code, d.severity, d.source])).toEqual([
      ['reversed-range', 'warning', { start: 0, end: 13 }],
    ]);
  });
});

describe('parseSchedule: lists carry the era to bare later years', () => {
  it('reads one year written in both eras of its change as one year: 平成31年度・令和元年度', () => {
    const text = '平成31年度・令和元年度：計画策定';
    // It was two spans of FY2019, one for each era.
    expect(spansOf(text).map((s) => [s.startFiscalYear, s.endFiscalYear, s.label, s.source])).toEqual([
      [2019, 2019, '計画策定', { start: 0, end: text.length }],
    ]);
    expect(read(text).notes).toEqual([]);
    // With a slash between, too (it was two spans, or FY2019 and a range from FY2019).
    expect(
      spansOf('平成31年度／令和元年度～令和3年度：試行').map((s) => [
        s.startFiscalYear,
        s.endFiscalYear,
        s.label,
      ]),
    ).toEqual([[2019, 2021, '試行']]);
    expect(spansOf('平成31年度/令和元年度').map((s) => [s.startFiscalYear, s.source])).toEqual([
      [2019, { start: 0, end: 12 }],
    ]);
    // Two years with a slash between stay two.
    expect(spansOf('令和3年度/令和4年度').map((s) => s.startFiscalYear)).toEqual([2021, 2022]);
  });

  it('reads years separated by a slash as a list, its words for each: R3/R4, 2021年度／2022年度', () => {
    // The first year was left without words (2021年度/2022年度), or in a note (R3/ of R3/R4), or read as a calendar year.
    expect(fiscalYearsOf('R3/R4：調査')).toEqual(STUDIED_IN_2021_AND_2022);
    expect(read('R3/R4：調査').notes).toEqual([]);
    expect(fiscalYearsOf('2021年度／2022年度：調査 2023年度：設計')).toEqual([
      [2021, 2021, '調査'],
      [2022, 2022, '調査'],
      [2023, 2023, '設計'],
    ]);
    expect(fiscalYearsOf('2018(H30)/2019(R1)年度：調査')).toEqual([
      [2018, 2018, '調査'],
      [2019, 2019, '調査'],
    ]);
    // Two eras in brackets name one year, and disagree here: no list of the two.
    expect(read('2019(H30/R1)年度：検討').notes.map((n) => n.text)).toEqual(['2019(H30/R1)年度：検討']);
    // A date written with slashes is one day.
    expect(spansOf('2021/4/1：開始').map((s) => [s.start, s.end])).toEqual([['2021-04-01', '2021-04-01']]);
  });

  it('reads 2021・22年度 as FY2021 and FY2022: two digits with 年度 in a list take the century before them', () => {
    // It was a note: lists carried eras, never centuries.
    for (const text of ['2021・22年度：調査', '2021、22年度：調査', '2021/22年度：調査'])
      expect(fiscalYearsOf(text), text).toEqual(STUDIED_IN_2021_AND_2022);
    expect(fiscalYearsOf('2021・22・23年度：調査').map(([year]) => year)).toEqual([2021, 2022, 2023]);
    // Not one digit, nor a count.
    expect(read('2021・3年度：調査').notes.map((n) => n.text)).toEqual(['2021・3年度：調査']);
    expect(spansOf('2021年度、22件').map((s) => [s.startFiscalYear, s.label])).toEqual([[2021, '22件']]);
  });

  it('labels 3年毎（目安）：見直し 見直し, an approximate recurrence', () => {
    expect(
      read('3年毎（目安）：見直し').recurrences.map((r) => [r.everyYears, r.label, r.approximate]),
    ).toEqual([[3, '見直し', true]]);
    expect(read('毎年度（予定）：相談').recurrences.map((r) => [r.label, r.approximate])).toEqual([
      ['相談', true],
    ]);
  });

  it('reads 令和3/4年度 as FY2021 and FY2022, not as April 2021', () => {
    // 年度 after the number says it is a year: it was read as a month, and 年度 left in the label.
    for (const text of ['令和3/4年度：調査', 'R3/4年度：調査', 'R3／4年度：調査'])
      expect(fiscalYearsOf(text), text).toEqual(STUDIED_IN_2021_AND_2022);
    expect(fiscalYearsOf('令和3/4/5年度：調査').map(([year]) => year)).toEqual([2021, 2022, 2023]);
    // A month after a slash is still a month.
    expect(spansOf('令和3/4：開始').map((s) => [s.start, s.end, s.label])).toEqual([
      ['2021-04-01', '2021-04-30', '開始'],
    ]);
  });

  it('reads 令和元年度・2年度 as FY2019 and FY2020', () => {
    const text = '令和元年度・2年度：検討';
    expect(spansOf(text)).toEqual([
      span(text, '2019-04-01', '2020-03-31', 2019, 2019, 'fiscal-year', '検討'),
      span(text, '2020-04-01', '2021-03-31', 2020, 2020, 'fiscal-year', '検討'),
    ]);
  });

  it('reads era years with no 年度 anywhere (R4・R5) as fiscal years', () => {
    const text = 'R4・5：準備';
    expect(spansOf(text)).toEqual([
      span(text, '2022-04-01', '2023-03-31', 2022, 2022, 'fiscal-year', '準備'),
      span(text, '2023-04-01', '2024-03-31', 2023, 2023, 'fiscal-year', '準備'),
    ]);
    expect(read('2022・2023').notes.map((n) => n.text)).toEqual(['2022・2023']);
  });

  it('reads 平成25、26年度 (年度 on the last only) as FY2013 and FY2014', () => {
    const text = '平成25、26年度：調査';
    expect(spansOf(text)).toEqual([
      span(text, '2013-04-01', '2014-03-31', 2013, 2013, 'fiscal-year', '調査'),
      span(text, '2014-04-01', '2015-03-31', 2014, 2014, 'fiscal-year', '調査'),
    ]);
  });

  it('reads a list whose last item is a range: 平成25、26～28年度', () => {
    const text = '平成25、26～28年度：調査';
    // It was FY2013 and FY2014, each labelled ～28年度: FY2015 and FY2016 were lost.
    expect(spansOf(text)).toEqual([
      span(text, '2013-04-01', '2014-03-31', 2013, 2013, 'fiscal-year', '調査'),
      span(text, '2014-04-01', '2017-03-31', 2014, 2016, 'fiscal-year', '調査'),
    ]);
    expect(read(text).notes).toEqual([]);
    expect(fiscalYearsOf('令和3年度、令和5～7年度：試行')).toEqual([
      [2021, 2021, '試行'],
      [2023, 2025, '試行'],
    ]);
    expect(fiscalYearsOf('令和3、5～7年度まで：試行')).toEqual([
      [2021, 2021, '試行'],
      [2023, 2025, '試行'],
    ]);
    expect(fiscalYearsOf('平成25、26年度から28年度：調査')).toEqual([
      [2013, 2013, '調査'],
      [2014, 2016, '調査'],
    ]);
    // One year in both eras of its change, then a range from it.
    expect(fiscalYearsOf('平成31年度・令和元年度～令和3年度：計画')).toEqual([[2019, 2021, '計画']]);
  });

  it('reads a list whose last item is open at its end: 令和3、5年度～, 以降, から', () => {
    const text = '令和3、5年度～：本格実施';
    expect(spansOf(text)).toEqual([
      span(text, '2021-04-01', '2022-03-31', 2021, 2021, 'fiscal-year', '本格実施'),
      span(text, '2023-04-01', null, 2023, null, 'fiscal-year', '本格実施'),
    ]);
    // Both were read as no date at all: the whole text was a note.
    expect(fiscalYearsOf('令和3、5年度以降：運用')).toEqual([
      [2021, 2021, '運用'],
      [2023, null, '運用'],
    ]);
    expect(fiscalYearsOf('令和3、5年度から実施')).toEqual([
      [2021, 2021, '実施'],
      [2023, null, '実施'],
    ]);
    // Durations and amounts after a list's number stay what they were.
    expect(read('令和3、5年後').notes.map((n) => n.text)).toEqual(['令和3、5年後']);
    expect(read('令和3、5年度以上').notes.map((n) => n.text)).toEqual(['令和3、5年度以上']);
  });

  it("warns of a list's last range written backwards, on that range", () => {
    const text = '令和3年度、令和7～5年度：試行';
    const schedule = read(text);
    expect(schedule.spans.map((s) => [s.startFiscalYear, s.endFiscalYear])).toEqual([
      [2021, 2021],
      [2023, 2025],
    ]);
    expect(schedule.diagnostics.map((d) => [d.code, text.slice(d.source.start, d.source.end)])).toEqual([
      ['reversed-range', '令和7～5年度'],
    ]);
  });

  it('ends a list before a range whose other end is in another unit, as before', () => {
    // 2025年 is a calendar year: the list's items are fiscal years, and the range is not the list's. The list
    // and an open start are read, as before.
    const schedule = read('令和3、5年度～2025年：試行');
    expect(schedule.spans.map((s) => [s.startFiscalYear, s.endFiscalYear, s.end])).toEqual([
      [2021, 2021, '2022-03-31'],
      [2023, 2023, '2024-03-31'],
      [null, 2025, '2025-12-31'],
    ]);
  });
});

describe('parseSchedule: a fiscal year written without its era takes that of the date before it', () => {
  it('reads 令和3～4年度：調査、5年度：設計 as FY2021–2022 and FY2023', () => {
    const text = '令和3～4年度：調査、5年度：設計';
    // 5年度 was no date: 設計 stayed in the words of the entry before it.
    expect(spansOf(text)).toEqual([
      span(text, '2021-04-01', '2023-03-31', 2021, 2022, 'fiscal-year', '調査', { source: [0, 11] }),
      span(text, '2023-04-01', '2024-03-31', 2023, 2023, 'fiscal-year', '設計', {
        source: [11, text.length],
      }),
    ]);
  });

  it('carries the era over lines, into ranges and open ends, and a century to two digits', () => {
    expect(fiscalYearsOf('令和3年度：調査\n4年度：設計\n5年度～：運用')).toEqual([
      [2021, 2021, '調査'],
      [2022, 2022, '設計'],
      [2023, null, '運用'],
    ]);
    expect(fiscalYearsOf('令和3年度：調査 4～5年度：設計')).toEqual([
      [2021, 2021, '調査'],
      [2022, 2023, '設計'],
    ]);
    expect(fiscalYearsOf('平成30年度：調査、31年度：設計')).toEqual([
      [2018, 2018, '調査'],
      [2019, 2019, '設計'],
    ]);
    // An open end after it, in words or with a dash.
    expect(fiscalYearsOf('令和元年度に着手し、2年度から運用')).toEqual([
      [2019, 2019, '着手し'],
      [2020, null, '運用'],
    ]);
    expect(fiscalYearsOf('2021年度：調査、22年度：設計')).toEqual([
      [2021, 2021, '調査'],
      [2022, 2022, '設計'],
    ]);
  });

  it('leaves a number that is no year as it was', () => {
    // With no date before it, one digit after a Western year, a count, an amount, or a part of a code.
    expect(read('5年度：設計').notes.map((n) => n.text)).toEqual(['5年度：設計']);
    for (const label of [
      '調査、5年度：設計',
      '検討、3年度目に見直し',
      '過去10年度分を分析',
      '計画07-04-02の改定',
    ])
      expect(fiscalYearsOf(`2021年度：${label}`).map(([, , l]) => l)).toEqual([label]);
    for (const label of ['検討、3年度目に見直し', '検討、5年度以内に完了'])
      expect(fiscalYearsOf(`令和3年度：${label}`).map(([, , l]) => l)).toEqual([label]);
  });

  it('reads a count of fiscal years after から as a recurrence: 令和3年度から3年度ごと', () => {
    const schedule = read('令和3年度から3年度ごとに点検');
    // It was FY2021 to FY2021, labelled ごとに点検.
    expect(schedule.spans.map((s) => [s.startFiscalYear, s.endFiscalYear, s.label])).toEqual([
      [2021, null, ''],
    ]);
    expect(schedule.recurrences.map((r) => [r.everyYears, r.label])).toEqual([[3, '点検']]);
  });
});

describe('parseSchedule: open ranges', () => {
  it('reads 2021(R3)年度～ as open-ended', () => {
    const text = '2021(R3)年度～：検討';
    expect(spansOf(text)).toEqual([span(text, '2021-04-01', null, 2021, null, 'fiscal-year', '検討')]);
  });

  it('reads 以降 as open-ended', () => {
    const text = '2023(R5)年度以降：並行稼働';
    expect(spansOf(text)).toEqual([span(text, '2023-04-01', null, 2023, null, 'fiscal-year', '並行稼働')]);
  });

  it('reads …年度から継続 as open-ended', () => {
    const text = '2019年度から継続して実施';
    expect(spansOf(text)).toEqual([
      span(text, '2019-04-01', null, 2019, null, 'fiscal-year', '継続して実施'),
    ]);
  });

  it('reads (~2020年度) as an open start', () => {
    const text = '計画期間(~2020年度)';
    expect(spansOf(text)).toEqual([span(text, null, '2021-03-31', null, 2020, 'fiscal-year', '計画期間')]);
  });

  it('reads …年度末までに as an open start ending on March 31', () => {
    const text = '2021年度末までに完了';
    expect(spansOf(text)).toEqual([span(text, null, '2022-03-31', null, 2021, 'month', '完了')]);
  });
});

describe('parseSchedule: months and days', () => {
  it('narrows a fiscal-year entry to the month written in its label: 10月', () => {
    const text = '2021(R3)年度：10月に定期見直し';
    expect(spansOf(text)).toEqual([
      span(text, '2021-10-01', '2021-10-31', 2021, 2021, 'month', '10月に定期見直し'),
    ]);
  });

  it('narrows a fiscal-year entry to the range of months written in its label: 4月～6月', () => {
    const dated = (text: string) => spansOf(text).map((s) => [s.start, s.end, s.label]);
    expect(dated('2021年度：4月～6月 調査')).toEqual([['2021-04-01', '2021-06-30', '4月～6月 調査']]);
    // Past December, into the fiscal year's next calendar year.
    expect(dated('令和3年度：10月～3月に試行')).toEqual([['2021-10-01', '2022-03-31', '10月～3月に試行']]);
    // 月 written on the last month only.
    expect(dated('2021年度：4～6月 調査')).toEqual([['2021-04-01', '2021-06-30', '4～6月 調査']]);
    expect(dated('2021年度：1～3月 公表')).toEqual([['2022-01-01', '2022-03-31', '1～3月 公表']]);
    // 月 written on the last month only, counted into the next year: it was the whole fiscal year.
    expect(dated('令和3年度：10～翌3月 試行')).toEqual([['2021-10-01', '2022-03-31', '10～翌3月 試行']]);
    expect(dated('令和3年度：10～翌年3月 試行')).toEqual([['2021-10-01', '2022-03-31', '10～翌年3月 試行']]);
  });

  it('reads a range of months that writes 月 on its last only: 令和3年4～6月, 令和3年度10～12月', () => {
    const dated = (text: string) => spansOf(text).map((s) => [s.start, s.end, s.precision, s.label]);
    // Was the calendar year 2021 labelled 4, and a span open at its start to June.
    expect(dated('令和3年4～6月に調査')).toEqual([['2021-04-01', '2021-06-30', 'month', '調査']]);
    expect(dated('令和3年度10～12月：試行')).toEqual([['2021-10-01', '2021-12-31', 'month', '試行']]);
    // Not a count of something else after the dash: 3～5件 is no range of months.
    expect(dated('2021年3～5件')).toEqual([['2021-01-01', '2021-12-31', 'calendar-year', '3～5件']]);
  });

  it("reads a count before a dash after から as a recurrence of its own, not the range's end: 令和3年度から3～5年ごと", () => {
    const schedule = read('令和3年度から3～5年ごとに点検');
    // Was FY2021 to FY2021 labelled ～, and every five years.
    expect(schedule.spans.map((s) => [s.startFiscalYear, s.endFiscalYear, s.label])).toEqual([
      [2021, null, ''],
    ]);
    expect(schedule.recurrences.map((r) => [r.everyYears, r.everyYearsMax, r.label])).toEqual([
      [3, 5, '点検'],
    ]);
    // In a list, such a number still dates its year (平成26 of 平成25、26～28年度, which starts the list's last range).
    expect(spansOf('平成25、26～28年度').map((s) => [s.startFiscalYear, s.endFiscalYear])).toEqual([
      [2013, 2013],
      [2014, 2016],
    ]);
  });

  it('narrows a fiscal-year entry to the part of the year its label starts with', () => {
    const text = '2021(R3)年度：第3四半期に調査';
    expect(spansOf(text)).toEqual([
      span(text, '2021-10-01', '2021-12-31', 2021, 2021, 'fiscal-quarter', '第3四半期に調査'),
    ]);
    const narrowed = (text: string) =>
      spansOf(text).map((s) => [s.start, s.end, s.precision, s.approximate, s.label]);
    expect(narrowed('令和3年度：下半期に実施')).toEqual([
      ['2021-10-01', '2022-03-31', 'fiscal-half', false, '下半期に実施'],
    ]);
    expect(narrowed('令和3年度：上期中に完了')).toEqual([
      ['2021-04-01', '2021-09-30', 'fiscal-half', false, '上期中に完了'],
    ]);
    expect(narrowed('令和3年度：年度末に公表')).toEqual([
      ['2022-03-01', '2022-03-31', 'month', false, '年度末に公表'],
    ]);
    expect(narrowed('令和3年度：秋頃に実施')).toEqual([
      ['2021-09-01', '2021-11-30', 'month', true, '秋頃に実施'],
    ]);
    // Words that only begin like a part of the year leave the whole year.
    for (const label of [
      '前期高齢者医療の見直し',
      '末端機器の更新',
      '当初予算に計上',
      '春日部市と協議',
      '調査、下半期に実施',
    ])
      expect(narrowed(`令和3年度：${label}`)).toEqual([
        ['2021-04-01', '2022-03-31', 'fiscal-year', false, label],
      ]);
  });

  it('reads an entry whose label names parts of its year piece by piece: 令和6年度：上半期 設計、下半期 試行', () => {
    expect(piecesOf('令和6年度：上半期 制度設計、下半期 試行')).toEqual([
      [2024, '上半期 制度設計', '令和6年度：上半期 制度設計、'],
      [2024, '下半期 試行', '下半期 試行'],
    ]);
    expect(spansOf('令和6年度：第1四半期 設計 第2四半期 試行').map((s) => [s.start, s.end, s.label])).toEqual(
      [
        ['2024-04-01', '2024-06-30', '第1四半期 設計'],
        ['2024-07-01', '2024-09-30', '第2四半期 試行'],
      ],
    );
    // Parts named together for one thing, or not where a piece begins, leave the entry whole, as before.
    expect(piecesOf('令和3年度：上半期、下半期とも実施')).toEqual([
      [2021, '上半期、下半期とも実施', '令和3年度：上半期、下半期とも実施'],
    ]);
    expect(piecesOf('令和3年度：上半期に調査し、結果を踏まえ下半期に実施').map(([, label]) => label)).toEqual(
      ['上半期に調査し、結果を踏まえ下半期に実施'],
    );
  });

  it('reads an entry whose label names months of its year piece by piece: 2021年度：4月 調査、10月 分析', () => {
    const pieces = (text: string) =>
      spansOf(text).map((s) => [s.start, s.end, s.label, text.slice(s.source.start, s.source.end)]);
    expect(pieces('2021年度：4月 調査、10月 分析')).toEqual([
      ['2021-04-01', '2021-04-30', '4月 調査', '2021年度：4月 調査、'],
      ['2021-10-01', '2021-10-31', '10月 分析', '10月 分析'],
    ]);
    // Split by blanks, a month after December in the fiscal year's next calendar year, an approximate month.
    expect(
      spansOf('・令和3年度：6月 条例改正 1月頃 施行').map((s) => [s.start, s.end, s.approximate, s.label]),
    ).toEqual([
      ['2021-06-01', '2021-06-30', false, '6月 条例改正'],
      ['2022-01-01', '2022-01-31', true, '1月頃 施行'],
    ]);
    // Entry after entry, each read on its own.
    expect(
      pieces('2021(R3)年度：4月に調査、10月に分析 2022(R4)年度：運用').map(([, , label]) => label),
    ).toEqual(['4月に調査', '10月に分析', '運用']);
    // Ranges of months, too (it was one span of April to June, the rest of the label in its words).
    expect(pieces('令和3年度：4～6月 調査、10～12月 分析')).toEqual([
      ['2021-04-01', '2021-06-30', '4～6月 調査', '令和3年度：4～6月 調査、'],
      ['2021-10-01', '2021-12-31', '10～12月 分析', '10～12月 分析'],
    ]);
    expect(
      pieces('2021年度：4月～6月 調査 1月～3月 公表').map(([start, end, label]) => [start, end, label]),
    ).toEqual([
      ['2021-04-01', '2021-06-30', '4月～6月 調査'],
      ['2022-01-01', '2022-03-31', '1月～3月 公表'],
    ]);
    // Months named together for one thing, not at the label's start, or inside its words, leave the entry whole
    // (narrowed to its first month, as one month is), as before.
    for (const label of [
      '4月、10月に実施',
      '4～6月、10～12月に実施',
      '調査は4月、分析は10月',
      '4月 調査し10月に報告',
    ])
      expect(pieces(`2021年度：${label}`).map(([, , l]) => l)).toEqual([label]);
    expect(pieces('2021年度：4月、10月に実施')[0]!.slice(0, 2)).toEqual(['2021-04-01', '2021-04-30']);
    // Another date in the label: as before.
    expect(pieces('2021年度：4月 調査、2022年3月 公表').map(([, , label]) => label)).toEqual([
      '4月 調査、2022年3月 公表',
    ]);
  });

  it('reads a month written after a year and a blank as a month of that year: 令和3年度 4月～9月 調査', () => {
    const dated = (text: string) => spansOf(text).map((s) => [s.start, s.end, s.label]);
    // Each was the whole year, with no words, beside its months.
    expect(dated('令和3年度 4月～9月 調査')).toEqual([['2021-04-01', '2021-09-30', '調査']]);
    expect(dated('2021(R3)年度 10月：公表')).toEqual([['2021-10-01', '2021-10-31', '公表']]);
    expect(dated('令和3年度\u30001月～3月\u3000試行')).toEqual([['2022-01-01', '2022-03-31', '試行']]);
    expect(dated('2021(R3)年度 検討 2022(R4)年度 10月 公表')).toEqual([
      ['2021-04-01', '2022-03-31', '検討'],
      ['2022-10-01', '2022-10-31', '公表'],
    ]);
    // Words before the year and after the month are one label, as without the blank.
    expect(dated('計画策定は令和3年度 10月に公表')).toEqual(dated('計画策定は令和3年度10月に公表'));
    expect(dated('計画策定は令和3年度 10月に公表')).toEqual([['2021-10-01', '2021-10-31', '計画策定は公表']]);
    // No month of the calendar, a count, or a month on the next line: the year stays whole.
    expect(dated('令和3年度 13月')).toEqual([['2021-04-01', '2022-03-31', '13月']]);
    expect(dated('令和3年度 3回開催')).toEqual([['2021-04-01', '2022-03-31', '3回開催']]);
    expect(spansOf('令和3年度\n4月：説明会').map((s) => [s.start, s.end])).toEqual([
      ['2021-04-01', '2022-03-31'],
      ['2021-04-01', '2021-04-30'],
    ]);
  });

  it("reads a fiscal year with no words of its own before a month as that month's year: 令和3年度、10月に公表", () => {
    const dated = (text: string) => spansOf(text).map((s) => [s.start, s.end, s.label, s.source]);
    // Each was also the whole year, with no words; the month's source holds the year's text.
    expect(dated('令和3年度、10月に公表')).toEqual([
      ['2021-10-01', '2021-10-31', '公表', { start: 0, end: 12 }],
    ]);
    expect(dated('令和3年度は10月に公表')).toEqual([
      ['2021-10-01', '2021-10-31', '公表', { start: 0, end: 12 }],
    ]);
    expect(parseSchedule('令和3年度、10月に公表').notes).toEqual([]);
    // 4～6月 after 令和3年度、 is a range of months: it was read as FY2022 in a list of years, open at its end.
    expect(
      dated('令和3年度、4～6月に調査し、10月に公表').map(([start, end, label]) => [start, end, label]),
    ).toEqual([
      ['2021-04-01', '2021-06-30', '調査し'],
      ['2021-10-01', '2021-10-31', '公表'],
    ]);
    // A year with words of its own stays a period of its own; years in a list stay years.
    expect(dated('令和3年度 調査 10月 公表').map(([start, end, label]) => [start, end, label])).toEqual([
      ['2021-04-01', '2022-03-31', '調査'],
      ['2021-10-01', '2021-10-31', '公表'],
    ]);
    expect(dated('令和3、4～6年度').map(([start, end]) => [start, end])).toEqual([
      ['2021-04-01', '2022-03-31'],
      ['2022-04-01', '2025-03-31'],
    ]);
  });

  it('labels a date with the words and ： written right before it: 前期：令和3～5年度、後期：令和6～8年度', () => {
    const dated = (text: string) => spansOf(text).map((s) => [s.start, s.end, s.label]);
    const periods = [
      ['2021-04-01', '2024-03-31', '前期'],
      ['2024-04-01', '2027-03-31', '後期'],
    ];
    // 前期： was read as the head of an entry, the first half of a year it had not: all of it was a note.
    expect(dated('前期：令和3～5年度、後期：令和6～8年度')).toEqual(periods);
    expect(parseSchedule('前期：令和3～5年度、後期：令和6～8年度').diagnostics).toEqual([]);
    // After a blank too: 後期： had been the label of the range before it.
    expect(dated('前期：R3～R5 後期：R6～R8')).toEqual(periods);
    expect(dated('令和3年度 計画策定 次期計画：令和8年度')).toEqual([
      ['2021-04-01', '2022-03-31', '計画策定'],
      ['2026-04-01', '2027-03-31', '次期計画'],
    ]);
  });

  it('narrows a fiscal year in prose to the part of the year written after it and a blank', () => {
    const narrowed = (text: string) =>
      spansOf(text).map((s) => [s.start, s.end, s.precision, s.approximate, s.label]);
    expect(narrowed('令和3年度 第3四半期 調査 令和4年度 第1四半期 実施')).toEqual([
      ['2021-10-01', '2021-12-31', 'fiscal-quarter', false, '第3四半期 調査'],
      ['2022-04-01', '2022-06-30', 'fiscal-quarter', false, '第1四半期 実施'],
    ]);
    expect(narrowed('調査は令和3年度 下半期に実施')).toEqual([
      ['2021-10-01', '2022-03-31', 'fiscal-half', false, '調査は下半期に実施'],
    ]);
    expect(narrowed('令和3年度\u3000秋頃 調査')).toEqual([
      ['2021-09-01', '2021-11-30', 'month', true, '秋頃 調査'],
    ]);
    expect(narrowed('2021年度：検討 翌年度 年度末に公表')).toEqual([
      ['2021-04-01', '2022-03-31', 'fiscal-year', false, '検討'],
      ['2023-03-01', '2023-03-31', 'month', false, '年度末に公表'],
    ]);
    // Words that only begin like a part of the year, and a calendar year, stay whole.
    expect(narrowed('令和3年度 前期高齢者の調査')).toEqual([
      ['2021-04-01', '2022-03-31', 'fiscal-year', false, '前期高齢者の調査'],
    ]);
    expect(narrowed('令和3年 上半期 調査')).toEqual([
      ['2021-01-01', '2021-12-31', 'calendar-year', false, '上半期 調査'],
    ]);
  });

  it('puts January–March of a fiscal-year entry in the next calendar year', () => {
    const text = '2021年度：2月に説明会';
    expect(spansOf(text)).toEqual([
      span(text, '2022-02-01', '2022-02-28', 2021, 2021, 'month', '2月に説明会'),
    ]);
  });

  it.each([
    ['R3.9', '2021-09-01', '2021-09-30', 2021, 'month'],
    ['H28.10', '2016-10-01', '2016-10-31', 2016, 'month'],
    ['2020.12.18', '2020-12-18', '2020-12-18', 2020, 'day'],
    ['2021/4/1', '2021-04-01', '2021-04-01', 2021, 'day'],
    ['令和3年9月28日', '2021-09-28', '2021-09-28', 2021, 'day'],
    ['S31.4.26', '1956-04-26', '1956-04-26', 1956, 'day'],
    ['平成三十一年四月三十日', '2019-04-30', '2019-04-30', 2019, 'day'],
    ['2009年2月', '2009-02-01', '2009-02-28', 2008, 'month'],
    ['2024年2月', '2024-02-01', '2024-02-29', 2023, 'month'],
  ] as const)('reads %s', (date, start, end, fy, precision) => {
    const text = `${date}：策定`;
    expect(spansOf(text)).toEqual([span(text, start, end, fy, fy, precision, '策定')]);
  });

  it('dates a month written after a year in the same line by that year', () => {
    const text = '2021年度に検討し、10月に決定する。';
    expect(spansOf(text)).toEqual([
      span(text, ...FY2021, 'fiscal-year', '検討し', { source: [0, 11] }),
      span(text, '2021-10-01', '2021-10-31', 2021, 2021, 'month', '決定する。', {
        source: [11, text.length],
      }),
    ]);
  });

  it('keeps a month with no year to date it as a note', () => {
    const schedule = read('10月に説明会');
    expect(schedule.spans).toEqual([]);
    expect(schedule.notes).toEqual([{ text: '10月に説明会', source: { start: 0, end: 7 } }]);
  });

  it('reports a day the calendar does not have', () => {
    const text = '2021年2月29日：説明会';
    const schedule = read(text);
    expect(schedule.spans).toEqual([]);
    expect(schedule.diagnostics.map((d) => [d.code, d.severity])).toEqual([['invalid-date', 'warning']]);
    expect(schedule.notes.map((n) => n.text)).toEqual([text]);
  });

  it('accepts February 29 of a leap year', () => {
    const text = '2024年2月29日：説明会';
    expect(spansOf(text)).toEqual([span(text, '2024-02-29', '2024-02-29', 2023, 2023, 'day', '説明会')]);
  });
});

describe('parseSchedule: parts of years', () => {
  it.each([
    ['2021年度上半期', '2021-04-01', '2021-09-30', 2021, 2021, 'fiscal-half'],
    ['2021年度下半期', '2021-10-01', '2022-03-31', 2021, 2021, 'fiscal-half'],
    ['2021年度前半', '2021-04-01', '2021-09-30', 2021, 2021, 'fiscal-half'],
    ['令和3年度後半', '2021-10-01', '2022-03-31', 2021, 2021, 'fiscal-half'],
    ['2021年度第1四半期', '2021-04-01', '2021-06-30', 2021, 2021, 'fiscal-quarter'],
    ['2021年度第3四半期', '2021-10-01', '2021-12-31', 2021, 2021, 'fiscal-quarter'],
    ['2021年度第四四半期', '2022-01-01', '2022-03-31', 2021, 2021, 'fiscal-quarter'],
    ['2025(R7)年度当初', '2025-04-01', '2025-04-30', 2025, 2025, 'month'],
    ['2021年度末', '2022-03-01', '2022-03-31', 2021, 2021, 'month'],
    ['2021年10月上旬', '2021-10-01', '2021-10-10', 2021, 2021, 'day'],
    ['2021年10月中旬', '2021-10-11', '2021-10-20', 2021, 2021, 'day'],
    ['2022年2月下旬', '2022-02-21', '2022-02-28', 2021, 2021, 'day'],
    ['2021年上半期', '2021-01-01', '2021-06-30', 2020, 2021, 'month'],
    ['平成20年代', '2008-01-01', '2017-12-31', 2007, 2017, 'decade'],
    ['2020年代前半', '2020-01-01', '2024-12-31', 2019, 2024, 'decade'],
  ] as const)('reads %s', (date, start, end, sfy, efy, precision) => {
    const text = `${date}：実施`;
    expect(spansOf(text)).toEqual([span(text, start, end, sfy, efy, precision, '実施')]);
  });

  it.each([
    ['令和4年春', '2022-03-01', '2022-05-31', 2021, 2022],
    ['2022年夏', '2022-06-01', '2022-08-31', 2022, 2022],
    ['2022年の秋', '2022-09-01', '2022-11-30', 2022, 2022],
    ['2022年冬季', '2022-12-01', '2023-02-28', 2022, 2022],
    ['令和5年度春', '2023-04-01', '2023-05-31', 2023, 2023],
    ['2023年度秋期', '2023-09-01', '2023-11-30', 2023, 2023],
    ['2023年度冬', '2023-12-01', '2024-02-29', 2023, 2023],
  ] as const)('reads the season %s as its months, approximate', (date, start, end, sfy, efy) => {
    const text = `${date}：実施`;
    expect(spansOf(text)).toEqual([span(text, start, end, sfy, efy, 'month', '実施', { approximate: true })]);
  });

  it('reads seasons with hedges and in ranges, and never a name that begins with one (秋田, 春日部)', () => {
    const spans = (text: string) => spansOf(text).map((s) => [s.start, s.end, s.approximate, s.label]);
    expect(spans('令和4年秋頃に稼働')).toEqual([['2022-09-01', '2022-11-30', true, '稼働']]);
    expect(spans('令和5年春～秋：工事')).toEqual([['2023-03-01', '2023-11-30', true, '工事']]);
    expect(spans('令和6年度春以降：運用')).toEqual([['2024-04-01', null, true, '運用']]);
    expect(spans('2022年秋田県と協定')).toEqual([['2022-01-01', '2022-12-31', false, '秋田県と協定']]);
    expect(spans('令和4年春日部市と連携')).toEqual([['2022-01-01', '2022-12-31', false, '春日部市と連携']]);
  });

  it.each([
    ['令和5年度半ば', '2023-09-01', '2023-10-31', 2023, 2023],
    ['2023年度中頃', '2023-09-01', '2023-10-31', 2023, 2023],
    ['令和5年度の中ごろ', '2023-09-01', '2023-10-31', 2023, 2023],
    ['2024年半ば', '2024-06-01', '2024-07-31', 2024, 2024],
  ] as const)(
    'reads the middle of a year, %s, as its middle months, approximate',
    (date, start, end, sfy, efy) => {
      const text = `${date}：稼働`;
      expect(spansOf(text)).toEqual([
        span(text, start, end, sfy, efy, 'month', '稼働', { approximate: true }),
      ]);
    },
  );

  it.each([
    ['2024年度前期', '2024-04-01', '2024-09-30', 2024, 2024, 'fiscal-half', false],
    ['令和6年度後期', '2024-10-01', '2025-03-31', 2024, 2024, 'fiscal-half', false],
    ['2024年度早期', '2024-04-01', '2024-06-30', 2024, 2024, 'month', true],
    ['令和6年度早々', '2024-04-01', '2024-06-30', 2024, 2024, 'month', true],
    ['2024年度序盤', '2024-04-01', '2024-06-30', 2024, 2024, 'month', true],
    ['2024年度中盤', '2024-09-01', '2024-10-31', 2024, 2024, 'month', true],
    ['2024年度終盤', '2025-01-01', '2025-03-31', 2024, 2024, 'month', true],
    ['2024年の早い時期', '2024-01-01', '2024-12-31', 2023, 2024, 'calendar-year', false],
    ['2024年早期', '2024-01-01', '2024-03-31', 2023, 2023, 'month', true],
    ['2024年終盤', '2024-10-01', '2024-12-31', 2024, 2024, 'month', true],
  ] as const)('reads %s as its months', (date, start, end, sfy, efy, precision, approximate) => {
    const text = `${date}：稼働`;
    const [first] = spansOf(text);
    expect([first!.start, first!.end, first!.startFiscalYear, first!.endFiscalYear]).toEqual([
      start,
      end,
      sfy,
      efy,
    ]);
    expect([first!.precision, first!.approximate]).toEqual([precision, approximate]);
  });

  it('reads 前期, 後期, 早期 and 終盤 only as words of their own (not 後期高齢者, 前期計画, 早期発見)', () => {
    const spans = (text: string) => spansOf(text).map((s) => [s.start, s.end, s.label]);
    expect(spans('2024年度後期から運用')).toEqual([['2024-10-01', null, '運用']]);
    expect(spans('2023年度後期～2024年度前期：移行')).toEqual([['2023-10-01', '2024-09-30', '移行']]);
    expect(spans('令和6年度早期に稼働')).toEqual([['2024-04-01', '2024-06-30', '稼働']]);
    expect(spans('令和6年度終盤頃：公表')).toEqual([['2025-01-01', '2025-03-31', '公表']]);
    expect(spans('2021年度前期計画の策定')).toEqual([['2021-04-01', '2022-03-31', '前期計画の策定']]);
    expect(spans('2021年度早期発見の推進')).toEqual([['2021-04-01', '2022-03-31', '早期発見の推進']]);
    expect(spans('2021年度終盤戦')).toEqual([['2021-04-01', '2022-03-31', '終盤戦']]);
  });

  it('reads the middle of a year in prose and ranges, and leaves 中 and 半 that begin words to them', () => {
    const spans = (text: string) => spansOf(text).map((s) => [s.start, s.end, s.approximate, s.label]);
    expect(spans('令和5年度中頃から本格運用')).toEqual([['2023-09-01', null, true, '本格運用']]);
    expect(spans('2022年度半ば～2023年度末：移行')).toEqual([['2022-09-01', '2024-03-31', true, '移行']]);
    expect(spans('2021年度中に策定')).toEqual([['2021-04-01', '2022-03-31', false, '策定']]);
    expect(spans('2021年度中間報告')).toEqual([['2021-04-01', '2022-03-31', false, '中間報告']]);
    // 半期ごと is how often, not the middle of the year: the whole year, and twice in it.
    expect(spans('2021年度半期ごとに報告')).toEqual([['2021-04-01', '2022-03-31', false, '']]);
    expect(read('2021年度半期ごとに報告').recurrences.map((r) => [r.timesPerYear, r.label])).toEqual([
      [2, '報告'],
    ]);
  });

  it('dates a part of the year heading an entry by the year before it: 令和6年度 上半期：… 下半期：…', () => {
    const spans = (text: string) =>
      spansOf(text).map((s) => [
        s.start,
        s.end,
        s.precision,
        s.label,
        text.slice(s.source.start, s.source.end),
      ]);
    expect(spans('令和6年度 上半期：制度設計 下半期：試行')).toEqual([
      ['2024-04-01', '2025-03-31', 'fiscal-year', '', '令和6年度'],
      ['2024-04-01', '2024-09-30', 'fiscal-half', '制度設計', '上半期：制度設計'],
      ['2024-10-01', '2025-03-31', 'fiscal-half', '試行', '下半期：試行'],
    ]);
    // Line by line, 年度末 and 年度の… naming the year again, the context carried to the next year written.
    expect(spans('令和6年度\n第1四半期：設計\n年度末：公表\n令和7年度\n年度の上半期：運用')).toEqual([
      ['2024-04-01', '2025-03-31', 'fiscal-year', '', '令和6年度'],
      ['2024-04-01', '2024-06-30', 'fiscal-quarter', '設計', '第1四半期：設計'],
      ['2025-03-01', '2025-03-31', 'month', '公表', '年度末：公表'],
      ['2025-04-01', '2026-03-31', 'fiscal-year', '', '令和7年度'],
      ['2025-04-01', '2025-09-30', 'fiscal-half', '運用', '年度の上半期：運用'],
    ]);
    // After a calendar year, a part of that year; a season is approximate.
    expect(spansOf('2021年 下半期：分析 秋頃：公表').map((s) => [s.start, s.end, s.approximate])).toEqual([
      ['2021-01-01', '2021-12-31', false],
      ['2021-07-01', '2021-12-31', false],
      ['2021-09-01', '2021-11-30', true],
    ]);
    // Right after an entry's ：, the part narrows that entry, as before; words that begin like a part stay words.
    expect(spans('令和3年度：上半期：調査')).toEqual([
      ['2021-04-01', '2021-09-30', 'fiscal-half', '上半期：調査', '令和3年度：上半期：調査'],
    ]);
    expect(read('前期高齢者：対象 上記：参照').notes.map((n) => n.text)).toEqual([
      '前期高齢者：対象 上記：参照',
    ]);
  });

  it('keeps a part of the year as text when no year is written before it nor given, and notes it', () => {
    const text = '上半期：制度設計 下半期：試行';
    const schedule = parseSchedule(text);
    expect(schedule.spans).toEqual([]);
    expect(schedule.notes.map((n) => n.text)).toEqual([text]);
    expect(
      schedule.diagnostics.map((d) => [d.code, d.severity, text.slice(d.source.start, d.source.end)]),
    ).toEqual([
      ['yearless-part', 'info', '上半期'],
      ['yearless-part', 'info', '下半期'],
    ]);
    expect(schedule.diagnostics[0]!.message).toBe(
      '「上半期」 names no year, none is written before it, and no fiscal year is given for the text (the fiscalYear option; --fiscal-year of the CLI); kept as text',
    );
    // The fiscal year the text is written for dates them.
    expect(parseSchedule(text, { fiscalYear: 2024 }).spans.map((s) => [s.start, s.end, s.label])).toEqual([
      ['2024-04-01', '2024-09-30', '制度設計'],
      ['2024-10-01', '2025-03-31', '試行'],
    ]);
  });

  it('reads a range of parts of the year, or one open at its end, heading an entry: 上半期～第3四半期：, 第2四半期～：', () => {
    const dated = (text: string, fiscalYear?: number) =>
      parseSchedule(text, fiscalYear === undefined ? undefined : { fiscalYear }).spans.map((s) => [
        s.start,
        s.end,
        s.approximate,
        s.label,
      ]);
    expect(dated('令和6年度\n上半期～第3四半期：試行\n第4四半期～：運用')).toEqual([
      ['2024-04-01', '2025-03-31', false, ''],
      ['2024-04-01', '2024-12-31', false, '試行'],
      ['2025-01-01', null, false, '運用'],
    ]);
    expect(dated('秋頃～：調査', 2024)).toEqual([['2024-09-01', null, true, '調査']]);
    // With no year before it nor given, it stays text, and is noted.
    const schedule = parseSchedule('第2四半期～：運用');
    expect(schedule.notes.map((n) => n.text)).toEqual(['第2四半期～：運用']);
    expect(schedule.diagnostics.map((d) => d.code)).toEqual(['yearless-part']);
  });
});

describe('parseSchedule: the fiscal year a text is written for (options.fiscalYear)', () => {
  const spans = (text: string, fiscalYear?: number) =>
    parseSchedule(text, { fiscalYear }).spans.map((s) => [s.start, s.end, s.label]);

  it('dates the months written before any year in it, those from January in the year after', () => {
    expect(spans('4月～6月：調査 7月：実施 1月：公表', 2024)).toEqual([
      ['2024-04-01', '2024-06-30', '調査'],
      ['2024-07-01', '2024-07-31', '実施'],
      ['2025-01-01', '2025-01-31', '公表'],
    ]);
    expect(spans('10～12月：試行', 2024)).toEqual([['2024-10-01', '2024-12-31', '試行']]);
    // Without it they stay text, as before.
    expect(parseSchedule('4月～6月：調査').notes.map((n) => n.text)).toEqual(['4月～6月：調査']);
  });

  it('counts 翌年度 before any year from it, and gives way to a year the text writes', () => {
    expect(spans('翌年度から本格実施', 2024)).toEqual([['2025-04-01', null, '本格実施']]);
    expect(parseSchedule('翌年度から本格実施', { fiscalYear: 2024 }).diagnostics).toEqual([]);
    expect(spans('2022年度：検討 10月：試行 翌年度：実施', 2024)).toEqual([
      ['2022-04-01', '2023-03-31', '検討'],
      ['2022-10-01', '2022-10-31', '試行'],
      ['2023-04-01', '2024-03-31', '実施'],
    ]);
  });

  it('reads 今年度, 本年度, 来年度, 再来年度 and 昨年度 counted from it, alone, in ranges, lists and counts', () => {
    expect(spans('今年度：調査 来年度：実施 再来年度以降：運用', 2024)).toEqual([
      ['2024-04-01', '2025-03-31', '調査'],
      ['2025-04-01', '2026-03-31', '実施'],
      ['2026-04-01', null, '運用'],
    ]);
    expect(spans('本年度中に策定', 2024)).toEqual([['2024-04-01', '2025-03-31', '策定']]);
    expect(spans('昨年度：試行', 2024)).toEqual([['2023-04-01', '2024-03-31', '試行']]);
    expect(spans('今年度～来年度：移行', 2024)).toEqual([['2024-04-01', '2026-03-31', '移行']]);
    expect(spans('令和6年度～来年度：移行', 2024)).toEqual([['2024-04-01', '2026-03-31', '移行']]);
    expect(spans('今年度～令和8年度：運用', 2024)).toEqual([['2024-04-01', '2027-03-31', '運用']]);
    expect(spans('来年度から3年間：実施', 2024)).toEqual([['2025-04-01', '2028-03-31', '実施']]);
    expect(spans('今年度・来年度：調査', 2024)).toEqual([
      ['2024-04-01', '2025-03-31', '調査'],
      ['2025-04-01', '2026-03-31', '調査'],
    ]);
    expect(spans('来年度上半期：試行', 2024)).toEqual([['2025-04-01', '2025-09-30', '試行']]);
    // 翌年度 after 来年度 counts from it, as after a year written as one.
    expect(spans('来年度：検討 翌年度：実施', 2024)).toEqual([
      ['2025-04-01', '2026-03-31', '検討'],
      ['2026-04-01', '2027-03-31', '実施'],
    ]);
    // Words that begin with those characters are no years: 本市, 今後, 来訪, 再開, 昨今.
    expect(spans('本市では今後、来訪者の再開を昨今の状況から検討', 2024)).toEqual([]);
  });

  it('keeps 来年度 as text without the fiscal year, and notes why', () => {
    const schedule = parseSchedule('来年度：実施');
    expect(schedule.spans).toEqual([]);
    expect(schedule.notes.map((n) => n.text)).toEqual(['来年度：実施']);
    expect(schedule.diagnostics).toEqual([
      {
        code: 'uncounted-year',
        severity: 'info',
        message:
          '「来年度」 counts from the fiscal year the plan is for, and none is given (the fiscalYear option; --fiscal-year of the CLI); kept as text',
        messageJa:
          '「来年度」は計画の対象年度から数えますが、対象年度が指定されていません（fiscalYear、CLI では --fiscal-year）。文字のまま残します',
        source: { start: 0, end: 3 },
      },
    ]);
  });

  it('keeps a month as text when no year is written before it nor given, and notes each', () => {
    const text = '4月～6月：調査 10月：公表';
    const schedule = parseSchedule(text);
    expect(schedule.spans).toEqual([]);
    expect(schedule.notes.map((n) => n.text)).toEqual([text]);
    expect(
      schedule.diagnostics.map((d) => [d.code, d.severity, text.slice(d.source.start, d.source.end)]),
    ).toEqual([
      ['yearless-month', 'info', '4月'],
      ['yearless-month', 'info', '10月'],
    ]);
    expect(schedule.diagnostics[0]).toMatchObject({
      message:
        '「4月」 names no year, none is written before it, and no fiscal year is given for the text (the fiscalYear option; --fiscal-year of the CLI); kept as text',
      messageJa:
        '「4月」には年がなく、前にも年が書かれておらず、計画の対象年度も指定されていません（fiscalYear、CLI では --fiscal-year）。文字のまま残します',
    });
    // With the fiscal year, or a year before it, the months are dated and nothing is noted.
    expect(parseSchedule(text, { fiscalYear: 2024 }).diagnostics).toEqual([]);
    expect(parseSchedule('2024年度 ' + text).diagnostics).toEqual([]);
    // A month that stays text for another reason is not said to lack its year.
    expect(parseSchedule('2021年2月29日：公表').diagnostics.map((d) => d.code)).toEqual(['invalid-date']);
  });

  it('ignores a fiscal year the readers would not take', () => {
    for (const fiscalYear of [2024.5, 99, 99999, Number.NaN])
      expect(spans('4月：調査', fiscalYear), String(fiscalYear)).toEqual([]);
  });
});

describe('parseSchedule: fiscal years counted from the one before (翌年度, 次年度, 同年度)', () => {
  const spans = (text: string) => spansOf(text).map((s) => [s.start, s.end, s.label]);

  it('reads entries and prose after a fiscal year', () => {
    expect(spans('2021(R3)年度：検討 翌年度：実施 翌々年度以降：運用')).toEqual([
      ['2021-04-01', '2022-03-31', '検討'],
      ['2022-04-01', '2023-03-31', '実施'],
      ['2023-04-01', null, '運用'],
    ]);
    expect(spans('2020(R2)年度に方針策定、次年度以降に着手')).toEqual([
      ['2020-04-01', '2021-03-31', '方針策定'],
      ['2021-04-01', null, '着手'],
    ]);
    // A month after it is in its year.
    expect(spans('2021(R3)年度：検討 翌年度：10月に本格稼働')).toEqual([
      ['2021-04-01', '2022-03-31', '検討'],
      ['2022-10-01', '2022-10-31', '10月に本格稼働'],
    ]);
    expect(spans('令和3年度：計画策定 同年度中に公表')).toEqual([
      ['2021-04-01', '2022-03-31', '計画策定'],
      ['2021-04-01', '2022-03-31', '公表'],
    ]);
  });

  it('counts from the last year of a range, and reads ranges and parts of years counted so', () => {
    expect(spans('2021年度～2023年度：試行 翌年度：本格実施')).toEqual([
      ['2021-04-01', '2024-03-31', '試行'],
      ['2024-04-01', '2025-03-31', '本格実施'],
    ]);
    expect(spans('令和4年度～翌年度：移行')).toEqual([['2022-04-01', '2024-03-31', '移行']]);
    expect(spans('令和4年度：検討 翌年度から3年間で整備')).toEqual([
      ['2022-04-01', '2023-03-31', '検討'],
      ['2023-04-01', '2026-03-31', '整備'],
    ]);
    expect(spans('令和4年度：検討 翌年度・翌々年度：試行')).toEqual([
      ['2022-04-01', '2023-03-31', '検討'],
      ['2023-04-01', '2024-03-31', '試行'],
      ['2024-04-01', '2025-03-31', '試行'],
    ]);
    expect(spans('2022年度：設計 翌年度上期：試行 翌年度末までに完了')).toEqual([
      ['2022-04-01', '2023-03-31', '設計'],
      ['2023-04-01', '2023-09-30', '試行'],
      [null, '2024-03-31', '完了'],
    ]);
  });

  it('leaves one with no fiscal year before it as text, whole, and notes it', () => {
    const alone = read('翌年度から実施');
    expect(alone.spans).toEqual([]);
    expect(alone.notes.map((n) => n.text)).toEqual(['翌年度から実施']);
    expect(alone.diagnostics).toEqual([
      {
        code: 'uncounted-year',
        severity: 'info',
        message: '「翌年度」 counts from a fiscal year written before it, and none is; kept as text',
        messageJa: '「翌年度」は前に書かれた年度から数えますが、その年度がありません。文字のまま残します',
        source: { start: 0, end: 3 },
      },
    ]);
    // After a month: which fiscal year would follow 2021年10月 is not written.
    const afterMonth = '2021年10月に策定、翌年度から運用';
    const schedule = read(afterMonth);
    expect(schedule.spans.map((s) => [s.start, s.end, s.label])).toEqual([
      ['2021-10-01', '2021-10-31', '策定、翌年度から運用'],
    ]);
    expect(schedule.diagnostics.map((d) => [d.code, afterMonth.slice(d.source.start, d.source.end)])).toEqual(
      [['uncounted-year', '翌年度']],
    );
    // Words that begin with 翌, 次 or 同 are words.
    expect(spans('2021(R3)年度：次世代の育成、同様の取組を翌日から')).toEqual([
      ['2021-04-01', '2022-03-31', '次世代の育成、同様の取組を翌日から'],
    ]);
  });
});

describe('parseSchedule: months of a calendar year counted from the date before (翌年3月, 翌3月, 同年9月)', () => {
  const spans = (text: string) => spansOf(text).map((s) => [s.start, s.end, s.precision, s.label]);

  it('ends a range in the year after, or the same year as, the calendar year it starts in', () => {
    expect(spans('2021年10月～翌年3月：試行')).toEqual([['2021-10-01', '2022-03-31', 'month', '試行']]);
    expect(spans('2021年10月から翌年3月まで試行')).toEqual([['2021-10-01', '2022-03-31', 'month', '試行']]);
    expect(spans('令和3年10月1日～翌年3月31日：試行期間')).toEqual([
      ['2021-10-01', '2022-03-31', 'day', '試行期間'],
    ]);
    expect(spans('2021年4月～同年9月：調査')).toEqual([['2021-04-01', '2021-09-30', 'month', '調査']]);
    expect(spans('令和2年2月～翌々年3月：工事')).toEqual([['2020-02-01', '2022-03-31', 'month', '工事']]);
    // From a year with no month: from the calendar year that year starts in.
    expect(spans('令和3年度～翌年3月：試行')).toEqual([['2021-04-01', '2022-03-31', 'fiscal-year', '試行']]);
  });

  it('narrows a fiscal year to a range of months in its label that ends so', () => {
    expect(spans('2021年度：10月～翌3月 試行')).toEqual([
      ['2021-10-01', '2022-03-31', 'month', '10月～翌3月 試行'],
    ]);
    expect(spans('令和3年度：10月～翌年3月に試行')).toEqual([
      ['2021-10-01', '2022-03-31', 'month', '10月～翌年3月に試行'],
    ]);
    // 1月 of fiscal 2021 is January 2022: the year after it is 2023.
    expect(spans('2021年度：1月～翌年3月 移行')).toEqual([
      ['2022-01-01', '2023-03-31', 'month', '1月～翌年3月 移行'],
    ]);
    // A range that starts with one: its end is in the same year, or the next when its month comes first.
    expect(spans('2021年度：翌年3月～6月 試行')).toEqual([
      ['2022-03-01', '2022-06-30', 'month', '翌年3月～6月 試行'],
    ]);
    expect(spans('2021年10月に着手、翌年10月～3月に試行')).toEqual([
      ['2021-10-01', '2021-10-31', 'month', '着手'],
      ['2022-10-01', '2023-03-31', 'month', '試行'],
    ]);
  });

  it('dates one written on its own by the date before it', () => {
    expect(spans('2021年10月に着手し、翌年3月に完了')).toEqual([
      ['2021-10-01', '2021-10-31', 'month', '着手し'],
      ['2022-03-01', '2022-03-31', 'month', '完了'],
    ]);
    // A month after it is in its year.
    expect(spans('2021年11月：公募 翌年2月：選定 4月：契約')).toEqual([
      ['2021-11-01', '2021-11-30', 'month', '公募'],
      ['2022-02-01', '2022-02-28', 'month', '選定'],
      ['2022-04-01', '2022-04-30', 'month', '契約'],
    ]);
  });

  it('leaves one with no date before it as text, whole, and notes it', () => {
    const alone = read('翌年3月：完了');
    expect(alone.spans).toEqual([]);
    expect(alone.notes.map((n) => n.text)).toEqual(['翌年3月：完了']);
    expect(alone.diagnostics).toEqual([
      {
        code: 'uncounted-year',
        severity: 'info',
        message: '「翌年3月」 counts from a date written before it, and none is; kept as text',
        messageJa: '「翌年3月」は前に書かれた日付から数えますが、その日付がありません。文字のまま残します',
        source: { start: 0, end: 4 },
      },
    ]);
  });

  it('leaves 翌年 alone, 翌月 and a month the calendar lacks to the label', () => {
    expect(spans('2021年度：翌年に公表、翌月に開始')).toEqual([
      ['2021-04-01', '2022-03-31', 'fiscal-year', '翌年に公表、翌月に開始'],
    ]);
    // 同3月 is 3月 (of the year before it), as a month written in a label is.
    expect(spans('2021年度：同3月に報告')).toEqual([['2022-03-01', '2022-03-31', 'month', '同3月に報告']]);
    expect(spans('2021年10月～翌年13月：試行')).toEqual([['2021-10-01', null, 'month', '翌年13月：試行']]);
  });
});

describe('parseSchedule: recurrences', () => {
  it.each([
    ['毎年度', 1, undefined, false],
    ['毎年', 1, undefined, false],
    ['隔年', 2, undefined, false],
    ['3年毎', 3, undefined, false],
    ['3年ごと', 3, undefined, false],
    ['3年に1度', 3, undefined, false],
    ['3年に一度', 3, undefined, false],
    ['概ね5年ごと', 5, undefined, true],
    ['おおむね5年ごと', 5, undefined, true],
    ['3年に1度を目安', 3, undefined, true],
    ['3年~5年ごと', 3, 5, false],
    ['3～5年ごと', 3, 5, false],
  ] as const)('reads %s', (words, everyYears, everyYearsMax, approximate) => {
    const text = `${words}：見直しの実施`;
    const schedule = read(text);
    const expected = {
      everyYears,
      approximate,
      label: '見直しの実施',
      source: { start: 0, end: text.length },
    };
    expect(schedule.recurrences).toEqual([
      everyYearsMax === undefined ? expected : { ...expected, everyYearsMax },
    ]);
    expect(schedule.spans).toEqual([]);
  });

  it('reads work that comes more than once a year: 年2回, 毎月, 毎四半期', () => {
    const often = (text: string) =>
      read(text).recurrences.map((r) => [r.everyYears, r.timesPerYear, r.approximate, r.label]);
    expect(often('年2回：研修の実施')).toEqual([[1, 2, false, '研修の実施']]);
    expect(often('毎月：進捗確認　毎四半期：報告')).toEqual([
      [1, 12, false, '進捗確認'],
      [1, 4, false, '報告'],
    ]);
    expect(often('概ね年2回開催')).toEqual([[1, 2, true, '開催']]);
    // How often each year, after a 、: one recurrence, not two.
    expect(often('毎年度、年2回の研修を実施')).toEqual([[1, 2, false, '研修を実施']]);
    // Once a month, a week, a quarter, or every N months that divide a year.
    expect(often('月1回：定例会議　週1回：巡回　四半期ごと：報告')).toEqual([
      [1, 12, false, '定例会議'],
      [1, 52, false, '巡回'],
      [1, 4, false, '報告'],
    ]);
    expect(often('3か月ごとに点検')).toEqual([[1, 4, false, '点検']]);
    // Once in each half of a year: twice a year (半年に1回 was once read as 年に1回, once a year).
    expect(often('半年に1回、進捗を確認')).toEqual([[1, 2, false, '進捗を確認']]);
    expect(often('半期ごと：進捗管理　毎半期：公表')).toEqual([
      [1, 2, false, '進捗管理'],
      [1, 2, false, '公表'],
    ]);
    expect(often('概ね半年毎に点検')).toEqual([[1, 2, true, '点検']]);
    expect(often('毎年度、半期ごとに報告')).toEqual([[1, 2, false, '報告']]);
    // A range of times: the fewer in timesPerYear, the more in timesPerYearMax.
    expect(
      read('会議を年2～3回程度開催').recurrences.map((r) => [
        r.timesPerYear,
        r.timesPerYearMax,
        r.approximate,
        r.label,
      ]),
    ).toEqual([[2, 3, true, '会議を開催']]);
    // Each quarter or month, every other month or week.
    expect(often('各四半期：報告　隔月で開催　隔週で巡回')).toEqual([
      [1, 4, false, '報告'],
      [1, 6, false, '開催'],
      [1, 26, false, '巡回'],
    ]);
    // Each day (it was a note), and each Sunday (a week's day, not 毎日).
    expect(often('毎日：庁舎巡回　毎日曜日に開館')).toEqual([
      [1, 365, false, '庁舎巡回'],
      [1, 52, false, '開館'],
    ]);
    // Counted in fiscal years: 年度ごと is every year, 3年度ごと every three.
    expect(often('年度ごとに見直し、3年度毎に改定')).toEqual([
      [1, undefined, false, '見直し'],
      [3, undefined, false, '改定'],
    ]);
    // The half of a year as a time, or half a year as a length: no recurrence.
    expect(often('半年間の試行')).toEqual([]);
    expect(often('1年半ごとに更新')).toEqual([]);
    expect(often('6ヶ月毎：見直し')).toEqual([[1, 2, false, '見直し']]);
    // After a date, as 毎年度 after one: the date's years, and how often in them.
    const text = '令和3年度から年2回実施';
    expect(spansOf(text).map((s) => [s.startFiscalYear, s.endFiscalYear, s.label])).toEqual([
      [2021, null, ''],
    ]);
    expect(often(text)).toEqual([[1, 2, false, '実施']]);
    // Which time it is, not how often: words.
    expect(read('年2回目の改定').notes.map((n) => n.text)).toEqual(['年2回目の改定']);
  });

  it('gives a date in brackets after a recurrence the words they share (毎年度実施（令和3年度～）)', () => {
    const labels = (text: string) => {
      const schedule = read(text);
      return [
        schedule.recurrences.map((r) => [r.everyYears, r.label, text.slice(r.source.start, r.source.end)]),
        schedule.spans.map((s) => [s.start, s.end, s.label, text.slice(s.source.start, s.source.end)]),
      ];
    };
    expect(labels('毎年度実施（令和3年度～）')).toEqual([
      [[1, '実施', '毎年度実施']],
      [['2021-04-01', null, '実施', '（令和3年度～）']],
    ]);
    expect(labels('3年ごとに見直し(令和5年度から)')).toEqual([
      [[3, '見直し', '3年ごとに見直し']],
      [['2023-04-01', null, '見直し', '(令和5年度から)']],
    ]);
    // Words of its own are the date's.
    expect(labels('毎年度実施（令和3年度～）、結果を公表')[1]).toEqual([
      ['2021-04-01', null, '結果を公表', '（令和3年度～）、結果を公表'],
    ]);
  });

  it('gives a bracket that holds a date with words of its own to that date: 3年ごとに見直し（次回：令和6年度）', () => {
    expect(piecesOf('3年ごとに見直し（次回：令和6年度）')).toEqual([
      [2024, '次回', '（次回：令和6年度）'],
      [3, '見直し', '3年ごとに見直し'],
    ]);
    expect(piecesOf('5年ごとに改定（直近：令和3年度改定）')).toEqual([
      [2021, '直近：改定', '（直近：令和3年度改定）'],
      [5, '改定', '5年ごとに改定'],
    ]);
    expect(piecesOf('令和3年度に調査を行い（令和4年度に報告）')).toEqual([
      [2021, '調査を行い', '令和3年度に調査を行い'],
      [2022, '報告', '（令和4年度に報告）'],
    ]);
    // A date that ends its bracket sheds the particle before it, as one that ends its sentence does.
    expect(piecesOf('3年ごとに見直し（次回は令和6年度）').map(([, label]) => label)).toEqual([
      '次回',
      '見直し',
    ]);
    // Two dates in one bracket: neither label keeps half of it.
    expect(piecesOf('（令和3年度調査、令和4年度実施）').map(([, label]) => label)).toEqual(['調査', '実施']);
    expect(piecesOf('見直し（次回：令和6年度）').map(([, label]) => label)).toEqual(['見直し（次回）']);
  });

  it('gives the words after a blank right before a bracketed date to that date: 調査（令和4年度） 設計（令和5年度）', () => {
    expect(piecesOf('調査（令和4年度） 設計（令和5年度）')).toEqual([
      [2022, '調査', '調査（令和4年度）'],
      [2023, '設計', '設計（令和5年度）'],
    ]);
    // Periods named before their years, each with its own ：, split by a blank of either width.
    expect(piecesOf('前期（令和3～5年度）：基盤整備\u3000後期（令和6～8年度）：展開')).toEqual([
      [2021, '前期：基盤整備', '前期（令和3～5年度）：基盤整備'],
      [2024, '後期：展開', '後期（令和6～8年度）：展開'],
    ]);
    expect(piecesOf('第1期（R3～R5）：基盤整備 第2期（R6～R8）：展開').map(([, label]) => label)).toEqual([
      '第1期：基盤整備',
      '第2期：展開',
    ]);
    // A bracket with words of its own after a blank dates them too, as after a 、; with neither, the words stay
    // the date's before.
    for (const text of [
      '令和3年度に策定 見直し（次回：令和6年度）',
      '令和3年度に策定、見直し（次回：令和6年度）',
    ])
      expect(piecesOf(text).map(([, label]) => label)).toEqual(['策定', '見直し（次回）']);
    expect(piecesOf('令和3年度に策定見直し（次回：令和6年度）').map(([, label]) => label)).toEqual([
      '策定見直し',
      '次回',
    ]);
  });

  it('keeps the time of year a recurrence names apart from its label', () => {
    const recurrences = (text: string) => read(text).recurrences.map((r) => [r.months, r.label]);
    expect(recurrences('毎年度末：財政状況の公表')).toEqual([[{ from: 3, to: 3 }, '財政状況の公表']]);
    expect(recurrences('毎年4月：公表 毎年度の下半期：点検')).toEqual([
      [{ from: 4, to: 4 }, '公表'],
      [{ from: 10, to: 3 }, '点検'],
    ]);
    expect(read('毎年4月：公表').notes).toEqual([]);
    // In brackets of their own.
    expect(recurrences('毎年度（4月）：公表 毎年（秋）：点検')).toEqual([
      [{ from: 4, to: 4 }, '公表'],
      [{ from: 9, to: 11 }, '点検'],
    ]);
    // Several times of the year: a recurrence for each, with the same words (12月 was left in the label, with a
    // yearless-month note).
    const text = '毎年6月と12月に点検';
    expect(recurrences(text)).toEqual([
      [{ from: 6, to: 6 }, '点検'],
      [{ from: 12, to: 12 }, '点検'],
    ]);
    expect(read(text).diagnostics).toEqual([]);
    expect(recurrences('毎年度（4月、10月）：公表')).toEqual([
      [{ from: 4, to: 4 }, '公表'],
      [{ from: 10, to: 10 }, '公表'],
    ]);
    expect(read(text).recurrences.map((r) => r.source)).toEqual([
      { start: 0, end: text.length },
      { start: 0, end: text.length },
    ]);
    // After a count of times a year, the times in brackets (they were the label's, with yearless-month notes).
    expect(recurrences('年2回（6月・12月）開催')).toEqual([
      [{ from: 6, to: 6 }, '開催'],
      [{ from: 12, to: 12 }, '開催'],
    ]);
    expect(read('年2回（6月・12月）開催').diagnostics).toEqual([]);
    // Written apart, the month is the label's.
    expect(recurrences('毎年度、4月に公表')).toEqual([[undefined, '4月に公表']]);
    expect(spansOf('2024年度当初予算に計上').map((s) => [s.start, s.end, s.label])).toEqual([
      ['2024-04-01', '2025-03-31', '当初予算に計上'],
    ]);
  });

  it('labels a recurrence in prose with its sentence', () => {
    const text = '毎年度、取組内容を着実に実施していきます。';
    expect(read(text).recurrences).toEqual([
      {
        everyYears: 1,
        approximate: false,
        label: '取組内容を着実に実施していきます。',
        source: { start: 0, end: text.length },
      },
    ]);
  });

  it('cuts a sentence with two recurrences before the second', () => {
    const text = '毎年度、状況を把握し、概ね5年ごとに見直します。';
    expect(read(text).recurrences).toEqual([
      { everyYears: 1, approximate: false, label: '状況を把握し', source: { start: 0, end: 11 } },
      { everyYears: 5, approximate: true, label: '見直します。', source: { start: 11, end: text.length } },
    ]);
  });
});

describe('parseSchedule: hedged dates are approximate', () => {
  it.each([
    ['2025年度を目途に完成', '完成'],
    ['2025年度目途：完成', '完成'],
    ['おおむね2025年度に完成', '完成'],
    ['概ね2025年度：完成', '完成'],
    ['2025年度頃に完成', '完成'],
    ['2025年度ごろ：完成', '完成'],
    ['2025年度(予定)：完成', '完成'],
    ['2025年度予定：完成', '完成'],
  ])('%s', (text, label) => {
    expect(spansOf(text)).toEqual([
      span(text, '2025-04-01', '2026-03-31', 2025, 2025, 'fiscal-year', label, { approximate: true }),
    ]);
  });

  it('leaves an unhedged date exact', () => {
    expect(spansOf('2025年度：完成')[0]!.approximate).toBe(false);
  });
});

describe('parseSchedule: tracks', () => {
  it('puts the entries under each 【…】 heading in its track, and keeps the headings as notes', () => {
    const text = '【内部情報系】\n2021(R3)年度：選定\n【住民情報系】\n2022(R4)年度：選定';
    const schedule = read(text);
    expect(schedule.spans).toEqual([
      span(text, ...FY2021, 'fiscal-year', '選定', { track: '内部情報系', source: [8, 21] }),
      span(text, '2022-04-01', '2023-03-31', 2022, 2022, 'fiscal-year', '選定', {
        track: '住民情報系',
        source: [30, 43],
      }),
    ]);
    expect(schedule.notes).toEqual([
      { text: '【内部情報系】', source: { start: 0, end: 7 } },
      { text: '【住民情報系】', source: { start: 22, end: 29 } },
    ]);
  });

  it('reads a 【…】 heading written on the same line as its entries', () => {
    const text = '【内部情報系】 2021(R3)年度：選定 【住民情報系】 2022(R4)年度：選定';
    expect(read(text).spans.map((s) => [s.track, s.startFiscalYear, s.label])).toEqual([
      ['内部情報系', 2021, '選定'],
      ['住民情報系', 2022, '選定'],
    ]);
  });

  it('reads a leading ○ line with no date as a track heading', () => {
    const text = '○庁舎整備\n2021年度：設計\n○窓口改善\n2022年度：試行';
    const schedule = read(text);
    expect(schedule.spans.map((s) => [s.track, s.startFiscalYear, s.label])).toEqual([
      ['庁舎整備', 2021, '設計'],
      ['窓口改善', 2022, '試行'],
    ]);
    expect(schedule.notes.map((n) => n.text)).toEqual(['○庁舎整備', '○窓口改善']);
  });

  it('reads a ○ line that holds a date as an entry, bullet included', () => {
    const text = '○2021年度：設計';
    expect(spansOf(text)).toEqual([span(text, ...FY2021, 'fiscal-year', '設計')]);
  });

  it('leaves a 【…】 with a date inside as a date', () => {
    const text = '【2021年度】設計';
    expect(spansOf(text)).toEqual([span(text, ...FY2021, 'fiscal-year', '設計')]);
  });

  it('reads dates in 【】 one after another, each bracket with its date: 【令和3年度】検討【令和4年度】実施', () => {
    expect(piecesOf('【令和3年度】検討【令和4年度】実施')).toEqual([
      [2021, '検討', '【令和3年度】検討'],
      [2022, '実施', '【令和4年度】実施'],
    ]);
    expect(piecesOf('検討【令和3年度】、実施【令和4年度】')).toEqual([
      [2021, '検討', '検討【令和3年度】、'],
      [2022, '実施', '実施【令和4年度】'],
    ]);
    // An era year of 平成 or 令和 alone in its 【】 is a date too; other letters there name things.
    expect(piecesOf('【R3】検討【R4】実施')).toEqual([
      [2021, '検討', '【R3】検討'],
      [2022, '実施', '【R4】実施'],
    ]);
    expect(read('【M1】基本設計').notes.map((n) => n.text)).toEqual(['【M1】', '基本設計']);
    // So in round brackets of its own, before its words or after them.
    expect(piecesOf('（R3）調査 （R4）設計')).toEqual([
      [2021, '調査', '（R3）調査'],
      [2022, '設計', '（R4）設計'],
    ]);
    expect(piecesOf('計画改定（R3）、再構築（H30）')).toEqual([
      [2021, '計画改定', '計画改定（R3）、'],
      [2018, '再構築', '再構築（H30）'],
    ]);
    expect(read('（M1）チップ').notes.map((n) => n.text)).toEqual(['（M1）チップ']);
  });

  it('labels a date alone in its brackets before a ： with the words after it: （令和3年度）：調査', () => {
    expect(piecesOf('（令和3年度）：調査 （令和4年度）：設計')).toEqual([
      [2021, '調査', '（令和3年度）：調査'],
      [2022, '設計', '（令和4年度）：設計'],
    ]);
    expect(piecesOf('【令和3～5年度】：実施').map(([, label]) => label)).toEqual(['実施']);
    // Words before the bracket keep the ： between them and the words after it.
    expect(piecesOf('前期（令和3～5年度）：基盤整備').map(([, label]) => label)).toEqual(['前期：基盤整備']);
  });
});

describe('parseSchedule: labels', () => {
  it('labels a date alone on its line with the lines of words after it: 令和3年度 ・現状調査 ・課題整理', () => {
    expect(piecesOf('令和3年度\n・現状調査\n・課題整理\n令和4年度\n　・制度設計　')).toEqual([
      [2021, '現状調査、課題整理', '令和3年度\n・現状調査\n・課題整理'],
      [2022, '制度設計', '令和4年度\n　・制度設計'],
    ]);
    expect(piecesOf('【令和3年度】\n現状調査、課題整理\n令和4年度：\n制度設計')).toEqual([
      [2021, '現状調査、課題整理', '【令和3年度】\n現状調査、課題整理'],
      [2022, '制度設計', '令和4年度：\n制度設計'],
    ]);
    // Each span of a list alone on its line takes the words.
    expect(piecesOf('令和3・4年度\n・調査')).toEqual([
      [2021, '調査', '令和3・4年度\n・調査'],
      [2022, '調査', '令和3・4年度\n・調査'],
    ]);
    // Sentences run on; a recurrence alone on its line is labelled the same way.
    expect(piecesOf('毎年度\n点検を行う。\n結果を公表する。')).toEqual([
      [1, '点検を行う。結果を公表する。', '毎年度\n点検を行う。\n結果を公表する。'],
    ]);
    // A label of its own, a blank line or a heading ends it: the words stay notes.
    expect(piecesOf('令和3年度：検討\n・詳細は別紙')).toEqual([
      [2021, '検討', '令和3年度：検討'],
      ['note', '・詳細は別紙'],
    ]);
    expect(piecesOf('令和3年度\n\n・調査')).toEqual([
      [2021, '', '令和3年度'],
      ['note', '・調査'],
    ]);
    expect(piecesOf('令和3年度\n【新システム】\n調査')).toEqual([
      [2021, '', '令和3年度'],
      ['note', '【新システム】'],
      ['note', '調査'],
    ]);
  });

  it('continues a label with the indented lines under it: 令和3年度：調査\n　　結果の分析', () => {
    const text = '令和3年度：システム導入に向けた\n　　　　　調査・検討\n令和4年度：構築\n　　　　　試行';
    const schedule = read(text);
    expect(
      schedule.spans.map((s) => [s.startFiscalYear, s.label, text.slice(s.source.start, s.source.end)]),
    ).toEqual([
      [2021, 'システム導入に向けた 調査・検討', '令和3年度：システム導入に向けた\n　　　　　調査・検討'],
      [2022, '構築 試行', '令和4年度：構築\n　　　　　試行'],
    ]);
    expect(schedule.notes).toEqual([]);
    // A line not indented stays a note.
    expect(read('令和3年度：調査\n結果の分析').notes.map((n) => n.text)).toEqual(['結果の分析']);
  });

  it('labels years side by side with the words under each, as the columns of a table: R3　R4　R5\n検討　実施　検証', () => {
    const years = (text: string) => piecesOf(text).map(([year, label]) => [year, label]);
    expect(years('令和3年度　令和4年度　令和5年度\n検討　　　実施　　　検証')).toEqual([
      [2021, '検討'],
      [2022, '実施'],
      [2023, '検証'],
    ]);
    // Era years alone, the last at the end of its line; an arrow carries the label on; a recurrence is a column too.
    expect(years('H30 R1 R2 毎年度\n・調査 ・設計 → ・点検')).toEqual([
      [2018, '調査'],
      [2019, '設計'],
      [2020, '設計'],
      [1, '点検'],
    ]);
    // A line of another count of words is no row of the table: the years stay unlabelled, the words a note.
    expect(years('R3　R4　R5\n検討　本格実施')).toEqual([
      [2021, ''],
      [2022, ''],
      [2023, ''],
      ['note', '検討　本格実施'],
    ]);
  });

  it('reads a 平成 or 令和 year alone that ends a row of them as a fiscal year: the R5 of R3　R4　R5', () => {
    const years = (text: string) => spansOf(text).map((s) => [s.startFiscalYear, s.label]);
    expect(years('R3　R4')).toEqual([
      [2021, ''],
      [2022, ''],
    ]);
    expect(years('令和2 令和3\n試行 運用')).toEqual([
      [2020, '試行'],
      [2021, '運用'],
    ]);
    // Not after words or another era's letter, nor alone: left a note.
    for (const text of ['検討 R3', 'S60 R3', 'R4']) expect(piecesOf(text), text).toEqual([['note', text]]);
    // Nor after a year written with 年 (the calendar year 2021 starts in fiscal 2020): the words of its entry.
    expect(piecesOf('R3年 R4')).toEqual([[2020, 'R4', 'R3年 R4']]);
  });

  it('labels an entry with the text after ： up to the next entry', () => {
    const text = '2021(R3)年度：内部情報系業務BPR 2023(R5)年度以降：並行稼働';
    expect(spansOf(text)).toEqual([
      span(text, ...FY2021, 'fiscal-year', '内部情報系業務BPR', { source: [0, 21] }),
      span(text, '2023-04-01', null, 2023, null, 'fiscal-year', '並行稼働', { source: [22, 39] }),
    ]);
  });

  it('ends an entry at its sentence and reads what follows as prose', () => {
    const text = '2021年度：検討。以後は毎年度、点検します。';
    const schedule = read(text);
    expect(schedule.spans).toEqual([span(text, ...FY2021, 'fiscal-year', '検討。', { source: [0, 10] })]);
    expect(schedule.recurrences).toEqual([
      {
        everyYears: 1,
        approximate: false,
        label: '以後は点検します。',
        source: { start: 10, end: text.length },
      },
    ]);
  });

  it('ends an entry where a period of its own follows a 、 in its label, and leaves other dates to the label', () => {
    const read = (text: string) =>
      spansOf(text).map((s) => [s.start, s.end, s.label, text.slice(s.source.start, s.source.end)]);
    expect(read('令和4年度：試行、令和5年度から本格実施')).toEqual([
      ['2022-04-01', '2023-03-31', '試行', '令和4年度：試行、'],
      ['2023-04-01', null, '本格実施', '令和5年度から本格実施'],
    ]);
    expect(read('2021(R3)年度：検討、2022(R4)年度～2023(R5)年度に試行 2024(R6)年度：運用')).toEqual([
      ['2021-04-01', '2022-03-31', '検討', '2021(R3)年度：検討、'],
      ['2022-04-01', '2024-03-31', '試行', '2022(R4)年度～2023(R5)年度に試行'],
      ['2024-04-01', '2025-03-31', '運用', '2024(R6)年度：運用'],
    ]);
    expect(
      read('令和4年度：試行、翌年度以降は本格実施').map(([start, end, label]) => [start, end, label]),
    ).toEqual([
      ['2022-04-01', '2023-03-31', '試行'],
      ['2023-04-01', null, '本格実施'],
    ]);
    // A year alone, or one in brackets, is words of the label.
    for (const text of [
      '2022(R4)年度：2021(R3)年度の結果を踏まえ見直し',
      '2021(R3)年度：検討し、2022(R4)年度に実施',
      '2021(R3)年度：計画策定（2022(R4)年度から運用）',
    ])
      expect(read(text)).toEqual([
        [expect.any(String), expect.any(String), text.slice(text.indexOf('：') + 1), text],
      ]);
  });

  it('labels a date in a sentence with the sentence, without the date', () => {
    const text = '2024年度に完成し、運用を開始します。';
    expect(spansOf(text)).toEqual([
      span(text, '2024-04-01', '2025-03-31', 2024, 2024, 'fiscal-year', '完成し、運用を開始します。'),
    ]);
  });

  it('keeps the words written before their date with it when a sentence holds several', () => {
    const labels = (text: string) =>
      spansOf(text).map((s) => [s.label, text.slice(s.source.start, s.source.end)]);
    expect(labels('計画策定（令和4年度）、運用開始（令和5年度）')).toEqual([
      ['計画策定', '計画策定（令和4年度）、'],
      ['運用開始', '運用開始（令和5年度）'],
    ]);
    expect(labels('基本設計（2021年度）→実施設計（2022年度）→工事（2023～2024年度）')).toEqual([
      ['基本設計', '基本設計（2021年度）→'],
      ['実施設計', '実施設計（2022年度）→'],
      ['工事', '工事（2023～2024年度）'],
    ]);
    expect(labels('計画策定は令和4年度、運用開始は令和5年度').map(([label]) => label)).toEqual([
      '計画策定',
      '運用開始',
    ]);
    expect(labels('前期（R4～R6）、後期（R7～R9）').map(([label]) => label)).toEqual(['前期', '後期']);
  });

  it('keeps the words written after their date with it', () => {
    const labels = (text: string) => spansOf(text).map((s) => s.label);
    expect(labels('令和4年度に計画策定、令和5年度から運用開始')).toEqual(['計画策定', '運用開始']);
    expect(labels('令和4年度、計画策定を行い令和5年度から運用')).toEqual(['計画策定を行い', '運用']);
    expect(labels('令和4年度に計画策定、検証を行い、令和5年度から運用開始')).toEqual([
      '計画策定、検証を行い',
      '運用開始',
    ]);
  });

  it('reads a half of a fiscal year over a range, and leaves 後期高齢者 to the label', () => {
    expect(spansOf('令和4年度後半～令和5年度前半：移行').map((s) => [s.start, s.end, s.label])).toEqual([
      ['2022-10-01', '2023-09-30', '移行'],
    ]);
    expect(spansOf('2021年度後期高齢者医療の見直し').map((s) => [s.precision, s.label])).toEqual([
      ['fiscal-year', '後期高齢者医療の見直し'],
    ]);
  });

  it('reads dates joined by 及び, および, 並びに or と as a list that shares its label', () => {
    const labels = (text: string) => spansOf(text).map((s) => [s.startFiscalYear, s.label]);
    expect(labels('令和4年度及び令和5年度に実施')).toEqual([
      [2022, '実施'],
      [2023, '実施'],
    ]);
    expect(labels('令和4年度と5年度：調査')).toEqual([
      [2022, '調査'],
      [2023, '調査'],
    ]);
    expect(labels('令和4年度と同様に実施')).toEqual([[2022, 'と同様に実施']]);
  });

  it('leaves out of a label the words that tie it to its date: をもって, にかけて, において, の間に, も', () => {
    const label = (text: string) => spansOf(text).map((s) => s.label);
    expect(label('令和3年度以降も継続して実施')).toEqual(['継続して実施']);
    expect(label('令和4年度も引き続き実施')).toEqual(['引き続き実施']);
    expect(label('令和7年度をもって廃止')).toEqual(['廃止']);
    expect(label('令和6年度から令和7年度にかけて実施')).toEqual(['実施']);
    expect(label('令和6年度において実施')).toEqual(['実施']);
    expect(label('令和6年度までの間に検討')).toEqual(['検討']);
    // 間 that begins a word stays.
    expect(label('令和6年度の間取り変更')).toEqual(['間取り変更']);
  });

  it('reads 年度中 and 年度内 (during, within the year) as the whole year, and 年度中間 as words', () => {
    expect(spansOf('2021年度中に実施')[0]!.label).toBe('実施');
    expect(spansOf('2021年度中間報告')[0]!.label).toBe('中間報告');
    expect(spansOf('令和5年度内に策定')[0]!.label).toBe('策定');
    expect(spansOf('2021(R3)年度内：策定')[0]!.label).toBe('策定');
    expect(spansOf('2021年度内容の見直し')[0]!.label).toBe('内容の見直し');
  });

  it('reads 中 and 内 after a calendar year or a part of a year as during it: 2024年中, 令和6年度上期中', () => {
    expect(datesOf('2024年中に策定')).toEqual([['2024-01-01', '2024-12-31', '策定']]);
    expect(datesOf('令和6年度上期中に実施')).toEqual([['2024-04-01', '2024-09-30', '実施']]);
    expect(datesOf('令和6年度第3四半期内：発注')).toEqual([['2024-10-01', '2024-12-31', '発注']]);
    expect(datesOf('2024年中間報告')).toEqual([['2024-01-01', '2024-12-31', '中間報告']]);
  });

  it('takes a count of years that restates a range into the range, not its label: までの3年間, （3か年）', () => {
    const fy2023to2025 = ['2023-04-01', '2026-03-31'];
    expect(datesOf('令和5年度から令和7年度までの3年間で実施')).toEqual([[...fy2023to2025, '実施']]);
    expect(datesOf('2023年度～2025年度（3か年）：計画期間')).toEqual([[...fy2023to2025, '計画期間']]);
    expect(datesOf('2023～2025年度の3か年：計画期間')).toEqual([[...fy2023to2025, '計画期間']]);
    expect(datesOf('2023年度～2025年度(3年間)')).toEqual([[...fy2023to2025, '']]);
  });

  it('reports a count of years that contradicts the range before it, and keeps the range', () => {
    const text = '令和5年度から令和7年度までの5年間で実施';
    const schedule = read(text);
    // The count is the plan's to explain: it stays in the label.
    expect(schedule.spans.map((s) => [s.start, s.end, s.label])).toEqual([
      ['2023-04-01', '2026-03-31', '5年間で実施'],
    ]);
    expect(schedule.diagnostics).toEqual([
      {
        code: 'count-mismatch',
        severity: 'warning',
        message: '「令和5年度から令和7年度までの5年間」: the range is 3 years long, not 5; the range is kept',
        messageJa:
          '「令和5年度から令和7年度までの5年間」: 期間は3年間で、5年間ではありません。期間のほうを読みます',
        source: { start: 0, end: 18 },
      },
    ]);
    expect(read('2023年度～2025年度（2か年）：計画期間').diagnostics.map((d) => d.code)).toEqual([
      'count-mismatch',
    ]);
  });

  it('takes labels from the original text, full-width letters and all', () => {
    const text = '２０２１年度：ＢＰＲ';
    expect(spansOf(text)[0]!.label).toBe('ＢＰＲ');
  });

  it('takes / and ／ between dated pieces as it takes 、', () => {
    expect(datesOf('R3年度:検討/R4年度:実施')).toEqual([
      ['2021-04-01', '2022-03-31', '検討'],
      ['2022-04-01', '2023-03-31', '実施'],
    ]);
    expect(datesOf('検討は令和3年度／実施は令和4年度')).toEqual([
      ['2021-04-01', '2022-03-31', '検討'],
      ['2022-04-01', '2023-03-31', '実施'],
    ]);
    expect(datesOf('令和3年度：A/B テスト')).toEqual([['2021-04-01', '2022-03-31', 'A/B テスト']]);
  });

  describe('a list written on one line: each marker opens its item, and is no word of a label', () => {
    /** Each span's dates, label and source text. */
    const items = (text: string) =>
      spansOf(text).map((s) => [s.start, s.label, text.slice(s.source.start, s.source.end)]);

    it.each([
      ['〇令和4年度 制度設計 〇令和5年度 運用開始', '〇'],
      ['・令和4年度 制度設計 ・令和5年度 運用開始', '・'],
      ['■令和4年度 制度設計 ■令和5年度 運用開始', '■'],
      ['※令和4年度 制度設計 ※令和5年度 運用開始', '※'],
    ])('bullets, as prose: %s', (text, bullet) => {
      expect(items(text)).toEqual([
        ['2022-04-01', '制度設計', `${bullet}令和4年度 制度設計`],
        ['2023-04-01', '運用開始', `${bullet}令和5年度 運用開始`],
      ]);
    });

    it.each([
      ['① 令和4年度 制度設計 ② 令和5年度 運用開始', ['① ', '② ']],
      ['(1)令和4年度 制度設計 (2)令和5年度 運用開始', ['(1)', '(2)']],
      ['（1）令和4年度 制度設計（2）令和5年度 運用開始', ['（1）', '（2）']],
      ['（ア）令和4年度 制度設計 （イ）令和5年度 運用開始', ['（ア）', '（イ）']],
      ['1. 令和4年度 制度設計 2. 令和5年度 運用開始', ['1. ', '2. ']],
      ['1)令和4年度 制度設計 2)令和5年度 運用開始', ['1)', '2)']],
    ])('numbers, as prose: %s', (text, [first, second]) => {
      expect(items(text)).toEqual([
        ['2022-04-01', '制度設計', `${first}令和4年度 制度設計`],
        ['2023-04-01', '運用開始', `${second}令和5年度 運用開始`],
      ]);
    });

    it('entries with ：, the first one also numbered', () => {
      expect(items('○令和4年度：制度設計 ○令和5年度：運用開始')).toEqual([
        ['2022-04-01', '制度設計', '○令和4年度：制度設計'],
        ['2023-04-01', '運用開始', '○令和5年度：運用開始'],
      ]);
      expect(items('①令和4年度：設計 ②令和5年度：運用')).toEqual([
        ['2022-04-01', '設計', '①令和4年度：設計'],
        ['2023-04-01', '運用', '②令和5年度：運用'],
      ]);
    });

    it('ends an entry at a marker before the next date, which is then not lost in its label', () => {
      expect(items('令和4年度：制度設計 ○令和5年度 運用開始')).toEqual([
        ['2022-04-01', '制度設計', '令和4年度：制度設計'],
        ['2023-04-01', '運用開始', '○令和5年度 運用開始'],
      ]);
    });

    it('drops the marker that opens a piece of prose', () => {
      expect(items('・計画策定は令和4年度、・運用開始は令和5年度')).toEqual([
        ['2022-04-01', '計画策定', '・計画策定は令和4年度、'],
        ['2023-04-01', '運用開始', '・運用開始は令和5年度'],
      ]);
      expect(items('※令和5年度に見直し予定')).toEqual([
        ['2023-04-01', '見直し予定', '※令和5年度に見直し予定'],
      ]);
    });

    it('leaves alone what only looks like a marker: 〇〇 naming a plan, 1.5, (株), 第2)', () => {
      expect(items('〇〇計画を令和4年度に策定')).toEqual([
        ['2022-04-01', '〇〇計画を策定', '〇〇計画を令和4年度に策定'],
      ]);
      expect(spansOf('規模1.5倍 令和4年度')[0]!.label).toBe('規模1.5倍');
      expect(spansOf('(株)計画 令和4年度')[0]!.label).toBe('(株)計画');
      expect(spansOf('第2)令和4年度')[0]!.label).toBe('第2)');
    });

    it("takes a mark that is all of an entry's label, with a blank after it, for the label: years marked as in columns", () => {
      expect(items('2021年度：●　2022年度：●')).toEqual([
        ['2021-04-01', '●', '2021年度：●'],
        ['2022-04-01', '●', '2022年度：●'],
      ]);
      expect(items('令和3年度：○ 令和4年度：○ 令和5年度：◎').map(([, label]) => label)).toEqual([
        '○',
        '○',
        '◎',
      ]);
      expect(items('令和4年度：● 令和5年度 ●').map(([, label]) => label)).toEqual(['●', '●']);
      // Written right before the next date, it is that date's marker.
      expect(items('令和4年度：〇令和5年度：運用')).toEqual([
        ['2022-04-01', '', '令和4年度：'],
        ['2023-04-01', '運用', '〇令和5年度：運用'],
      ]);
    });

    it('takes a bullet written right after a word for a marker too', () => {
      expect(items('令和4年度 調査・令和5年度 設計')).toEqual([
        ['2022-04-01', '調査', '令和4年度 調査'],
        ['2023-04-01', '設計', '・令和5年度 設計'],
      ]);
    });
  });
});

describe('parseSchedule: era consistency', () => {
  it('keeps the Western year of 2020(R3)年時点 and reports the mismatch at the notation', () => {
    const text = '2020(R3)年時点の状況';
    const schedule = read(text);
    expect(schedule.spans).toEqual([
      span(text, '2020-01-01', '2020-12-31', 2019, 2020, 'calendar-year', '時点の状況'),
    ]);
    expect(schedule.diagnostics).toHaveLength(1);
    expect(schedule.diagnostics[0]).toMatchObject({
      code: 'era-mismatch',
      severity: 'warning',
      source: { start: 0, end: 9 },
    });
    expect(schedule.diagnostics[0]!.message).toContain('2021');
  });

  it('keeps the Western year of 2019(R2)年度', () => {
    const text = '2019(R2)年度：検討';
    const schedule = read(text);
    expect(schedule.spans).toEqual([
      span(text, '2019-04-01', '2020-03-31', 2019, 2019, 'fiscal-year', '検討'),
    ]);
    expect(schedule.diagnostics.map((d) => [d.code, d.source])).toEqual([
      ['era-mismatch', { start: 0, end: 10 }],
    ]);
  });

  it('keeps the Western year when the era comes first: 令和3年度(2020年度)', () => {
    const schedule = read('令和3年度(2020年度)：検討');
    expect(schedule.spans[0]!.startFiscalYear).toBe(2020);
    expect(schedule.diagnostics.map((d) => d.code)).toEqual(['era-mismatch']);
  });

  it.each([['2019(H31)年度'], ['2019(R1)年度'], ['2019(令和元年度)'], ['1989(S64)年'], ['1989(H1)年']])(
    'accepts %s',
    (date) => {
      const schedule = read(`${date}：検討`);
      expect(schedule.diagnostics).toEqual([]);
      expect(schedule.spans).toHaveLength(1);
    },
  );
});

describe('parseSchedule: text that is no date', () => {
  it.each([
    ['骨太の方針2020では、見直しを行う。'],
    ['市税97.9%の維持'],
    ['BPR2の導入'],
    ['現契約は1年程度再リース'],
    ['5か月ごとに点検'],
    ['448人から9人減員'],
    ['最大3年間で実施'],
    ['年度内の完納を図る'],
    ['一部組織改編'],
  ])('%s is a note', (text) => {
    const schedule = read(text);
    expect(schedule.spans).toEqual([]);
    expect(schedule.recurrences).toEqual([]);
    expect(schedule.diagnostics).toEqual([]);
    expect(schedule.notes).toEqual([{ text, source: { start: 0, end: text.length } }]);
  });

  it('keeps absurd years as notes and reports them', () => {
    for (const text of [
      '99999年度：検討',
      `${'9'.repeat(10_000)}年度：検討`,
      '令和1000年度：検討',
      `R${'1'.repeat(500)}年度：検討`,
    ]) {
      const schedule = read(text);
      expect(schedule.spans).toEqual([]);
      expect(schedule.diagnostics.map((d) => [d.code, d.severity])).toEqual([['absurd-year', 'warning']]);
      expect(schedule.notes.map((n) => n.text)).toEqual([text]);
    }
  });

  it('returns an empty schedule for empty and blank text', () => {
    for (const text of ['', ' ', '\n\n', '\u3000\t']) {
      expect(parseSchedule(text)).toEqual({ spans: [], recurrences: [], notes: [], diagnostics: [] });
    }
  });

  it('reads a value that is not a string as empty text', () => {
    expect(parseSchedule(undefined as unknown as string)).toEqual({
      spans: [],
      recurrences: [],
      notes: [],
      diagnostics: [],
    });
  });
});
