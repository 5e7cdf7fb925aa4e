import { expect } from '@open-wc/testing';
import { axisTicks } from './axis-ticks.js';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('axisTicks', () => {
  it('puts a labelled tick at every 1 April of a nine-year view', () => {
    const ticks = axisTicks([d('2018-02-15'), d('2026-05-15')], 1000, 'both', 'ja');
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
    expect(fy2021.minor.map((t) => t.label)).to.deep.equal([
      '4月',
      '5月',
      '6月',
      '7月',
      '8月',
      '9月',
      '10月',
      '11月',
      '12月',
      '1月',
      '2月',
      '3月',
    ]);
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

  it('labels the year the view starts in at the left edge when its 1 April is out of view', () => {
    const ticks = axisTicks([d('2018-10-01'), d('2020-03-01')], 1000, 'both', 'ja');
    expect(ticks.years.map((t) => [t.date.toISOString().slice(0, 10), t.label.join('/')])).to.deep.equal([
      ['2018-10-01', '2018/H30'],
      ['2019-04-01', '2019/R1'],
    ]);
  });

  it('uses the era notation asked for', () => {
    const ticks = axisTicks([d('2021-03-01'), d('2023-05-01')], 1000, 'japanese', 'ja');
    expect(ticks.years.map((t) => t.label.join(''))).to.deep.equal(['令和3年度', '令和4年度', '令和5年度']);
  });
});
