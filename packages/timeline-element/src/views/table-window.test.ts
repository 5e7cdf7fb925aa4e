import { expect } from '@open-wc/testing';
import { tableWindow } from './table-window.js';

const even = (count: number, height: number): number[] => Array.from({ length: count }, () => height);

describe('tableWindow', () => {
  it('renders the rows in the viewport, and the room of the others around them', () => {
    expect(tableWindow(even(5, 40), 50, 60, 0)).to.deep.equal({ start: 1, end: 3, before: 40, after: 80 });
    expect(tableWindow(even(100, 40), 0, 200, 0)).to.deep.equal({ start: 0, end: 5, before: 0, after: 3800 });
  });

  it('adds the overscan on both sides', () => {
    expect(tableWindow(even(100, 40), 2000, 200, 100)).to.deep.equal({
      start: 47,
      end: 58,
      before: 1880,
      after: 1680,
    });
  });

  it('follows rows of different heights', () => {
    const heights = [100, 20, 20, 300, 20, 20];
    // 110–150 in view: the second and third rows (100–140), and the fourth (140–440).
    expect(tableWindow(heights, 110, 40, 0)).to.deep.equal({ start: 1, end: 4, before: 100, after: 40 });
  });

  it('reads a scroll position past the end as the end', () => {
    expect(tableWindow(even(10, 40), 10_000, 100, 0)).to.deep.equal({
      start: 7,
      end: 10,
      before: 280,
      after: 0,
    });
  });

  it('renders one row at least, and none of an empty table', () => {
    expect(tableWindow(even(10, 40), 0, 0, 0)).to.deep.equal({ start: 0, end: 1, before: 0, after: 360 });
    expect(tableWindow([], 0, 500, 100)).to.deep.equal({ start: 0, end: 0, before: 0, after: 0 });
  });

  it('keeps every row of the table between its two spacers', () => {
    const heights = Array.from({ length: 500 }, (_, i) => 20 + ((i * 37) % 90));
    const total = heights.reduce((a, b) => a + b, 0);
    for (const top of [0, 1234, 9999, 20_000, total]) {
      const w = tableWindow(heights, top, 600, 300);
      const shown = heights.slice(w.start, w.end).reduce((a, b) => a + b, 0);
      expect(w.before + shown + w.after).to.equal(total);
      expect(w.end).to.be.greaterThan(w.start);
    }
  });
});
