import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toWareki } from './toWareki.js';
import { ERAS } from './eras.js';
import { addDays } from '../fiscal/addDays.js';

describe('toWareki', () => {
  it('names the era and year of a date', () => {
    expect(toWareki('2019-05-01')).toEqual({ era: 'reiwa', name: '令和', abbr: 'R', year: 1 });
    expect(toWareki('2021-04-01')).toEqual({ era: 'reiwa', name: '令和', abbr: 'R', year: 3 });
    expect(toWareki('1956-04-26')).toEqual({ era: 'showa', name: '昭和', abbr: 'S', year: 31 });
  });

  it('changes era exactly on the first day of each era', () => {
    const cases: [string, string, number][] = [
      ['1912-07-29', '明治', 45],
      ['1912-07-30', '大正', 1],
      ['1926-12-24', '大正', 15],
      ['1926-12-25', '昭和', 1],
      ['1989-01-07', '昭和', 64],
      ['1989-01-08', '平成', 1],
      ['2019-04-30', '平成', 31],
      ['2019-05-01', '令和', 1],
    ];
    for (const [date, name, year] of cases) {
      const wareki = toWareki(date);
      expect([wareki.name, wareki.year], date).toEqual([name, year]);
    }
  });

  it('agrees with Intl (ja-JP-u-ca-japanese) on every day from 1873-01-01 to 2100-12-31', () => {
    const intl = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
      timeZone: 'UTC',
      era: 'long',
      year: 'numeric',
    });
    const mismatches: string[] = [];
    let days = 0;
    for (let ms = Date.UTC(1873, 0, 1); ms <= Date.UTC(2100, 11, 31); ms += 86_400_000) {
      const iso = new Date(ms).toISOString().slice(0, 10);
      const parts = intl.formatToParts(ms);
      const era = parts.find((p) => p.type === 'era')?.value;
      const yearText = parts.find((p) => p.type === 'year')?.value;
      const year = yearText === '元' ? 1 : Number(yearText);
      const wareki = toWareki(iso);
      if (wareki.name !== era || wareki.year !== year)
        mismatches.push(`${iso}: ${wareki.name}${wareki.year} vs ${era}${year}`);
      days++;
    }
    expect(days).toBe(83_275);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('reads a Date in UTC by default, whatever the machine time zone', () => {
    expect(toWareki(new Date('2019-05-01')).name).toBe('令和');
    expect(toWareki(new Date('2019-04-30T23:59:59.999Z')).name).toBe('平成');
    expect(toWareki(new Date('2019-05-01T00:00:00Z')).name).toBe('令和');
  });

  it('reads a Date in the time zone asked for', () => {
    const instant = new Date('2019-04-30T15:00:00Z'); // 2019-05-01 00:00 in Tokyo
    expect(toWareki(instant, { timeZone: 'Asia/Tokyo' }).name).toBe('令和');
    expect(toWareki(instant, { timeZone: 'America/Los_Angeles' }).name).toBe('平成');
  });

  it('throws a RangeError for dates before 明治', () => {
    expect(() => toWareki('1868-01-24')).toThrow(RangeError);
    expect(() => toWareki('1868-01-24')).toThrow(/1868-01-24/);
    expect(toWareki('1868-01-25')).toEqual({ era: 'meiji', name: '明治', abbr: 'M', year: 1 });
  });

  it('throws a RangeError naming bad input', () => {
    for (const bad of [
      '',
      '2021-02-29',
      '2021-13-01',
      '2021-4-1',
      '2021/04/01',
      '２０２１-04-01',
      '2021-04-01T00:00',
      'R3',
    ]) {
      expect(() => toWareki(bad), bad).toThrow(RangeError);
    }
    expect(() => toWareki('2021-02-29')).toThrow(/2021-02-29/);
    expect(() => toWareki(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => toWareki(42 as unknown as string)).toThrow(RangeError);
    expect(() => toWareki(new Date(), { timeZone: 'Nowhere/Atlantis' })).toThrow(RangeError);
  });

  it('does not mutate a Date it is given', () => {
    const date = new Date('2019-05-01T12:00:00Z');
    const before = date.getTime();
    toWareki(date, { timeZone: 'Asia/Tokyo' });
    expect(date.getTime()).toBe(before);
  });

  it('never goes back in time: the era year never decreases within an era, eras only advance', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80_000 }), fc.integer({ min: 1, max: 400 }), (offset, step) => {
        const a = addDays(ERAS[0].start, offset);
        const b = addDays(a, step);
        const wa = toWareki(a);
        const wb = toWareki(b);
        const ia = ERAS.findIndex((e) => e.id === wa.era);
        const ib = ERAS.findIndex((e) => e.id === wb.era);
        expect(ib).toBeGreaterThanOrEqual(ia);
        if (ia === ib) expect(wb.year).toBeGreaterThanOrEqual(wa.year);
      }),
    );
  });

  it('throws nothing but RangeError for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        try {
          toWareki(text);
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError);
        }
      }),
    );
  });
});
