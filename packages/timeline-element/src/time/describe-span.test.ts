import { expect } from '@open-wc/testing';
import { fySpan, monthSpan } from '../plan-timeline/fixtures.js';
import { dateText, describeSpan, fiscalYearText, isoRange } from './describe-span.js';

describe('describeSpan', () => {
  it('writes fiscal years in the seed notation, ranges with ～ and open ends with 以降', () => {
    expect(describeSpan(fySpan(2021), 'both', 'ja')).to.equal('2021(R3)年度');
    expect(describeSpan(fySpan(2022, 2023), 'both', 'ja')).to.equal('2022(R4)年度～2023(R5)年度');
    expect(describeSpan(fySpan(2023, null), 'both', 'ja')).to.equal('2023(R5)年度以降');
    expect(describeSpan(fySpan(null, 2020), 'both', 'ja')).to.equal('～2020(R2)年度');
  });

  it('writes Japanese-era and Western notations and English', () => {
    expect(describeSpan(fySpan(2019), 'japanese', 'ja')).to.equal('令和元年度');
    expect(describeSpan(fySpan(2021), 'western', 'ja')).to.equal('2021年度');
    expect(describeSpan(fySpan(2023, null), 'both', 'en')).to.equal('FY2023 (R5) onwards');
    expect(describeSpan(fySpan(2021), 'japanese', 'en')).to.equal('FY Reiwa 3');
  });

  it('writes months and marks approximate spans', () => {
    expect(describeSpan(monthSpan(2021, 10), 'both', 'ja')).to.equal('2021(R3)年10月');
    expect(describeSpan(monthSpan(2019, 4), 'japanese', 'ja')).to.equal('平成31年4月');
    expect(describeSpan(fySpan(2021, 2021, { approximate: true }), 'both', 'ja')).to.equal('2021(R3)年度頃');
    expect(describeSpan(monthSpan(2021, 10), 'both', 'en')).to.equal('Oct 2021 (R3)');
  });

  it('writes dates and ISO ranges', () => {
    expect(dateText('2019-05-01', true, 'japanese', 'ja')).to.equal('令和元年5月1日');
    expect(fiscalYearText(2018, 'both', 'ja')).to.equal('2018(H30)年度');
    expect(isoRange(fySpan(2023, null))).to.equal('2023-04-01 – …');
  });
});
