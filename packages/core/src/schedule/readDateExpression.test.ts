import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from './expressions.js';
import { normalizeText } from '../text/normalizeText.js';
import { readDateExpression, readPartEntry } from './readDateExpression.js';

/** The expression at the start of `text`, read as the scanner reads it: normalised. */
const read = (text: string) => readDateExpression(normalizeText(text), 0, new DiagnosticSink());
const shape = (text: string) => {
  const x = read(text);
  return (
    x && {
      form: x.form,
      start: x.start,
      end: x.end,
      approximate: x.approximate,
      years: x.points.map((p) => p.year),
      units: x.points.map((p) => p.unit),
    }
  );
};

describe('readDateExpression', () => {
  it('reads one date', () => {
    expect(shape('2021(R3)年度：')).toEqual({
      form: 'single',
      start: 0,
      end: 10,
      approximate: false,
      years: [2021],
      units: ['fiscal'],
    });
  });

  it('reads ranges, giving units and eras across', () => {
    expect(shape('2021(R3)年度～2022(R4)年度：')).toMatchObject({
      form: 'range',
      end: 21,
      years: [2021, 2022],
    });
    expect(shape('平成17~平成21年度')).toMatchObject({
      form: 'range',
      years: [2005, 2009],
      units: ['fiscal', 'fiscal'],
    });
    expect(shape('平成17年度から19年度まで')).toMatchObject({ form: 'range', end: 14, years: [2005, 2007] });
    expect(shape('2021～23年度')).toMatchObject({ form: 'range', years: [2021, 2023] });
    expect(shape('2016年(平成28年)2月～3月')).toMatchObject({
      form: 'range',
      years: [2016, 2016],
      units: ['calendar', 'calendar'],
    });
  });

  it('takes a count of years for the last year it makes, never for a year of its own', () => {
    expect(shape('令和3年から5年間')).toMatchObject({ form: 'range', end: 9, years: [2021, 2025] });
    expect(shape('2021年度から3年間')).toMatchObject({ form: 'range', years: [2021, 2023] });
    expect(shape('2021年度から3年目')).toMatchObject({ form: 'open-end', years: [2021] });
  });

  it('reads lists, carrying the era and the unit', () => {
    expect(shape('令和元年度・2年度')).toMatchObject({ form: 'list', end: 9, years: [2019, 2020] });
    expect(shape('平成25、26、27年度')).toMatchObject({
      form: 'list',
      years: [2013, 2014, 2015],
      units: ['fiscal', 'fiscal', 'fiscal'],
    });
  });

  it('reads a list whose last item is a range or open at its end', () => {
    expect(read('平成25、26～28年度')).toMatchObject({ form: 'list', end: 12, lastForm: 'range' });
    expect(shape('平成25、26～28年度')).toMatchObject({
      years: [2013, 2014, 2016],
      units: ['fiscal', 'fiscal', 'fiscal'],
    });
    expect(read('令和3、5年度～：')).toMatchObject({ form: 'list', end: 8, lastForm: 'open-end' });
    expect(read('令和3、5年度以降')).toMatchObject({ form: 'list', end: 9, lastForm: 'open-end' });
    expect(read('平成25、26年度')).not.toHaveProperty('lastForm');
  });

  it('reads a list no further than its items go', () => {
    expect(shape('令和3年度、4月に')).toMatchObject({ form: 'single', end: 5 });
  });

  it('reads open ends and open starts', () => {
    expect(shape('2021(R3)年度～：')).toMatchObject({ form: 'open-end', end: 11 });
    expect(shape('2023年度以降')).toMatchObject({ form: 'open-end', end: 8 });
    expect(shape('2019年度から継続')).toMatchObject({ form: 'open-end', end: 8 });
    // An era year without 年度 before a wave dash: a fiscal year's open end.
    expect(shape('平成17～')).toMatchObject({ form: 'open-end', end: 5, years: [2005] });
    expect(shape('～2020年度')).toMatchObject({ form: 'open-start', end: 7, years: [2020] });
    expect(shape('2021年度末までに')).toMatchObject({ form: 'open-start', end: 10 });
  });

  it('takes hedges before and after the date into it', () => {
    expect(shape('概ね2025年度')).toMatchObject({ approximate: true, start: 0, end: 8 });
    expect(shape('2025年度を目途に')).toMatchObject({ approximate: true, end: 9 });
    expect(shape('2025年度(予定)')).toMatchObject({ approximate: true, end: 10 });
    expect(shape('2025年度(詳細)')).toMatchObject({ approximate: false, end: 6 });
  });

  it('reads no date where none starts', () => {
    for (const text of ['2021(R3', '2021', '平成17', '19年度', '～～', '']) expect(read(text)).toBeNull();
  });

  it('advises skipping a long list that dates nothing', () => {
    const hint = { skipTo: -1 };
    // Western years without 年 or 年度 date nothing, however many are listed.
    const text = '2021、'.repeat(40);
    expect(readDateExpression(text, 0, new DiagnosticSink(), hint)).toBeNull();
    expect(hint.skipTo).toBe(5 * 29 + 4);
  });
});

describe('readPartEntry', () => {
  const entry = (text: string, at = 0) => {
    const x = readPartEntry(text, at);
    return x && [x.points[0]!.kind, x.points[0]!.yearPart, text.slice(x.start, x.end), x.approximate];
  };

  it('reads a part of the year written alone before a ：', () => {
    expect(entry('上半期：制度設計')).toEqual(['part', 'first-half', '上半期', false]);
    expect(entry('第3四半期 ：試行')).toEqual(['part', 'q3', '第3四半期', false]);
    expect(entry('年度末：公表')).toEqual(['part', 'end', '年度末', false]);
    expect(entry('年度の下半期：点検')).toEqual(['part', 'second-half', '年度の下半期', false]);
    expect(entry('秋頃：公表')).toEqual(['part', 'autumn', '秋頃', true]);
    expect(entry('上半期ごろ：調査')).toEqual(['part', 'first-half', '上半期ごろ', true]);
  });

  it('reads none without a ：, right after one, or in a word that only begins like a part', () => {
    for (const text of ['上半期に実施', '上半期 制度設計', '前期高齢者：対象', '上記：参照', '年度：検討'])
      expect(entry(text), text).toBeNull();
    expect(entry('令和3年度：上半期：調査', 6)).toBeNull();
    expect(entry('令和3年度： 上半期：調査', 7)).toBeNull();
  });

  it('reads none before a year: the word names the period the year gives (前期：令和3～5年度)', () => {
    for (const text of ['前期：令和3～5年度', '上半期：2021年度', '後期： R6～R8'])
      expect(entry(text), text).toBeNull();
    expect(entry('上半期：3回開催')).toEqual(['part', 'first-half', '上半期', false]);
  });
});
