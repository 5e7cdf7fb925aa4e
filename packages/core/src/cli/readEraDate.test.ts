import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readEraDate } from './readEraDate.js';

describe('readEraDate', () => {
  const read = (text: string): [string, number, number, number] | undefined => {
    const r = readEraDate(text);
    return r && [r.era.name, r.year, r.month, r.day];
  };

  it('reads era dates in kanji, letters, dots and slashes, full width and kanji numerals', () => {
    expect(read('平成31年4月30日')).toEqual(['平成', 31, 4, 30]);
    expect(read('令和元年5月1日')).toEqual(['令和', 1, 5, 1]);
    expect(read('R3.9.28')).toEqual(['令和', 3, 9, 28]);
    expect(read('H31/4/30')).toEqual(['平成', 31, 4, 30]);
    expect(read('Ｈ３１．４．３０')).toEqual(['平成', 31, 4, 30]);
    expect(read('令和三年九月二十八日')).toEqual(['令和', 3, 9, 28]);
    expect(read(' 昭和 64 年 1 月 7 日 ')).toEqual(['昭和', 64, 1, 7]);
  });

  it('leaves the calendar to the caller: a day it lacks is still read', () => {
    expect(read('平成31年2月30日')).toEqual(['平成', 31, 2, 30]);
  });

  it('refuses anything that is not a whole era date', () => {
    for (const text of [
      '2019-04-30',
      '平成31年',
      '平成31年4月',
      'R3.9',
      'X3.9.28',
      '令和0年1月1日',
      '令和3年9月28日から',
      '',
    ]) {
      expect(readEraDate(text), text).toBeUndefined();
    }
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => void readEraDate(text)));
  });
});
