import { describe, expect, it } from 'vitest';
import {
  COMMA,
  FULL_WIDTH,
  HEADING_OPEN,
  LINE_BREAK,
  MARK_OF,
  MARKED_CODE_UNITS,
  SENTENCE_END,
  TIDY,
} from './textMarks.js';

const code = (c: string): number => c.charCodeAt(0);

describe('textMarks', () => {
  it('gives each kind of character its mark', () => {
    expect(MARK_OF[code('\n')]).toBe(LINE_BREAK);
    expect(MARK_OF[0x2028]).toBe(LINE_BREAK);
    expect(MARK_OF[code('。')]).toBe(SENTENCE_END);
    expect(MARK_OF[code('！')]).toBe(SENTENCE_END);
    expect(MARK_OF[code('【')]).toBe(HEADING_OPEN);
    expect(MARK_OF[code('Ａ')]).toBe(FULL_WIDTH);
    expect(MARK_OF[code('（')]).toBe(0); // read as `(` where the readers look for it
    expect(MARK_OF[code('\u3000')]).toBe(TIDY); // a blank inside a line
    expect(MARK_OF[code(' ')]).toBe(TIDY);
    expect(MARK_OF[code('」')]).toBe(TIDY);
    expect(MARK_OF[code('、')]).toBe(COMMA);
    expect(MARK_OF[code('年')]).toBe(0);
    expect(MARK_OF[code('a')]).toBe(0);
  });

  it('lists exactly the code units it marks, ascending', () => {
    const marked: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (MARK_OF[c] !== 0) marked.push(c);
    expect(MARKED_CODE_UNITS).toEqual(marked);
  });
});
