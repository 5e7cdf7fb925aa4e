import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readEraYear } from './readEraYear.js';

describe('readEraYear', () => {
  it('reads era years in kanji, letters, full width and kanji numerals', () => {
    const read = (text: string): [string, number] | undefined => {
      const r = readEraYear(text);
      return r && [r.era.name, r.year];
    };
    expect(read('令和3')).toEqual(['令和', 3]);
    expect(read('R3')).toEqual(['令和', 3]);
    expect(read('Ｒ３年度')).toEqual(['令和', 3]);
    expect(read('令和元年')).toEqual(['令和', 1]);
    expect(read('平成三十一年度')).toEqual(['平成', 31]);
    expect(read('H 32')).toEqual(['平成', 32]);
    expect(read('令3')).toEqual(['令和', 3]);
  });

  it('refuses anything that is not a whole era year', () => {
    for (const text of ['2021', 'X3', '令和', '令和0', '令和3年4月', 'R3.9', '', '令和三十一二']) {
      expect(readEraYear(text), text).toBeUndefined();
    }
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => void readEraYear(text)));
  });
});
