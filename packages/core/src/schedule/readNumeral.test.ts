import { describe, expect, it } from 'vitest';
import { isKanjiNumeral, KANJI_NUMERALS, MAX_NUMERAL_LENGTH, readNumeral } from './readNumeral.js';

describe('readNumeral', () => {
  it('lists exactly the characters a kanji numeral is written with', () => {
    const numerals: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isKanjiNumeral(c)) numerals.push(c);
    expect([...KANJI_NUMERALS].map((c) => c.charCodeAt(0)).sort((a, b) => a - b)).toEqual(numerals);
  });

  it('reads ASCII digits whole', () => {
    expect(readNumeral('2021年', 0)).toEqual({ value: 2021, end: 4, length: 4, kanji: false, huge: false });
    expect(readNumeral('R3', 1)).toEqual({ value: 3, end: 2, length: 1, kanji: false, huge: false });
  });

  it('reads kanji numerals, and 元 only when asked', () => {
    expect(readNumeral('三十一年', 0)).toEqual({ value: 31, end: 3, length: 3, kanji: true, huge: false });
    expect(readNumeral('二〇二一年', 0)).toMatchObject({ value: 2021, end: 4 });
    expect(readNumeral('元年', 0)).toBeNull();
    expect(readNumeral('元年', 0, true)).toEqual({ value: 1, end: 1, length: 1, kanji: true, huge: false });
  });

  it('marks numerals too long for a date as huge, with no value, still read whole', () => {
    const digits = '9'.repeat(200_000);
    expect(readNumeral(digits, 0)).toEqual({
      value: -1,
      end: 200_000,
      length: 200_000,
      kanji: false,
      huge: true,
    });
    expect(readNumeral('9'.repeat(MAX_NUMERAL_LENGTH), 0)).toMatchObject({ value: 999_999, huge: false });
    expect(readNumeral('〇'.repeat(50), 0)).toMatchObject({ huge: true, end: 50 });
  });

  it('reads nothing where no numeral starts', () => {
    expect(readNumeral('年度', 0)).toBeNull();
    expect(readNumeral('', 0)).toBeNull();
    expect(readNumeral('12', 5)).toBeNull();
  });
});
