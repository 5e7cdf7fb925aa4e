import { describe, expect, it } from 'vitest';
import { isBlank, isLineBreak, LineBreaks, SentenceEnds, wordMatcher } from './chars.js';

describe('chars', () => {
  it('counts as blank exactly what /\\s/ matches, for every code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isBlank(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it('finds line breaks of every kind, and only those', () => {
    const text = 'a\nb\rc\u2028d\ve';
    const breaks = new LineBreaks(text);
    expect([breaks.next(0), breaks.next(2), breaks.next(4), breaks.next(6), breaks.next(8)]).toEqual([
      1, 3, 5, 7, 9,
    ]);
    expect(new LineBreaks('a\nb').next(2)).toBe(3);
    for (let c = 0; c < 0x10000; c++) {
      if (isLineBreak(c))
        expect(new LineBreaks(`x${String.fromCharCode(c)}`).next(0), c.toString(16)).toBe(1);
    }
  });

  it('finds sentence ends, remembering its last answer', () => {
    const ends = new SentenceEnds('あ。い！う？え');
    expect([ends.next(0), ends.next(1), ends.next(2), ends.next(4), ends.next(6)]).toEqual([1, 1, 3, 5, 7]);
    expect(ends.next(0)).toBe(1);
  });

  it('matches the first word of a list that starts at an offset', () => {
    const match = wordMatcher(['までに', 'まで', 'から']);
    expect(match('2021年度までに', 6)).toBe('までに');
    expect(match('2021年度まで', 6)).toBe('まで');
    expect(match('2021年度から', 6)).toBe('から');
    expect(match('2021年度に', 6)).toBeNull();
    expect(match('', 0)).toBeNull();
  });
});
