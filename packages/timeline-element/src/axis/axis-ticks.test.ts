import { expect } from '@open-wc/testing';
import { FISCAL_YEAR_MONTHS_JA } from '../plan-timeline/fixtures.js';
import { axisTicks } from './axis-ticks.js';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('axisTicks', () => {
  it('puts a labelled tick at every 1 April of a nine-year view', () => {
    const ticks = axisTicks([d('2018-02-15'), d('2026-08-01')], 1000, 'both', 'ja');
    expect(ticks.years.map((t) => t.label.join('/'))).to.deep.equal([
      '2018/H30',
      '2019/R1',
      '2020/R2',
      '2021/R3',
      '2022/R4',
      '2023/R5',
      '2024/R6',
      '2025/R7',
      '2026/R8',
    ]);
    expect(ticks.years[0]!.date.toISOString().slice(0, 10)).to.equal('2018-04-01');
    expect(ticks.unit).to.equal(null);
  });

  it('marks the start of 令和 on 2019-05-01', () => {
    const ticks = axisTicks([d('2018-02-15'), d('2026-05-15')], 1000, 'both', 'ja');
    expect(ticks.eraChanges.map((e) => [e.label, e.date.toISOString().slice(0, 10)])).to.deep.equal([
      ['令和', '2019-05-01'],
    ]);
    expect(axisTicks([d('2018-02-15'), d('2019-04-30')], 1000, 'both', 'en').eraChanges).to.deep.equal([]);
    expect(axisTicks([d('2019-01-01'), d('2019-12-31')], 1000, 'both', 'en').eraChanges[0]!.label).to.equal(
      'Reiwa',
    );
  });

  it('adds quarters, then months as the view narrows', () => {
    expect(axisTicks([d('2020-04-01'), d('2023-04-01')], 800, 'both', 'ja').unit).to.equal('quarter');
    expect(axisTicks([d('2020-04-01'), d('2023-04-01')], 1000, 'both', 'ja').unit).to.equal('month');
    expect(axisTicks([d('2015-04-01'), d('2023-04-01')], 1000, 'both', 'ja').unit).to.equal(null);
    const fy2021 = axisTicks([d('2021-04-01'), d('2022-04-01')], 1000, 'both', 'ja');
    expect(fy2021.unit).to.equal('month');
    expect(fy2021.minor.map((t) => t.label)).to.deep.equal(FISCAL_YEAR_MONTHS_JA);
    expect(axisTicks([d('2021-04-01'), d('2022-04-01')], 1000, 'both', 'en').minor[0]!.label).to.equal('Apr');
  });

  it('shows weeks and then days in a month-wide view', () => {
    expect(axisTicks([d('2021-04-01'), d('2021-06-01')], 1000, 'both', 'ja').unit).to.equal('week');
    const april = axisTicks([d('2021-04-01'), d('2021-05-01')], 1000, 'both', 'ja');
    expect(april.unit).to.equal('day');
    expect(april.minor[0]!.label).to.equal('4月1日');
    expect(april.minor[1]!.label).to.equal('2');
  });

  it('thins the year labels when years are narrow, keeping a tick every year', () => {
    const wide = axisTicks([d('1990-04-01'), d('2040-04-01')], 600, 'both', 'ja');
    expect(wide.years.length).to.equal(50);
    const labelled = wide.years.filter((t) => t.label.length > 0).map((t) => t.fiscalYear);
    expect(labelled.every((fy) => fy % 5 === 0)).to.equal(true);
    expect(labelled).to.include(2020);
  });

  it('leaves out a year label the right edge would cut off, keeping its tick', () => {
    // 2026-04-01 lies 15 px from the right edge: too little for "2026".
    const ticks = axisTicks([d('2018-02-15'), d('2026-05-15')], 1000, 'both', 'ja');
    expect(ticks.years.at(-1)!.fiscalYear).to.equal(2026);
    expect(ticks.years.at(-1)!.label).to.deep.equal([]);
    expect(ticks.years.at(-2)!.label).to.deep.equal(['2025', 'R7']);
  });

  it('leaves out year labels that would run into each other on a narrow chart', () => {
    const from = d('2018-02-15');
    const to = d('2027-02-15');
    const shownAt = (width: number, era: 'both' | 'japanese') => {
      const x = (t: { date: Date }) =>
        ((t.date.getTime() - from.getTime()) / (to.getTime() - from.getTime())) * width;
      return axisTicks([from, to], width, era, 'ja')
        .years.filter((t) => t.label.length > 0)
        .map(x);
    };
    // About 40 px a year: a label a year by the estimate, but "2018" needs 35 px and a gap.
    const both = shownAt(360, 'both');
    expect(both.length).to.be.within(4, 5);
    for (let i = 1; i < both.length; i++) expect(both[i]! - both[i - 1]!).to.be.at.least(41);
    // A phone: 令和N年度 every five years, and none cut off by the right edge.
    const japanese = shownAt(200, 'japanese');
    expect(japanese.length).to.equal(1);
    expect(japanese[0]! + 5 + 12 * 5).to.be.at.most(200);
  });

  it('labels the year the view starts in at the left edge when its 1 April is out of view', () => {
    const ticks = axisTicks([d('2018-10-01'), d('2020-03-01')], 1000, 'both', 'ja');
    expect(ticks.years.map((t) => [t.date.toISOString().slice(0, 10), t.label.join('/')])).to.deep.equal([
      ['2018-10-01', '2018/H30'],
      ['2019-04-01', '2019/R1'],
    ]);
  });

  it('uses the era notation asked for', () => {
    const ticks = axisTicks([d('2021-03-01'), d('2023-06-15')], 1000, 'japanese', 'ja');
    expect(ticks.years.map((t) => t.label.join(''))).to.deep.equal(['令和3年度', '令和4年度', '令和5年度']);
  });
});
