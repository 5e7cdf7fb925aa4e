import { expect } from '@open-wc/testing';
import { every, fySpan, item } from '../plan-timeline/fixtures.js';
import { utcScale } from '../scale/utc-scale.js';
import { fiscalYearOfDate, fiscalYearStart } from '../time/iso.js';
import { bandExtents, bandsBeginAt, recurrenceAnchor } from './band-extents.js';

/** FY2020 to FY2029 over 1,200 px: about 120 px a year. */
const scale = utcScale([fiscalYearStart(2020), fiscalYearStart(2030)], [0, 1200]);
const at = (iso: string): number => scale(new Date(`${iso}T00:00:00Z`));
const yearsOf = (ranges: [number, number][]): number[] =>
  ranges.map(([x1]) => fiscalYearOfDate(scale.invert(x1 + 0.5)));

describe('bandExtents', () => {
  it('covers every fiscal year of a yearly band, each inset by a pixel', () => {
    const { dense, ranges } = bandExtents({ everyYears: 1 }, scale, 0, 1200, 2020);
    expect(dense).to.equal(false);
    expect(yearsOf(ranges)).to.deep.equal([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029]);
    expect(ranges[1]).to.deep.equal([at('2021-04-01') + 1, at('2022-04-01') - 1]);
  });

  it('counts a period of years from the anchor on, and draws none before it', () => {
    expect(yearsOf(bandExtents({ everyYears: 3 }, scale, 0, 1200, 2021).ranges)).to.deep.equal([
      2021, 2024, 2027,
    ]);
    expect(yearsOf(bandExtents({ everyYears: 3 }, scale, 0, 1200, 2026).ranges)).to.deep.equal([2026, 2029]);
    expect(yearsOf(bandExtents({ everyYears: 1 }, scale, 0, 1200, 2027).ranges)).to.deep.equal([
      2027, 2028, 2029,
    ]);
    // An anchor before the view: counted from it, drawn where in view.
    expect(yearsOf(bandExtents({ everyYears: 4 }, scale, 0, 1200, 2012).ranges)).to.deep.equal([
      2020, 2024, 2028,
    ]);
    expect(bandExtents({ everyYears: 1 }, scale, 0, 1200, 2031).ranges).to.deep.equal([]);
  });

  it('covers only the months a recurrence names, at their whole width', () => {
    const { ranges } = bandExtents({ everyYears: 1, months: { from: 3, to: 3 } }, scale, 0, 1200, 2020);
    expect(ranges).to.have.length(10);
    expect(ranges[0]).to.deep.equal([at('2021-03-01'), at('2021-04-01')]);
    expect(ranges[9]).to.deep.equal([at('2030-03-01'), 1200]);
  });

  it('finds months from January on in the calendar year after their fiscal year began', () => {
    // January to June: the first half of a calendar year, begun in FY2019 and shown from FY2020's start.
    const { ranges } = bandExtents({ everyYears: 1, months: { from: 1, to: 6 } }, scale, 0, 1200, 2019);
    expect(ranges[0]).to.deep.equal([0, at('2020-07-01')]);
    expect(ranges[1]).to.deep.equal([at('2021-01-01'), at('2021-07-01')]);
    // Counted from FY2020, its first months are those of 2021.
    const later = bandExtents({ everyYears: 1, months: { from: 1, to: 6 } }, scale, 0, 1200, 2020).ranges;
    expect(later[0]).to.deep.equal([at('2021-01-01'), at('2021-07-01')]);
  });

  it('keeps to the range drawn', () => {
    const { ranges } = bandExtents({ everyYears: 1 }, scale, 300, 500, 2020);
    expect(ranges[0]![0]).to.equal(300);
    expect(ranges[ranges.length - 1]![1]).to.equal(500);
    expect(bandExtents({ everyYears: 1 }, scale, 500, 500, 2020).ranges).to.deep.equal([]);
  });

  it('is one range over all of it when the years are too narrow to tell apart', () => {
    const century = utcScale([fiscalYearStart(1950), fiscalYearStart(2050)], [0, 1200]);
    expect(bandExtents({ everyYears: 1 }, century, 0, 1200, 1940)).to.deep.equal({
      dense: true,
      ranges: [[0, 1200]],
    });
    // From the anchor's year on.
    const fromAnchor = bandExtents({ everyYears: 1 }, century, 0, 1200, 2020);
    expect(fromAnchor.ranges).to.deep.equal([[century(fiscalYearStart(2020)), 1200]]);
    // Every five years is 60 px apart: drawn year by year.
    const fiveYearly = bandExtents({ everyYears: 5 }, century, 0, 1200, 1950);
    expect(fiveYearly.dense).to.equal(false);
    expect(fiveYearly.ranges).to.have.length(20);
  });
});

describe('recurrenceAnchor', () => {
  it("is the item's first dated fiscal year, or the plan's when it has none", () => {
    const dated = item(1, '1', {
      schedule: {
        spans: [fySpan(2023, 2024), fySpan(2021, 2021)],
        recurrences: [every(3)],
        notes: [],
        diagnostics: [],
      },
    });
    expect(recurrenceAnchor(dated, 2019)).to.equal(2021);
    expect(recurrenceAnchor(item(2, '2'), 2019)).to.equal(2019);
  });
});

describe('bandsBeginAt', () => {
  it("is the start of the anchor's fiscal year, or the view's left edge when that is before it", () => {
    expect(bandsBeginAt(scale, 0, 2023)).to.equal(at('2023-04-01'));
    expect(bandsBeginAt(scale, 0, 2012)).to.equal(0);
    expect(bandsBeginAt(scale, 500, 2021)).to.equal(500);
  });
});
