import { describe, expect, it } from 'vitest';
import { fillNotes } from './fillNotes.js';

describe('fillNotes', () => {
  it('makes a note of each uncovered stretch, one per line, trimmed', () => {
    const text = 'メモ 2021年度：検討 あとがき\n 続き ';
    expect(fillNotes(text, text, [{ start: 3, end: 12 }])).toEqual([
      { text: 'メモ', source: { start: 0, end: 2 } },
      { text: 'あとがき', source: { start: 13, end: 17 } },
      { text: '続き', source: { start: 19, end: 21 } },
    ]);
  });

  it('copes with overlapping and unsorted sources', () => {
    const text = 'abcdefgh';
    expect(
      fillNotes(text, text, [
        { start: 4, end: 6 },
        { start: 1, end: 5 },
      ]),
    ).toEqual([
      { text: 'a', source: { start: 0, end: 1 } },
      { text: 'gh', source: { start: 6, end: 8 } },
    ]);
  });

  it('takes note texts from the original text', () => {
    expect(fillNotes('ＡＢ', 'AB', [])).toEqual([{ text: 'ＡＢ', source: { start: 0, end: 2 } }]);
  });
});
