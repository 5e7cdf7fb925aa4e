import { describe, expect, it } from 'vitest';
import { splitCode } from './splitCode.js';

describe('splitCode', () => {
  it('splits a code and a title', () => {
    expect(splitCode('12-1 総合行政情報システムの更新')).toEqual({
      code: '12-1',
      title: '総合行政情報システムの更新',
    });
    expect(splitCode('1 財政健全化へ向けた取組の推進')).toEqual({
      code: '1',
      title: '財政健全化へ向けた取組の推進',
    });
  });

  it('reads a code alone', () => {
    expect(splitCode(' 5-1 ')).toEqual({ code: '5-1', title: '' });
  });

  it('reads a code written with spaces around its dashes', () => {
    expect(splitCode('1 - 2 予算編成')).toEqual({ code: '1-2', title: '予算編成' });
    expect(splitCode('1 -2')).toEqual({ code: '1-2', title: '' });
    expect(splitCode('1-2　予算編成')).toEqual({ code: '1-2', title: '予算編成' });
  });

  it('reads a code that a letter follows only where a space parts them', () => {
    expect(splitCode('1 -2a')).toEqual({ code: '1', title: '-2a' });
    expect(splitCode('1-2a')).toBeNull();
    expect(splitCode('1234567 予算')).toBeNull();
  });

  it('writes full-width codes half-width', () => {
    expect(splitCode('５－１　公立保育所')).toEqual({ code: '5-1', title: '公立保育所' });
  });

  it('keeps a title that starts with a number after the code', () => {
    expect(splitCode('3 2040研究会への対応')).toEqual({ code: '3', title: '2040研究会への対応' });
  });

  it('returns null when there is no code', () => {
    expect(splitCode('2040研究会')).toBeNull();
    expect(splitCode('')).toBeNull();
    expect(splitCode('No.1')).toBeNull();
  });
});
