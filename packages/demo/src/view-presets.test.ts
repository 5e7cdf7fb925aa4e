import { expect } from '@open-wc/testing';
import { fiscalYearOfDate, presetWindow, scaleWindow, todayInJapan } from './view-presets.js';

describe('view-presets', () => {
  it('puts 03-31 in the fiscal year before and 04-01 in the new one', () => {
    expect(fiscalYearOfDate('2022-03-31')).to.equal(2021);
    expect(fiscalYearOfDate('2022-04-01')).to.equal(2022);
    expect(fiscalYearOfDate('2022-01-15')).to.equal(2021);
  });

  it('shows this fiscal year from April to March', () => {
    expect(presetWindow('this-year', '2021-06-15')).to.deep.equal({ start: '2021-04-01', end: '2022-03-31' });
    expect(presetWindow('this-year', '2022-02-01')).to.deep.equal({ start: '2021-04-01', end: '2022-03-31' });
  });

  it('adds one fiscal year either side', () => {
    expect(presetWindow('around-year', '2021-06-15')).to.deep.equal({
      start: '2020-04-01',
      end: '2023-03-31',
    });
  });

  it('leaves the whole plan to the element', () => {
    expect(presetWindow('all', '2021-06-15')).to.equal(null);
  });

  it("reads today's date in Japan whatever the machine's zone", () => {
    expect(todayInJapan(new Date('2022-03-31T14:59:59Z'))).to.equal('2022-03-31');
    expect(todayInJapan(new Date('2022-03-31T15:00:00Z'))).to.equal('2022-04-01');
  });
});

describe('scaleWindow', () => {
  it('halves and doubles a window about its middle', () => {
    const twoYears = { start: '2021-04-01', end: '2023-03-31' };
    expect(scaleWindow(twoYears, 0.5)).to.deep.equal({ start: '2021-10-01', end: '2022-09-30' });
    expect(scaleWindow(twoYears, 2)).to.deep.equal({ start: '2020-04-01', end: '2024-03-30' });
  });

  it('keeps a window the same at factor 1 and does not mutate it', () => {
    const fy = { start: '2021-04-01', end: '2022-03-31' };
    expect(scaleWindow(fy, 1)).to.deep.equal(fy);
    expect(fy).to.deep.equal({ start: '2021-04-01', end: '2022-03-31' });
  });
});
