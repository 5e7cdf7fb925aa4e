import { describe, expect, it } from 'vitest';
import { readEraName } from './readEraName.js';

const read = (text: string, at = 0) => {
  const name = readEraName(text, at);
  return name && { id: name.era.id, form: name.form, end: name.end, numberAt: name.numberAt };
};

describe('readEraName', () => {
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
});
