import { describe, expect, it } from 'vitest';
import { formatWareki } from './formatWareki.js';

describe('formatWareki', () => {
  it('writes the long form with 元年 for year 1', () => {
    expect(formatWareki('2019-05-01')).toBe('令和元年5月1日');
    expect(formatWareki('2019-04-30')).toBe('平成31年4月30日');
    expect(formatWareki('2021-09-28', 'long')).toBe('令和3年9月28日');
  });

  it('writes the short form with the era letter', () => {
    expect(formatWareki('2019-05-01', 'short')).toBe('R1.5.1');
    expect(formatWareki('1956-04-26', 'short')).toBe('S31.4.26');
  });

  it('reads a Date in UTC unless told otherwise', () => {
    const instant = new Date('2019-04-30T15:00:00Z');
    expect(formatWareki(instant)).toBe('平成31年4月30日');
    expect(formatWareki(instant, 'long', { timeZone: 'Asia/Tokyo' })).toBe('令和元年5月1日');
  });

  it('throws a RangeError for bad dates and styles', () => {
    expect(() => formatWareki('2019-02-30')).toThrow(RangeError);
    expect(() => formatWareki('1800-01-01')).toThrow(RangeError);
    expect(() => formatWareki('2019-05-01', 'medium' as 'long')).toThrow(/medium/);
  });
});
