import { describe, expect, it } from 'vitest';
import { LineCounter } from './lineCounter.js';

describe('LineCounter', () => {
  const text = 'first\nsecond\r\nthird\n\nfifth';
  const lineByCounting = (offset: number): number => text.slice(0, offset).split('\n').length;

  it('gives the line of every offset, asked for in order, backwards or at random', () => {
    const offsets = [...Array(text.length + 1).keys()];
    const shuffled = [...offsets].sort((a, b) => ((a * 7919) % 31) - ((b * 7919) % 31));
    for (const order of [offsets, [...offsets].reverse(), shuffled]) {
      const lines = new LineCounter(text);
      for (const offset of order)
        expect(lines.lineAt(offset), `offset ${offset}`).toBe(lineByCounting(offset));
    }
  });

  it('counts a line break at the offset asked for on the next line only', () => {
    const lines = new LineCounter(text);
    expect(lines.lineAt(5)).toBe(1); // the \n ending the first line
    expect(lines.lineAt(6)).toBe(2);
    expect(lines.lineAt(text.length + 10)).toBe(5);
    expect(new LineCounter('').lineAt(0)).toBe(1);
  });
});
