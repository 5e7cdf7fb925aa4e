import { expect } from '@open-wc/testing';
import { fySpan, item } from '../plan-timeline/fixtures.js';
import { extentOf } from './extent-of.js';

const withSpans = (serial: number, ...spans: ReturnType<typeof fySpan>[]) =>
  item(serial, String(serial), { schedule: { spans, recurrences: [], notes: [], diagnostics: [] } });

describe('extentOf', () => {
  it('gives the fiscal years of the items and whether one runs on without an end', () => {
    const closed = [withSpans(1, fySpan(2019)), withSpans(2, fySpan(2021, 2023))];
    expect(extentOf(closed)).to.deep.equal({
      extent: { start: '2019-04-01', end: '2024-03-31', startFiscalYear: 2019, endFiscalYear: 2023 },
      openEnd: false,
    });
    expect(extentOf([...closed, withSpans(3, fySpan(2022, null))]).openEnd).to.equal(true);
  });

  it('has no extent for items without dates, and an open start is not an open end', () => {
    expect(extentOf([withSpans(1)])).to.deep.equal({ extent: null, openEnd: false });
    expect(extentOf([withSpans(1, fySpan(null, 2020))]).openEnd).to.equal(false);
  });

  it('works a list out once', () => {
    const items = [withSpans(1, fySpan(2019))];
    expect(extentOf(items)).to.equal(extentOf(items));
  });
});
