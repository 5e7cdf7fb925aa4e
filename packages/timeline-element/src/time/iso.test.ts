import { expect } from '@open-wc/testing';
import { dateToIso, fiscalYearOfDate, fiscalYearStart, isoToDate, parseViewBound } from './iso.js';

describe('iso dates', () => {
  it('reads ISO dates as UTC midnight and writes them back', () => {
    expect(isoToDate('2021-04-01')!.toISOString()).to.equal('2021-04-01T00:00:00.000Z');
    expect(dateToIso(isoToDate('2024-02-29')!)).to.equal('2024-02-29');
    expect(dateToIso(new Date(Date.UTC(2022, 2, 31, 23, 59)))).to.equal('2022-03-31');
  });

  it('refuses dates that do not exist', () => {
    expect(isoToDate('2023-02-29')).to.equal(null);
    expect(isoToDate('2021-13-01')).to.equal(null);
    expect(isoToDate('<script>')).to.equal(null);
  });

  it('knows fiscal years: 03-31 and 04-01', () => {
    expect(fiscalYearOfDate(isoToDate('2022-03-31')!)).to.equal(2021);
    expect(fiscalYearOfDate(isoToDate('2022-04-01')!)).to.equal(2022);
    expect(dateToIso(fiscalYearStart(2019))).to.equal('2019-04-01');
  });

  it('reads view bounds as fiscal years or ISO dates', () => {
    expect(dateToIso(parseViewBound('2021', 'start')!)).to.equal('2021-04-01');
    expect(dateToIso(parseViewBound('2021', 'end')!)).to.equal('2022-04-01');
    expect(dateToIso(parseViewBound('２０２１年度', 'start')!)).to.equal('2021-04-01');
    expect(dateToIso(parseViewBound('FY2021', 'start')!)).to.equal('2021-04-01');
    expect(dateToIso(parseViewBound('2021-10-05', 'end')!)).to.equal('2021-10-06');
    expect(parseViewBound('soon', 'start')).to.equal(null);
    expect(parseViewBound(null, 'start')).to.equal(null);
  });
});
