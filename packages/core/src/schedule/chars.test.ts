import { describe, expect, it } from 'vitest';
import {
  BLANK_CODE_UNITS,
  blanksSkipped,
  blanksTrimmed,
  BULLETS,
  ByCodeUnit,
  carriesOn,
  COUNTER_KA,
  hedgeAfter,
  isBlank,
  isCounterKa,
  isBullet,
  isIdeograph,
  isLineBreak,
  LineBreaks,
  SentenceEnds,
  SortedOffsets,
  wordAt,
  wordMatcher,
} from './chars.js';

describe('chars', () => {
  it('tells the か of a count in each of its spellings, and nothing else', () => {
    expect([...COUNTER_KA].every((ka) => isCounterKa(ka.charCodeAt(0)))).toBe(true);
    expect(['月', '年', 'が', '3'].map((c) => isCounterKa(c.charCodeAt(0)))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('tells a stretch of marks that carry work on from words, an empty stretch carrying nothing', () => {
    expect(['→', '――→', '〃', '⇒', '～', '-->'].map((t) => carriesOn(t))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['', '検討', '→実施', '●'].map((t) => carriesOn(t))).toEqual([false, false, false, false]);
    expect(carriesOn('検討　→　実施', 3, 4)).toBe(true);
    expect(carriesOn('検討　→　実施', 3, 3)).toBe(false);
  });

  it('counts as blank exactly what /\\s/ matches, for every code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isBlank(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it('finds where a stretch starts and ends without its blanks, never past its bounds', () => {
    const text = ' \u3000検討 \n';
    expect(blanksSkipped(text, 0, text.length)).toBe(2);
    expect(blanksTrimmed(text, 0, text.length)).toBe(4);
    expect(blanksSkipped(text, 0, 2)).toBe(2);
    expect(blanksTrimmed(text, 4, 6)).toBe(4);
    expect(blanksSkipped(text, 2, 4)).toBe(2);
  });

  it('lists every blank code unit, ascending, and nothing else', () => {
    const blanks: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isBlank(c)) blanks.push(c);
    expect(BLANK_CODE_UNITS).toEqual(blanks);
  });

  it('lists every bullet isBullet tells, and nothing else', () => {
    const bullets: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (isBullet(c)) bullets.push(String.fromCharCode(c));
    expect([...BULLETS].sort()).toEqual(bullets.sort());
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

  it('groups items by code unit, in order, each item once per group', () => {
    const words = ['までに', 'まで', 'から', 'Reiwa'];
    const byFirst = new ByCodeUnit(words, (w) =>
      w === 'Reiwa' ? [w.charCodeAt(0), 'r'.charCodeAt(0), 'R'.charCodeAt(0)] : w.charCodeAt(0),
    );
    expect(byFirst.get('ま'.charCodeAt(0))).toEqual(['までに', 'まで']);
    expect(byFirst.get('か'.charCodeAt(0))).toEqual(['から']);
    expect(byFirst.get('R'.charCodeAt(0))).toEqual(['Reiwa']);
    expect(byFirst.get('r'.charCodeAt(0))).toEqual(['Reiwa']);
    expect(byFirst.get('x'.charCodeAt(0))).toBeNull();
    expect(byFirst.has('か'.charCodeAt(0))).toBe(true);
    expect(byFirst.has('x'.charCodeAt(0))).toBe(false);
    expect(byFirst.codes()).toEqual([...'まかRr'].map((c) => c.charCodeAt(0)));
  });

  it('finds sorted offsets, and starts over on others after a reset', () => {
    const offsets = new SortedOffsets([2, 5, 9], 12);
    expect([offsets.next(0), offsets.next(3), offsets.next(6), offsets.next(10)]).toEqual([2, 5, 9, 12]);
    expect(offsets.next(4)).toBe(5);
    expect(offsets.reset([1, 7], 8).next(0)).toBe(1);
    expect([offsets.next(2), offsets.next(8)]).toEqual([7, 8]);
  });

  it('finds a word at an offset as startsWith does, and none outside the text', () => {
    const words = ['', 'ま', 'まで', 'までに', 'から', '毎年度', 'x'];
    const text = 'から毎年度までにx';
    for (const word of words) {
      for (let p = 0; p <= text.length; p++)
        expect(wordAt(text, word, p), `${word}@${p}`).toBe(text.startsWith(word, p));
      expect(wordAt(text, word, -1)).toBe(false);
      expect(wordAt(text, word, text.length + 1)).toBe(false);
    }
  });

  it('compares a word from the code units not yet seen, given how many are known', () => {
    expect(wordAt('毎年度', '毎年度', 0, 2)).toBe(true);
    // The known ones are not read again: only the rest decides.
    expect(wordAt('毎月度', '毎年度', 0, 2)).toBe(true);
    expect(wordAt('毎年末', '毎年度', 0, 2)).toBe(false);
    // Nor does knowing them move a word past the end of the text.
    expect(wordAt('毎年', '毎年度', 0, 2)).toBe(false);
  });

  it('counts as ideographs the CJK unified ideographs and extension A, and no kana, digit or symbol', () => {
    for (const c of '一年度間龥㐀䶿々') expect(isIdeograph(c.charCodeAt(0)), c).toBe(c !== '々');
    for (const c of 'にカ０R3（～・、ー') expect(isIdeograph(c.charCodeAt(0)), c).toBe(false);
  });
});

describe('hedgeAfter', () => {
  const marker = wordMatcher(['目途', '目安']);
  const bracketed = wordMatcher(['目途', '目安', '予定']);

  it('ends past a hedge written after, a blank and を allowed before it', () => {
    expect(hedgeAfter('2024年度目途', 6, marker)).toBe(8);
    expect(hedgeAfter('3年毎 を目安に', 3, marker)).toBe(7);
  });

  it('ends past the closing bracket of a hedge in brackets of its own', () => {
    expect(hedgeAfter('2024年度（予定）：', 6, bracketed)).toBe(10);
    expect(hedgeAfter('毎年度(目安):', 3, marker)).toBe(7);
  });

  it('finds none where none is written, or its bracket is not closed right after it', () => {
    expect(hedgeAfter('2024年度：調査', 6, marker)).toBe(-1);
    expect(hedgeAfter('2024年度予定', 6, marker, bracketed)).toBe(-1);
    expect(hedgeAfter('毎年度（予定外）', 3, marker, bracketed)).toBe(-1);
    expect(hedgeAfter('毎年度（随時）', 3, marker, bracketed)).toBe(-1);
  });
});
