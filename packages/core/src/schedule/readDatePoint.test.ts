import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERAS } from '../era/eras.js';
import { DiagnosticSink } from './expressions.js';
import { normalizeText } from '../text/normalizeText.js';
import {
  isReadableYear,
  mayStartYearPart,
  readAnyDatePoint,
  readDatePoint,
  readPairedFiscalYear,
  YEAR_PART_FIRSTS,
  partOfYearWordAt,
  yearPartWordAt,
} from './readDatePoint.js';

/** The point at the start of `text`, read as the scanner reads it: normalised. */
const read = (text: string, allowBare = false) =>
  readDatePoint(normalizeText(text), 0, allowBare, new DiagnosticSink());
const reiwa = ERAS.find((e) => e.id === 'reiwa')!;
const heisei = ERAS.find((e) => e.id === 'heisei')!;

describe('readDatePoint', () => {
  it('reads a Western year with its era in brackets, and where it ends', () => {
    expect(read('2021(R3)年度：検討')).toEqual({
      start: 0,
      end: 10,
      kind: 'year',
      year: 2021,
      era: reiwa,
      bare: null,
      bareDigits: 0,
      unit: 'fiscal',
      paired: true,
      dotted: false,
      month: null,
      day: null,
      yearPart: null,
      monthPart: null,
      decadeHalf: null,
      diagnostics: [],
    });
  });

  it('reads the era first with the Western year in brackets, spaces inside', () => {
    expect(read('平成 29(2017)年度')).toMatchObject({
      year: 2017,
      era: heisei,
      unit: 'fiscal',
      paired: true,
      end: 13,
    });
  });

  it('reads 年 before the bracket and 度 after it as a fiscal year', () => {
    expect(read('2018年(平成30年)度')).toMatchObject({ year: 2018, unit: 'fiscal', end: 13 });
  });

  it('reads a year with no unit (the unit may come from the other end of a range)', () => {
    expect(read('平成17~')).toMatchObject({ kind: 'year', year: 2005, unit: null, end: 4 });
  });

  it('reads months, days and parts of years', () => {
    expect(read('令和3年9月28日')).toMatchObject({ year: 2021, unit: 'calendar', month: 9, day: 28, end: 9 });
    expect(read('2021年度第3四半期')).toMatchObject({ unit: 'fiscal', yearPart: 'q3', end: 11 });
    expect(read('2021年度の上半期')).toMatchObject({ unit: 'fiscal', yearPart: 'first-half', end: 10 });
    expect(read('2021年10月下旬')).toMatchObject({ month: 10, monthPart: 'late', end: 10 });
    expect(read('平成20年代後半')).toMatchObject({
      year: 2008,
      unit: 'decade',
      decadeHalf: 'second',
      end: 8,
    });
  });

  it('reads dotted dates and leaves decimals alone', () => {
    expect(read('R3.9')).toMatchObject({
      year: 2021,
      unit: 'calendar',
      dotted: true,
      month: 9,
      day: null,
      end: 4,
    });
    expect(read('S31.4.26')).toMatchObject({ year: 1956, month: 4, day: 26, end: 8 });
    expect(read('2020.12.18')).toMatchObject({ year: 2020, month: 12, day: 18, end: 10 });
    expect(read('2020.5%')).toMatchObject({ unit: null, dotted: false, end: 4 });
    expect(read('2020.13')).toMatchObject({ unit: null, dotted: false, end: 4 });
  });

  it('reads a month without a year', () => {
    expect(read('10月に')).toMatchObject({ kind: 'month', year: null, month: 10, end: 3 });
    expect(read('十月上旬')).toMatchObject({ kind: 'month', month: 10, monthPart: 'early', end: 4 });
  });

  it('reads a bare number only when asked (the far end of a range)', () => {
    expect(read('19年度')).toBeNull();
    expect(read('19年度', true)).toMatchObject({
      kind: 'bare',
      bare: 19,
      bareDigits: 2,
      unit: 'fiscal',
      end: 4,
    });
  });

  it('reports an era that disagrees with its Western year, keeping the Western year', () => {
    const point = read('2020(R3)年時点')!;
    expect(point.year).toBe(2020);
    expect(point.diagnostics).toEqual([
      {
        code: 'era-mismatch',
        severity: 'warning',
        message: '「2020(R3)年」: 令和3年 is 2021, not 2020; the Western year 2020 is kept',
        messageJa: '「2020(R3)年」: 令和3年は2021年で、2020年ではありません。西暦の2020年として読みます',
        source: { start: 0, end: 9 },
      },
    ]);
    expect(read('2019(H31)年度')!.diagnostics).toEqual([]);
    expect(read('2019(令和元年)')!.diagnostics).toEqual([]);
  });

  it('reports absurd years to the sink and reads no date', () => {
    for (const [text, end] of [
      ['12345年度', 7],
      ['令和5000年', 7],
      [`${'9'.repeat(10_000)}年`, 10_001],
    ] as const) {
      const sink = new DiagnosticSink();
      expect(readDatePoint(text, 0, false, sink)).toBeNull();
      expect(sink.list.map((d) => [d.code, d.severity, d.source])).toEqual([
        ['absurd-year', 'warning', { start: 0, end }],
      ]);
    }
  });

  it('reads a fiscal year counted from the one before it, with a part of the year after it', () => {
    const relative = (text: string) => {
      const point = read(text);
      return (
        point && [point.kind, point.bare, point.unit, point.yearPart, text.slice(point.start, point.end)]
      );
    };
    expect(relative('翌年度から実施')).toEqual(['relative', 1, 'fiscal', null, '翌年度']);
    expect(relative('次年度以降')).toEqual(['relative', 1, 'fiscal', null, '次年度']);
    expect(relative('翌々年度：運用')).toEqual(['relative', 2, 'fiscal', null, '翌々年度']);
    expect(relative('同年度中に公表')).toEqual(['relative', 0, 'fiscal', null, '同年度中']);
    expect(relative('翌年度末までに')).toEqual(['relative', 1, 'fiscal', 'end', '翌年度末']);
    expect(relative('翌年度の上半期に')).toEqual(['relative', 1, 'fiscal', 'first-half', '翌年度の上半期']);
    // Calendar years, days, comparisons (同年度比) and words that begin with 翌, 次 or 同 are none.
    for (const text of ['翌年に', '翌日', '翌月', '次世代', '次の年度', '同様に', '同年度比で5%削減'])
      expect(read(text)).toBeNull();
  });

  it('reads a month of a calendar year counted from the date before it: 翌年3月, 翌3月, 同年9月', () => {
    const relative = (text: string) => {
      const point = read(text);
      return (
        point && [
          point.kind,
          point.bare,
          point.unit,
          point.month,
          point.day,
          point.monthPart,
          text.slice(point.start, point.end),
        ]
      );
    };
    expect(relative('翌年3月まで')).toEqual(['relative', 1, 'calendar', 3, null, null, '翌年3月']);
    expect(relative('翌3月に完了')).toEqual(['relative', 1, 'calendar', 3, null, null, '翌3月']);
    expect(relative('翌々年4月')).toEqual(['relative', 2, 'calendar', 4, null, null, '翌々年4月']);
    expect(relative('同年9月30日')).toEqual(['relative', 0, 'calendar', 9, 30, null, '同年9月30日']);
    expect(relative('翌年3月末')).toEqual(['relative', 1, 'calendar', 3, null, 'end', '翌年3月末']);
    // 同 and 翌々 count a month only with 年; 次 not at all; a month the calendar lacks is none.
    for (const text of ['同3月', '翌々3月', '次年3月', '翌年13月', '翌年', '翌月'])
      expect(read(text), text).toBeNull();
  });

  it('reads no date in words and numbers that are none', () => {
    for (const text of ['骨太の方針', '448人', '最大3年間', 'BPR2', '13月', ''])
      expect(read(text)).toBeNull();
  });

  it('reads 2021(R3)年度 on its short path exactly as on the long one, or leaves it to the long one', () => {
    // The notation's parts, most often written right (2021(R3)年度, 2019(H31)年度), else nearly so, then anything after them.
    const slot = (right: string, ...others: string[]) =>
      fc.oneof(
        { arbitrary: fc.constant(right), weight: 3 },
        { arbitrary: fc.constantFrom(...others), weight: 1 },
      );
    const text = fc
      .tuple(
        fc.boolean(),
        slot('(', '（', ' (', '', '年('),
        slot('', ' ', 'X', 'Reiwa', '令和', '令', 'r', 'h', 'S', 'M', 'RR'),
        slot('', '0', '00', '1', '100', '1000', '元', '三'),
        slot(')', '）', ' )', '年)', '', '年度)'),
        slot('年度', '年', '年代', '度', ''),
        fc.constantFrom(
          '',
          '：検討',
          'の上半期',
          '中',
          '中に',
          '中間',
          '10月',
          '十月',
          '第3四半期',
          '末',
          '以降',
          ' ',
          '3',
        ),
        fc.constantFrom('2021', '2021', '2019', '0999', '9999', '1868', '20211', '202'),
      )
      .map(([reiwa, open, era, digits, close, unit, after, year]) => {
        const [western, letter, number] = reiwa
          ? [year, 'R', '3']
          : [year.replace('2021', '2019'), 'H', '31'];
        return `${western}${open}${era === '' ? letter : era}${number}${digits}${close}${unit}${after}`;
      });
    let short = 0;
    fc.assert(
      fc.property(text, (t) => {
        const fast = readPairedFiscalYear(t, 0);
        if (fast === null) return;
        short++;
        const sink = new DiagnosticSink();
        expect(fast).toEqual(readAnyDatePoint(t, 0, false, sink));
        expect(sink.list).toEqual([]);
      }),
      { numRuns: 20000 },
    );
    for (const text of [
      '2021(R3)年度：検討',
      '2019（H31）年度以降',
      '2020(R2)年度 2021(R3)年度',
      '2021(R3)年度 3回',
      '2118(R100)年度',
    ]) {
      const sink = new DiagnosticSink();
      expect(readPairedFiscalYear(text, 0)).toEqual(readAnyDatePoint(text, 0, false, sink));
    }
    expect(short).toBeGreaterThan(0);
    // Left to the long path: a mismatch, a month, a part of the year, a unit in the brackets, a blank.
    for (const text of [
      '2020(R3)年度',
      '2021(R3)年度10月',
      '2021(R3)年度 10月',
      '2021(R3)年度上半期',
      '2021(R3年度)',
      '2021( R3)年度',
    ])
      expect(readPairedFiscalYear(text, 0)).toBeNull();
    expect(readDatePoint('2021(R3)年度の上半期', 0, false, new DiagnosticSink())?.yearPart).toBe(
      'first-half',
    );
  });
});

describe('yearPartWordAt', () => {
  it('is asked only at the characters YEAR_PART_FIRSTS lists, every one that mayStartYearPart tells', () => {
    const firsts: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (mayStartYearPart(c)) firsts.push(String.fromCharCode(c));
    expect([...YEAR_PART_FIRSTS].sort()).toEqual(firsts.sort());
  });

  it.each([
    ['第3四半期に調査', 'q3', 5],
    ['上半期に実施', 'first-half', 3],
    ['下期中に完了', 'second-half', 3],
    ['末に公表', 'end', 1],
    ['秋頃に実施', 'autumn', 1],
    ['後期から', 'second-half', 2],
  ] as const)('reads the part of the year %s starts with', (text, part, end) => {
    expect(yearPartWordAt(text, 0)).toEqual({ part, end });
  });

  it.each(['末端機器', '前期高齢者', '当初予算', '春日部市', '秋田', '調査'])('reads none in %s', (text) => {
    expect(yearPartWordAt(text, 0)).toBeNull();
  });
});

describe('partOfYearWordAt', () => {
  it('reads a part of the year, after 年度 or 年度の naming the year again', () => {
    expect(partOfYearWordAt('上半期：設計', 0)).toEqual({ part: 'first-half', end: 3 });
    expect(partOfYearWordAt('年度末に公表', 0)).toEqual({ part: 'end', end: 3 });
    expect(partOfYearWordAt('年度の下半期', 0)).toEqual({ part: 'second-half', end: 6 });
    for (const text of ['年度予算', '前期高齢者', '調査']) expect(partOfYearWordAt(text, 0), text).toBeNull();
  });
});

describe('isReadableYear', () => {
  it('takes the integers 1000–9998 and nothing else', () => {
    for (const year of [1000, 2024, 9998]) expect(isReadableYear(year), String(year)).toBe(true);
    for (const year of [999, 9999, 2024.5, Number.NaN, Infinity, '2024', null, undefined])
      expect(isReadableYear(year), String(year)).toBe(false);
  });
});
