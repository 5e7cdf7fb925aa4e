import { describe, expect, it } from 'vitest';
import { filledLines } from './filledLines.js';

describe('filledLines', () => {
  it('gives the lines that hold something, with their places and numbers, CR left out', () => {
    const text = 'title,,\n,,,\r\n\t \nno,title\r\nlast';
    expect([...filledLines(text)]).toEqual([
      { start: 0, end: 7, number: 1 },
      { start: 16, end: 24, number: 4 },
      { start: 26, end: 30, number: 5 },
    ]);
    expect(text.slice(16, 24)).toBe('no,title');
  });

  it('gives none for a document of blanks and separators, or an empty one', () => {
    expect([...filledLines(' ,\n\r\n,,')]).toEqual([]);
    expect([...filledLines('')]).toEqual([]);
  });
});
