import { describe, expect, it } from 'vitest';
import { DiagnosticSink, type DateExpression } from './expressions.js';
import { readDateExpression, readPartEntry } from './readDateExpression.js';
import { resolveDates, type DateContext } from './resolveDates.js';

function resolve(text: string, context: DateContext | null = null) {
  const x = readDateExpression(text, 0, new DiagnosticSink()) as DateExpression;
  return resolveDates(x, text, context);
}

describe('resolveDates', () => {
  it('runs a fiscal year from April 1 to March 31', () => {
    expect(resolve('2021年度')).toEqual({
      spans: [
        {
          start: '2021-04-01',
          end: '2022-03-31',
          startFiscalYear: 2021,
          endFiscalYear: 2021,
          precision: 'fiscal-year',
        },
      ],
      context: { year: 2021, fiscal: true, from: 2021 },
      diagnostics: [],
    });
  });

  it('dates 翌年3月 by the calendar year the point before it starts in, else by its context', () => {
    const dates = (text: string, context: DateContext | null = null) =>
      resolve(text, context).spans.map((s) => [s.start, s.end]);
    expect(dates('2021年10月～翌年3月')).toEqual([['2021-10-01', '2022-03-31']]);
    // 2月 of fiscal 2021 is in 2022, and 10月 in 2021.
    expect(dates('2月～翌年3月', { year: 2021, fiscal: true })).toEqual([['2022-02-01', '2023-03-31']]);
    expect(dates('10月～翌3月', { year: 2021, fiscal: true })).toEqual([['2021-10-01', '2022-03-31']]);
    expect(dates('翌年3月', { year: 2021, fiscal: false })).toEqual([['2022-03-01', '2022-03-31']]);
    expect(dates('同年9月', { year: 2021, fiscal: true })).toEqual([['2021-09-01', '2021-09-30']]);
    // What follows is dated by the calendar year it was dated in.
    expect(resolve('翌年2月', { year: 2021, fiscal: false }).context).toEqual({ year: 2022, fiscal: false });
    // Nothing before it: undated.
    expect(resolve('翌年3月').spans).toEqual([]);
  });

  it('puts March 31 and April 1 in different fiscal years', () => {
    expect(resolve('2022年3月31日').spans[0]).toMatchObject({ start: '2022-03-31', startFiscalYear: 2021 });
    expect(resolve('2022年4月1日').spans[0]).toMatchObject({ start: '2022-04-01', startFiscalYear: 2022 });
  });

  it('dates a month without a year by its context, January–March of a fiscal year in the next calendar year', () => {
    expect(resolve('2月', { year: 2021, fiscal: true }).spans[0]).toMatchObject({
      start: '2022-02-01',
      end: '2022-02-28',
    });
    expect(resolve('2月', { year: 2021, fiscal: false }).spans[0]).toMatchObject({ start: '2021-02-01' });
    expect(resolve('10月', { year: 2021, fiscal: true }).spans[0]).toMatchObject({
      start: '2021-10-01',
      end: '2021-10-31',
    });
    expect(resolve('10月', null).spans).toEqual([]);
  });

  it('dates a part of the year written alone by its context, a fiscal or a calendar year, and keeps the context', () => {
    const part = (text: string, context: DateContext | null) =>
      resolveDates(readPartEntry(text, 0)!, text, context);
    const fiscal2021 = { year: 2021, fiscal: true, from: 2021 };
    expect(part('下半期：', fiscal2021)).toEqual({
      spans: [
        {
          start: '2021-10-01',
          end: '2022-03-31',
          startFiscalYear: 2021,
          endFiscalYear: 2021,
          precision: 'fiscal-half',
        },
      ],
      context: fiscal2021,
      diagnostics: [],
    });
    expect(part('下半期：', { year: 2021, fiscal: false }).spans[0]).toMatchObject({
      start: '2021-07-01',
      end: '2021-12-31',
    });
    expect(part('年度末：', fiscal2021).spans[0]).toMatchObject({ start: '2022-03-01', end: '2022-03-31' });
    expect(part('下半期：', null).spans).toEqual([]);
  });

  it('dates a fiscal year counted from the one before it by a fiscal-year context only', () => {
    expect(resolve('翌年度', { year: 2021, fiscal: true, from: 2021 })).toEqual({
      spans: [
        {
          start: '2022-04-01',
          end: '2023-03-31',
          startFiscalYear: 2022,
          endFiscalYear: 2022,
          precision: 'fiscal-year',
        },
      ],
      // A month after it is in 2022; 翌々年度 after it counts from 2021 still.
      context: { year: 2022, fiscal: true, from: 2021 },
      diagnostics: [],
    });
    expect(resolve('翌々年度末', { year: 2021, fiscal: true, from: 2021 }).spans[0]).toMatchObject({
      start: '2024-03-01',
      end: '2024-03-31',
    });
    expect(resolve('同年度', { year: 2021, fiscal: true, from: 2021 }).spans[0]).toMatchObject({
      startFiscalYear: 2021,
    });
    // Which fiscal year follows 2021年2月, or 2021年? The context does not say: undated.
    expect(resolve('翌年度', { year: 2021, fiscal: false }).spans).toEqual([]);
    expect(resolve('翌年度', null)).toEqual({ spans: [], context: null, diagnostics: [] });
  });

  it('dates the far end of a range counted from its first: 令和4年度～翌年度', () => {
    expect(resolve('令和4年度～翌年度').spans).toMatchObject([{ start: '2022-04-01', end: '2024-03-31' }]);
    expect(resolve('R4～翌々年度').spans).toMatchObject([{ start: '2022-04-01', end: '2025-03-31' }]);
    // A month is no fiscal year to count from.
    expect(resolve('2022年10月～翌年度').spans).toMatchObject([{ start: '2022-10-01', end: null }]);
  });

  it('leaves open ends null', () => {
    expect(resolve('2023年度以降').spans[0]).toMatchObject({
      start: '2023-04-01',
      end: null,
      endFiscalYear: null,
    });
    expect(resolve('~2020年度').spans[0]).toMatchObject({
      start: null,
      startFiscalYear: null,
      end: '2021-03-31',
    });
  });

  it('reports a day the month lacks', () => {
    const r = resolve('2023年2月29日');
    expect(r.spans).toEqual([]);
    expect(r.diagnostics.map((d) => [d.code, d.source])).toEqual([['invalid-date', { start: 0, end: 10 }]]);
  });

  it('reads a reversed range the right way round and says so', () => {
    const r = resolve('2023年度～2021年度');
    expect(r.spans[0]).toMatchObject({ start: '2021-04-01', end: '2024-03-31' });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['reversed-range']);
  });

  it('gives each item of a list its own span', () => {
    expect(resolve('令和元年度・2年度').spans.map((s) => [s.start, s.end])).toEqual([
      ['2019-04-01', '2020-03-31'],
      ['2020-04-01', '2021-03-31'],
    ]);
  });
});
