import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromWareki } from './fromWareki.js';
import { toWareki } from './toWareki.js';
import { ERAS } from './eras.js';
import { toIsoDate } from '../fiscal/toIsoDate.js';
import { lastDayOfMonth } from '../fiscal/lastDayOfMonth.js';

describe('fromWareki', () => {
  it('gives the Western year of an era year', () => {
    expect(fromWareki('令和', 3)).toBe(2021);
    expect(fromWareki('令和', 1)).toBe(2019);
    expect(fromWareki('平成', 31)).toBe(2019);
    expect(fromWareki('平成', 1)).toBe(1989);
    expect(fromWareki('昭和', 64)).toBe(1989);
    expect(fromWareki('昭和', 31)).toBe(1956);
    expect(fromWareki('大正', 15)).toBe(1926);
    expect(fromWareki('明治', 45)).toBe(1912);
  });

  it('accepts every way of naming the era', () => {
    for (const era of ['令和', '令', 'R', 'r', 'Ｒ', 'reiwa']) expect(fromWareki(era, 5), era).toBe(2023);
    expect(fromWareki(ERAS[3], 28)).toBe(2016);
  });

  it('accepts years past the end of an era, as plans write them', () => {
    expect(fromWareki('平成', 32)).toBe(2020);
    expect(fromWareki('H', 35)).toBe(2023);
    expect(fromWareki('昭和', 100)).toBe(2025);
  });

  it('throws a RangeError naming an unknown era', () => {
    expect(() => fromWareki('慶応', 1)).toThrow(RangeError);
    expect(() => fromWareki('慶応', 1)).toThrow(/慶応/);
    expect(() => fromWareki('X', 1)).toThrow(/"X"/);
    expect(() => fromWareki('', 1)).toThrow(RangeError);
  });

  it('throws a RangeError for a year that is not a positive integer', () => {
    for (const year of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => fromWareki('令和', year), String(year)).toThrow(RangeError);
    }
    expect(() => fromWareki('令和', 0)).toThrow(/0/);
  });

  it('gives back the Western year of any date after toWareki', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1868, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const iso = toIsoDate(year, month, Math.min(day, lastDayOfMonth(year, month)));
          if (iso < ERAS[0].start) return;
          const wareki = toWareki(iso);
          expect(fromWareki(wareki.era, wareki.year)).toBe(year);
          expect(fromWareki(wareki.abbr, wareki.year)).toBe(year);
          expect(fromWareki(wareki.name, wareki.year)).toBe(year);
        },
      ),
    );
  });

  it('throws nothing but RangeError', () => {
    fc.assert(
      fc.property(fc.string(), fc.oneof(fc.integer(), fc.double()), (era, year) => {
        try {
          expect(Number.isInteger(fromWareki(era, year))).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError);
        }
      }),
    );
  });
});
