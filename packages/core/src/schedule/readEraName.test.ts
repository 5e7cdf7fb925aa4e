import { describe, expect, it } from 'vitest';
import {
  bracketedEraLetterAt,
  ERA_NAME_FIRSTS,
  eraOfLetter,
  eraNameAt,
  lastEraName,
  mayStartEraName,
  readEraName,
} from './readEraName.js';

const read = (text: string, at = 0) => {
  const name = readEraName(text, at);
  return name && { id: name.era.id, form: name.form, end: name.end, numberAt: name.numberAt };
};

describe('readEraName', () => {
  it('lists exactly the code units an era name may start with', () => {
    const firsts: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (mayStartEraName(c)) firsts.push(c);
    expect([...ERA_NAME_FIRSTS].sort((a, b) => a - b)).toEqual(firsts);
    for (const first of '令平昭大明RrHhSsTtMm') expect(firsts).toContain(first.charCodeAt(0));
  });

  it('reads every way of writing an era when a number follows', () => {
    expect(read('令和3年度')).toEqual({ id: 'reiwa', form: 'kanji', end: 2, numberAt: 2 });
    expect(read('令和 3年度')).toEqual({ id: 'reiwa', form: 'kanji', end: 2, numberAt: 3 });
    expect(read('令和元年度')).toEqual({ id: 'reiwa', form: 'kanji', end: 2, numberAt: 2 });
    expect(read('令和三年度')).toEqual({ id: 'reiwa', form: 'kanji', end: 2, numberAt: 2 });
    expect(read('令3年度')).toEqual({ id: 'reiwa', form: 'one-kanji', end: 1, numberAt: 1 });
    expect(read('H28.10')).toEqual({ id: 'heisei', form: 'letter', end: 1, numberAt: 1 });
    expect(read('s31.4.26')).toEqual({ id: 'showa', form: 'letter', end: 1, numberAt: 1 });
    expect(read('Reiwa 3')).toEqual({ id: 'reiwa', form: 'romaji', end: 5, numberAt: 6 });
    expect(read('大正5年')).toMatchObject({ id: 'taisho', form: 'kanji' });
    expect(read('明治45年')).toMatchObject({ id: 'meiji', form: 'kanji' });
  });

  it('reads no era inside words, before letters, or without a number', () => {
    expect(read('BPR2', 2)).toBeNull();
    expect(read('RPA')).toBeNull();
    expect(read('最大3年間', 1)).toBeNull();
    expect(read('令和')).toBeNull();
    expect(read('令三年')).toBeNull();
    expect(read('Reiwa')).toBeNull();
    expect(read('')).toBeNull();
  });

  it('looks up an era letter after a bracket as eraNameAt reads it, and nothing else', () => {
    const chars = [
      '(',
      '（',
      'x',
      ' ',
      '[',
      '1',
      'R',
      'r',
      'H',
      'h',
      'S',
      's',
      'T',
      't',
      'M',
      'm',
      'X',
      'e',
      '3',
      '元',
      '',
    ];
    let found = 0;
    for (const a of chars)
      for (const b of chars)
        for (const c of chars) {
          const text = `${a}${b}${c}9`;
          if (text.length < 3) continue;
          const at = bracketedEraLetterAt(text, 1);
          if (at < 0) continue;
          found++;
          const looked = { ...lastEraName };
          expect(eraNameAt(text, 1), text).toBe(at);
          expect(looked).toEqual(lastEraName);
        }
    expect(found).toBeGreaterThan(0);
    expect(bracketedEraLetterAt('(R3)', 1)).toBe(2);
    expect(lastEraName.era.id).toBe('reiwa');
    expect(bracketedEraLetterAt('(h31)', 1)).toBe(2);
    expect(lastEraName.era.id).toBe('heisei');
    for (const text of ['(Reiwa 3)', 'xR3', '(R 3)', '(令3)', '(X3)'])
      expect(bracketedEraLetterAt(text, 1)).toBe(-1);
  });

  it('gives the era each letter abbreviates, with its first year and its last fiscal year', () => {
    const letter = (c: string) => {
      const found = eraOfLetter(c.charCodeAt(0));
      return found && { id: found.era.id, firstYear: found.firstYear, lastFiscalYear: found.lastFiscalYear };
    };
    expect(letter('R')).toEqual({ id: 'reiwa', firstYear: 2019, lastFiscalYear: Infinity });
    expect(letter('h')).toEqual({ id: 'heisei', firstYear: 1989, lastFiscalYear: 2019 });
    expect(letter('S')).toEqual({ id: 'showa', firstYear: 1926, lastFiscalYear: 1988 });
    for (const c of ['X', '3', '(', '令', 'Ｒ']) expect(letter(c), c).toBeNull();
  });
});
