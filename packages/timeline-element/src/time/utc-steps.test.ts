import { expect } from '@open-wc/testing';
import { utcDays, utcMonths } from './utc-steps.js';

const iso = (dates: Date[]) => dates.map((d) => d.toISOString().slice(0, 10));
const at = (text: string) => new Date(text);

describe('utcDays', () => {
  it('gives each UTC midnight from start (included) to stop (excluded)', () => {
    expect(iso(utcDays(at('2021-03-30T00:00Z'), at('2021-04-02T00:00Z')))).to.deep.equal([
      '2021-03-30',
      '2021-03-31',
      '2021-04-01',
    ]);
    expect(iso(utcDays(at('2021-03-30T00:00:00.001Z'), at('2021-04-01T00:00:00.001Z')))).to.deep.equal([
      '2021-03-31',
      '2021-04-01',
    ]);
  });

  it('every 7 days gives the 1st, 8th, 15th, 22nd and 29th of each month', () => {
    expect(iso(utcDays(at('2021-02-02T01:00Z'), at('2021-04-09T00:00Z'), 7))).to.deep.equal([
      '2021-02-08',
      '2021-02-15',
      '2021-02-22',
      '2021-03-01',
      '2021-03-08',
      '2021-03-15',
      '2021-03-22',
      '2021-03-29',
      '2021-04-01',
      '2021-04-08',
    ]);
  });

  it('gives nothing for an empty or reversed range or an invalid date', () => {
    expect(utcDays(at('2021-04-01Z'), at('2021-04-01Z'))).to.deep.equal([]);
    expect(utcDays(at('2021-04-02Z'), at('2021-04-01Z'))).to.deep.equal([]);
    expect(utcDays(new Date(NaN), at('2021-04-01Z'))).to.deep.equal([]);
  });
});

describe('utcMonths', () => {
  it('gives the first day of each UTC month from start (included) to stop (excluded), across years', () => {
    expect(iso(utcMonths(at('2021-11-01Z'), at('2022-02-01Z')))).to.deep.equal([
      '2021-11-01',
      '2021-12-01',
      '2022-01-01',
    ]);
    expect(iso(utcMonths(at('2021-11-01T00:00:00.001Z'), at('2022-02-01T00:00:00.001Z')))).to.deep.equal([
      '2021-12-01',
      '2022-01-01',
      '2022-02-01',
    ]);
  });

  it('every 3 months gives January, April, July and October', () => {
    expect(iso(utcMonths(at('2021-04-01Z'), at('2022-04-02Z'), 3))).to.deep.equal([
      '2021-04-01',
      '2021-07-01',
      '2021-10-01',
      '2022-01-01',
      '2022-04-01',
    ]);
    expect(iso(utcMonths(at('2021-10-15Z'), at('2022-02-01Z'), 3))).to.deep.equal(['2022-01-01']);
  });

  it('reads years below 100 as written, and gives nothing for an empty range or an invalid date', () => {
    const start = new Date(0);
    start.setUTCFullYear(50, 0, 1);
    const stop = new Date(0);
    stop.setUTCFullYear(50, 2, 1);
    expect(utcMonths(start, stop).map((d) => [d.getUTCFullYear(), d.getUTCMonth()])).to.deep.equal([
      [50, 0],
      [50, 1],
    ]);
    expect(utcMonths(at('2021-04-01Z'), at('2021-04-01Z'))).to.deep.equal([]);
    expect(utcMonths(new Date(NaN), at('2021-04-01Z'))).to.deep.equal([]);
  });
});
