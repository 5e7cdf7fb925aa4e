import { describe, expect, it } from 'vitest';
import { readRecurrence } from './readRecurrence.js';

/** What readRecurrence gives for a recurrence read from the start of a text, ending at `end`. */
const recurrence = (end: number, everyYears: number, more: object = {}) => ({
  type: 'recurrence',
  start: 0,
  end,
  everyYears,
  approximate: false,
  ...more,
});

describe('readRecurrence', () => {
  it.each([
    ['毎年度', 1, 3],
    ['毎年', 1, 2],
    ['毎会計年度', 1, 5],
    ['各年度', 1, 3],
    ['隔年', 2, 2],
    ['年1回', 1, 3],
    ['3年毎', 3, 3],
    ['5年ごと', 5, 4],
    ['三年ごと', 3, 4],
    ['3年に1度', 3, 5],
    ['4年周期', 4, 4],
    ['年度ごと', 1, 4],
    ['2年度ごと', 2, 5],
    ['3年度毎', 3, 4],
    ['3年度に1回', 3, 6],
  ] as const)('reads %s as every %i years, ending at %i', (text, everyYears, end) => {
    expect(readRecurrence(`${text}に実施`, 0)).toEqual(recurrence(end, everyYears));
  });

  it.each([
    ['年2回', 2, 3],
    ['年に3回', 3, 4],
    ['年二回', 2, 3],
    ['年4度', 4, 3],
    ['毎年度2回', 2, 5],
    ['毎年度年2回', 2, 6],
    ['毎月', 12, 2],
    ['毎月1回', 12, 4],
    ['毎月2回', 24, 4],
    ['毎四半期', 4, 4],
    ['毎週', 52, 2],
    ['毎日', 365, 2],
    ['毎日曜日', 52, 4],
    ['月1回', 12, 3],
    ['月に2回', 24, 4],
    ['週1回', 52, 3],
    ['四半期ごと', 4, 5],
    ['四半期に1回', 4, 6],
    ['四半期に一度', 4, 6],
    ['四半期毎', 4, 4],
    ['四半期に2回', 8, 6],
    ['毎半期', 2, 3],
    ['半期ごと', 2, 4],
    ['半期に1度', 2, 5],
    ['半年ごと', 2, 4],
    ['半年毎', 2, 3],
    ['半年に1回', 2, 5],
    ['半年に3回', 6, 5],
    ['各四半期', 4, 4],
    ['各半期', 2, 3],
    ['各月', 12, 2],
    ['隔月', 6, 2],
    ['隔週', 26, 2],
    ['3か月ごと', 4, 5],
    ['6ヶ月毎', 2, 4],
    ['2か月に1回', 6, 6],
  ] as const)('reads %s as every year, %i times, ending at %i', (text, timesPerYear, end) => {
    expect(readRecurrence(`${text}実施`, 0)).toEqual(recurrence(end, 1, { timesPerYear }));
  });

  it('reads once a year as no more than every year, and no times of which time or in a month', () => {
    expect(readRecurrence('毎年度1回', 0)).toEqual(recurrence(5, 1));
    // 年2回目 counts which time; 年度2回 names no year it comes in; 毎年2月 is a time of year.
    expect(readRecurrence('年2回目', 0)).toBeNull();
    expect(readRecurrence('年度2回', 0)).toBeNull();
    expect(readRecurrence('毎年2月', 0)).toEqual(recurrence(4, 1, { months: { from: 2, to: 2 } }));
    // Every other year, twice: the count is no part of it.
    expect(readRecurrence('隔年2回', 0)).toEqual(recurrence(2, 2));
    // A count of months that does not divide a year; a month counted (the 月 of 3か月に1回 starts nothing).
    expect(readRecurrence('5か月ごと', 0)).toBeNull();
    expect(readRecurrence('3か月に1回', 2)).toBeNull();
    expect(readRecurrence('十月1回', 1)).toBeNull();
    // Half of a year, not a count of years: the 年 of 半年 starts nothing; 1年半 and 半年間 say no recurrence.
    expect(readRecurrence('半年に1回', 1)).toBeNull();
    expect(readRecurrence('半年2回', 1)).toBeNull();
    expect(readRecurrence('1年半ごと', 0)).toBeNull();
    expect(readRecurrence('半年間', 0)).toBeNull();
    expect(readRecurrence('半ばごと', 0)).toBeNull();
  });

  it('reads a range of times a year: 年2～3回, 年に2、3回, 月2～3回 (both counts times the unit)', () => {
    const times = (count: number, max: number) => ({ timesPerYear: count, timesPerYearMax: max });
    expect(readRecurrence('年2～3回開催', 0)).toEqual(recurrence(5, 1, times(2, 3)));
    expect(readRecurrence('年に2、3回程度', 0)).toEqual(
      recurrence(8, 1, { ...times(2, 3), approximate: true }),
    );
    expect(readRecurrence('年2から3回', 0)).toEqual(recurrence(6, 1, times(2, 3)));
    expect(readRecurrence('年1～2回', 0)).toEqual(recurrence(5, 1, times(1, 2)));
    expect(readRecurrence('月2～3回', 0)).toEqual(recurrence(5, 1, times(24, 36)));
    expect(readRecurrence('毎年度2～3回', 0)).toEqual(recurrence(7, 1, times(2, 3)));
    expect(readRecurrence('毎年度、年2～3回の研修', 0)).toEqual(recurrence(9, 1, times(2, 3)));
    expect(readRecurrence('半期に1～2回', 0)).toEqual(recurrence(7, 1, times(2, 4)));
    // A range the wrong way round, which times they are, or a count of years after: no times a year.
    expect(readRecurrence('年3～2回', 0)).toBeNull();
    expect(readRecurrence('年2～3回目', 0)).toBeNull();
    expect(readRecurrence('年2、3年後', 0)).toBeNull();
  });

  it('reads how often each year after a 、 as part of a yearly word: 毎年度、年2回', () => {
    expect(readRecurrence('毎年度、年2回の研修', 0)).toEqual(recurrence(7, 1, { timesPerYear: 2 }));
    expect(readRecurrence('毎年、年に4回開催', 0)).toEqual(recurrence(7, 1, { timesPerYear: 4 }));
    expect(readRecurrence('隔年、年2回', 0)).toEqual(recurrence(6, 2, { timesPerYear: 2 }));
    expect(readRecurrence('毎年度、年1回の研修', 0)).toEqual(recurrence(7, 1));
    expect(readRecurrence('毎年度、半期ごとに報告', 0)).toEqual(recurrence(8, 1, { timesPerYear: 2 }));
    expect(readRecurrence('毎年、毎月開催', 0)).toEqual(recurrence(5, 1, { timesPerYear: 12 }));
    // Another count of years, or another year's word, after the 、 is a recurrence of its own.
    expect(readRecurrence('毎年度、3年ごとに見直し', 0)).toEqual(recurrence(3, 1));
    expect(readRecurrence('毎年度、毎年度', 0)).toEqual(recurrence(3, 1));
    // Not words after the 、, nor which time it is.
    expect(readRecurrence('毎年度、研修', 0)).toEqual(recurrence(3, 1));
    expect(readRecurrence('毎年度、年2回目', 0)).toEqual(recurrence(3, 1));
  });

  it('reads a span of periods: 3年~5年ごと and 3～5年ごと', () => {
    expect(readRecurrence('3年~5年ごと', 0)).toEqual({
      type: 'recurrence',
      start: 0,
      end: 7,
      everyYears: 3,
      everyYearsMax: 5,
      approximate: false,
    });
    expect(readRecurrence('3~5年ごと', 0)).toMatchObject({ everyYears: 3, everyYearsMax: 5, end: 6 });
    expect(readRecurrence('3年から5年ごと', 0)).toMatchObject({ everyYears: 3, everyYearsMax: 5 });
    expect(readRecurrence('3～5年度ごと', 0)).toMatchObject({ everyYears: 3, everyYearsMax: 5, end: 7 });
  });

  it('makes a hedged period approximate, the hedge included in its extent', () => {
    expect(readRecurrence('概ね5年ごとに', 0)).toEqual({
      type: 'recurrence',
      start: 0,
      end: 6,
      everyYears: 5,
      approximate: true,
    });
    expect(readRecurrence('おおむね 3年毎', 0)).toMatchObject({ everyYears: 3, approximate: true, end: 8 });
    expect(readRecurrence('3年に1度を目安として', 0)).toMatchObject({
      everyYears: 3,
      approximate: true,
      end: 8,
    });
  });

  it('reads a hedge in brackets of its own after it, as dates have theirs: 3年毎（目安）, 毎年度（予定）', () => {
    // The brackets were left at the head of the words: （目安）：見直し.
    expect(readRecurrence('3年毎（目安）：見直し', 0)).toMatchObject({
      everyYears: 3,
      approximate: true,
      end: 7,
    });
    expect(readRecurrence('毎年度（予定）：相談', 0)).toMatchObject({
      everyYears: 1,
      approximate: true,
      end: 7,
    });
    expect(readRecurrence('毎年度(予定):相談', 0)).toMatchObject({ approximate: true, end: 7 });
    // Not 予定 outside brackets, nor other words in them.
    expect(readRecurrence('毎年度予定：相談', 0)).toMatchObject({ approximate: false, end: 3 });
    expect(readRecurrence('毎年度（予定外）：相談', 0)).toMatchObject({ approximate: false, end: 3 });
    expect(readRecurrence('毎年度（随時）：相談', 0)).toMatchObject({ approximate: false, end: 3 });
  });

  it.each([
    ['毎年度末', 1, 3, 3, 4],
    ['毎年末', 1, 12, 12, 3],
    ['毎年度当初', 1, 4, 4, 5],
    ['毎年度の上半期', 1, 4, 9, 7],
    ['隔年度下半期', 2, 10, 3, 6],
    ['毎年冬', 1, 12, 2, 3],
    ['毎年度冬', 1, 12, 2, 4],
    ['毎年4月', 1, 4, 4, 4],
    ['各年度十月', 1, 10, 10, 5],
    ['毎年度4月～6月', 1, 4, 6, 8],
    ['毎年度4月から6月', 1, 4, 6, 9],
    ['毎年度（4月）', 1, 4, 4, 7],
    ['毎年(4月～6月)', 1, 4, 6, 9],
    ['隔年度（上半期）', 2, 4, 9, 8],
    ['毎年度（年度末）', 1, 3, 3, 8],
    ['毎年（年末）', 1, 12, 12, 6],
    ['毎年（年度末）', 1, 3, 3, 7],
  ] as const)(
    'reads %s as every %i years in months %i to %i, ending at %i',
    (text, everyYears, from, to, end) => {
      expect(readRecurrence(`${text}に実施`, 0)).toEqual(
        recurrence(end, everyYears, { months: { from, to } }),
      );
    },
  );

  it('reads more times of the year joined to the first: 毎年6月と12月', () => {
    expect(readRecurrence('毎年6月と12月に点検', 0)).toEqual(
      recurrence(8, 1, { months: { from: 6, to: 6 }, moreMonths: [{ from: 12, to: 12 }] }),
    );
    expect(readRecurrence('毎年度4月、7月及び10月：研修', 0)).toMatchObject({
      end: 13,
      months: { from: 4, to: 4 },
      moreMonths: [
        { from: 7, to: 7 },
        { from: 10, to: 10 },
      ],
    });
    expect(readRecurrence('毎年度末と上半期に報告', 0)).toMatchObject({
      months: { from: 3, to: 3 },
      moreMonths: [{ from: 4, to: 9 }],
    });
    // The same months written twice are one time of the year.
    expect(readRecurrence('毎年度末、3月に公表', 0)).toEqual(
      recurrence(7, 1, { months: { from: 3, to: 3 } }),
    );
    // In brackets of their own (it was the label's).
    expect(readRecurrence('毎年度（4月、10月）：公表', 0)).toMatchObject({
      end: 11,
      months: { from: 4, to: 4 },
      moreMonths: [{ from: 10, to: 10 }],
    });
    // After a count of times a year, as many times of the year as it counts, in brackets: each once a year.
    expect(readRecurrence('年2回（6月・12月）開催', 0)).toEqual(
      recurrence(11, 1, { months: { from: 6, to: 6 }, moreMonths: [{ from: 12, to: 12 }] }),
    );
    expect(readRecurrence('年1回（10月）開催', 0)).toEqual(
      recurrence(8, 1, { months: { from: 10, to: 10 } }),
    );
    // Another number of them: the count stays, the bracket is the label's.
    expect(readRecurrence('年3回（6月・12月）', 0)).toEqual(recurrence(3, 1, { timesPerYear: 3 }));
    // Words after the 、 are the label's.
    expect(readRecurrence('毎年4月、予算を編成', 0)).toEqual(
      recurrence(4, 1, { months: { from: 4, to: 4 } }),
    );
  });

  it('reads no time of year after a count of years, before a day, or in 当初予算', () => {
    expect(readRecurrence('3年毎4月に見直し', 0)).toEqual(recurrence(3, 3));
    expect(readRecurrence('毎年4月1日に施行', 0)).toMatchObject({ end: 2 });
    expect(readRecurrence('毎年4月1日に施行', 0)).not.toHaveProperty('months');
    expect(readRecurrence('毎年度当初予算に計上', 0)).toMatchObject({ end: 3 });
    expect(readRecurrence('毎年度当初予算に計上', 0)).not.toHaveProperty('months');
    expect(readRecurrence('毎年13月', 0)).not.toHaveProperty('months');
    // A bracket that holds more than a time of year is the label's.
    for (const text of [
      '毎年度（4月、予算編成時）',
      '毎年度（予算編成時）',
      '毎年度（令和3年度～）',
      '毎年度（4月',
    ])
      expect(readRecurrence(text, 0)).toEqual(recurrence(3, 1));
    expect(readRecurrence('毎年度末を目途に', 0)).toMatchObject({
      end: 7,
      approximate: true,
      months: { from: 3, to: 3 },
    });
  });

  it('reads at an offset', () => {
    expect(readRecurrence('見直しは3年毎', 4)).toMatchObject({ start: 4, end: 7, everyYears: 3 });
  });

  it.each([
    ['3年度'],
    ['2021年'],
    ['0年ごと'],
    ['3年間'],
    ['5~3年ごと'],
    ['100年ごと'],
    ['毎回'],
    ['年度'],
    [''],
  ])('reads no recurrence in %j', (text) => {
    expect(readRecurrence(text, 0)).toBeNull();
  });
});
