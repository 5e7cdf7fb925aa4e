import { expect } from '@open-wc/testing';
import { fiscalYearLabel } from './fiscal-year-label.js';

describe('fiscalYearLabel', () => {
  it('reads 2021 / R3 with era both', () => {
    expect(fiscalYearLabel(2021, 'both', 'ja')).to.deep.equal(['2021', 'R3']);
    expect(fiscalYearLabel(2018, 'both', 'en')).to.deep.equal(['2018', 'H30']);
  });

  it('reads 令和3年度 with era japanese, 令和元年度 for FY2019', () => {
    expect(fiscalYearLabel(2021, 'japanese', 'ja')).to.deep.equal(['令和3年度']);
    expect(fiscalYearLabel(2019, 'japanese', 'ja')).to.deep.equal(['令和元年度']);
    expect(fiscalYearLabel(2018, 'japanese', 'ja')).to.deep.equal(['平成30年度']);
    expect(fiscalYearLabel(2021, 'japanese', 'en')).to.deep.equal(['Reiwa 3']);
  });

  it('reads 2021年度 / FY2021 with era western', () => {
    expect(fiscalYearLabel(2021, 'western', 'ja')).to.deep.equal(['2021年度']);
    expect(fiscalYearLabel(2021, 'western', 'en')).to.deep.equal(['FY2021']);
  });

  it('falls back to the Western year before 明治', () => {
    expect(fiscalYearLabel(1800, 'both', 'ja')).to.deep.equal(['1800']);
  });
});
