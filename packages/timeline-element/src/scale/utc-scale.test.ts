import { expect } from '@open-wc/testing';
import { zoomIdentity } from 'd3-zoom';
import { utcScale } from './utc-scale.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('utcScale', () => {
  it('maps instants to x linearly, and x back to instants', () => {
    const x = utcScale([day('2021-04-01'), day('2022-04-01')], [100, 465]);
    expect(x(day('2021-04-01'))).to.equal(100);
    expect(x(day('2022-04-01'))).to.equal(465);
    expect(x(day('2021-10-01'))).to.equal(283);
    expect(x(day('2021-10-01').getTime())).to.equal(283);
    expect(x.invert(283).toISOString()).to.equal('2021-10-01T00:00:00.000Z');
  });

  it('is not clamped: instants outside the domain map outside the range', () => {
    const x = utcScale([day('2021-04-01'), day('2022-04-01')], [0, 365]);
    expect(x(day('2020-04-01'))).to.equal(-365);
    expect(x.invert(730).toISOString()).to.equal('2023-04-01T00:00:00.000Z');
  });

  it('reads back its domain as dates and its range', () => {
    const x = utcScale([day('2021-04-01'), day('2022-04-01')], [0, 10]);
    expect(x.domain().map((d) => d.toISOString().slice(0, 10))).to.deep.equal(['2021-04-01', '2022-04-01']);
    expect(x.range()).to.deep.equal([0, 10]);
  });

  it('copies independently', () => {
    const x = utcScale([day('2021-04-01'), day('2022-04-01')], [0, 365]);
    const y = x.copy().range([0, 730]);
    expect(x(day('2021-10-01'))).to.be.closeTo(183, 1e-9);
    expect(y(day('2021-10-01'))).to.be.closeTo(366, 1e-9);
  });

  it('maps an empty domain to the middle of the range instead of dividing by zero', () => {
    const x = utcScale([day('2021-04-01'), day('2021-04-01')], [0, 100]);
    expect(x(day('2030-01-01'))).to.equal(50);
  });

  it('is rescaled by a d3-zoom transform as d3 scales are', () => {
    const x = utcScale([day('2021-04-01'), day('2022-04-01')], [0, 365]);
    const zoomed = zoomIdentity.translate(-366, 0).scale(2).rescaleX(x);
    expect(zoomed.domain().map((d) => d.toISOString().slice(0, 10))).to.deep.equal([
      '2021-10-01',
      '2022-04-01',
    ]);
    expect(zoomed.range()).to.deep.equal([0, 365]);
    expect(x.domain()[0]!.toISOString().slice(0, 10)).to.equal('2021-04-01');
  });
});
