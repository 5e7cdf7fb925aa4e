import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readKanjiNumber } from './readKanjiNumber.js';

describe('readKanjiNumber', () => {
  it('reads single digits and 元', () => {
    expect(readKanjiNumber('三')).toEqual({ value: 3, length: 1 });
    expect(readKanjiNumber('〇')).toEqual({ value: 0, length: 1 });
    expect(readKanjiNumber('元年')).toEqual({ value: 1, length: 1 });
  });

  it('reads the counted form with 十, 百 and 千', () => {
    expect(readKanjiNumber('十')).toEqual({ value: 10, length: 1 });
    expect(readKanjiNumber('十二月')).toEqual({ value: 12, length: 2 });
    expect(readKanjiNumber('三十')).toEqual({ value: 30, length: 2 });
    expect(readKanjiNumber('三十一日')).toEqual({ value: 31, length: 3 });
    expect(readKanjiNumber('百五')).toEqual({ value: 105, length: 2 });
    expect(readKanjiNumber('千九百八十九年')).toEqual({ value: 1989, length: 6 });
    expect(readKanjiNumber('二千二十一')).toEqual({ value: 2021, length: 5 });
  });

  it('reads place-value digits', () => {
    expect(readKanjiNumber('二〇二一年')).toEqual({ value: 2021, length: 4 });
    expect(readKanjiNumber('一九年')).toEqual({ value: 19, length: 2 });
  });

  it('reads at an offset, as in 平成三十一年四月三十日', () => {
    const text = '平成三十一年四月三十日';
    expect(readKanjiNumber(text, 2)).toEqual({ value: 31, length: 3 });
    expect(readKanjiNumber(text, 6)).toEqual({ value: 4, length: 1 });
    expect(readKanjiNumber(text, 8)).toEqual({ value: 30, length: 2 });
  });

  it('stops where the numeral cannot go on', () => {
    expect(readKanjiNumber('三十一二')).toEqual({ value: 31, length: 3 });
    expect(readKanjiNumber('十十')).toEqual({ value: 10, length: 1 });
    expect(readKanjiNumber('百千')).toEqual({ value: 100, length: 1 });
  });

  it('does not read the department mark ○ as zero', () => {
    expect(readKanjiNumber('○所管課')).toBeUndefined();
    expect(readKanjiNumber('二○')).toEqual({ value: 2, length: 1 });
  });

  it('returns undefined where no kanji numeral starts', () => {
    expect(readKanjiNumber('2021年')).toBeUndefined();
    expect(readKanjiNumber('令和')).toBeUndefined();
    expect(readKanjiNumber('')).toBeUndefined();
    expect(readKanjiNumber('三', 1)).toBeUndefined();
    expect(readKanjiNumber('三', -1)).toBeUndefined();
    expect(readKanjiNumber('三', 0.5)).toBeUndefined();
  });

  it('never throws and never reads past the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: -2, max: 40 }), (text, start) => {
        const result = readKanjiNumber(text, start);
        if (result !== undefined) {
          expect(result.length).toBeGreaterThan(0);
          expect(start + result.length).toBeLessThanOrEqual(text.length);
          expect(Number.isInteger(result.value)).toBe(true);
        }
      }),
    );
  });

  it('reads back every number from 1 to 9999 written in the counted form', () => {
    const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    const write = (n: number): string => {
      let s = '';
      for (const [unit, kanji] of [
        [1000, '千'],
        [100, '百'],
        [10, '十'],
      ] as const) {
        const d = Math.floor(n / unit) % 10;
        if (d > 0) s += (d === 1 ? '' : digits[d]) + kanji;
      }
      return s + digits[n % 10];
    };
    for (let n = 1; n <= 9999; n++) {
      const written = write(n);
      expect(readKanjiNumber(written + '年')).toEqual({ value: n, length: written.length });
    }
  });
});
