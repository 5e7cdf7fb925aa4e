import { expect } from '@open-wc/testing';
import { contentHeight } from './timeline-height.js';

describe('timeline-height', () => {
  it('never goes below 320 px, so a selected item has room for its details', () => {
    expect(contentHeight([])).to.equal(320);
    expect(contentHeight([{ kind: 'item', lanes: 1 }])).to.equal(320);
  });

  it('adds a row height per row, more for rows with several lanes and for group rows', () => {
    const items = Array.from({ length: 40 }, () => ({ kind: 'item' as const, lanes: 1 }));
    expect(contentHeight(items)).to.equal(48 + 40 * 28 + 120);
    expect(contentHeight([...items, { kind: 'item', lanes: 3 }])).to.equal(48 + 41 * 28 + 2 * 22 + 120);
    expect(contentHeight([...items, { kind: 'group', lanes: 1 }])).to.equal(48 + 40 * 28 + 30 + 120);
  });
});
