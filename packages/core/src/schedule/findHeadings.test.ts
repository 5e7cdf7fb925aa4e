import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from './expressions.js';
import { findHeadings } from './findHeadings.js';
import { scanDates } from './scanDates.js';

const headings = (line: string) =>
  findHeadings(line, line, 0, line.length, scanDates(line, new DiagnosticSink()));

describe('findHeadings', () => {
  it('reads a ○ line without a date as a heading', () => {
    expect(headings('○総合行政情報システムの更新・最適化')).toEqual([
      { type: 'heading', start: 0, end: 18, track: '総合行政情報システムの更新・最適化' },
    ]);
  });

  it('reads a ○ line with a date as text', () => {
    expect(headings('○2021年度：検討')).toEqual([{ type: 'text', start: 0, end: 10 }]);
  });

  it('reads 【…】 at the start of a line or after a blank as a heading', () => {
    expect(headings('【内部情報系】 2021年度：検討 【住民情報系】 2022年度：検討')).toEqual([
      { type: 'heading', start: 0, end: 7, track: '内部情報系' },
      { type: 'text', start: 7, end: 18 },
      { type: 'heading', start: 18, end: 25, track: '住民情報系' },
      { type: 'text', start: 25, end: 35 },
    ]);
  });

  it('leaves 【…】 inside words, with dates, empty or unclosed as text', () => {
    for (const line of ['計画【改定】の検討', '【2021年度】検討', '【】', '【内部情報系', '【【A】']) {
      expect(headings(line).filter((p) => p.type === 'heading')).toEqual([]);
    }
  });

  it('returns nothing for a blank line', () => {
    expect(headings('   ')).toEqual([]);
  });
});
