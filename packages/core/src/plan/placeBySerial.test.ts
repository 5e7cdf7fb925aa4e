import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeBySerial } from './placeBySerial.js';

/** What `placeBySerial` promises, done the slow way: each item put in its turn before the first greater. */
function placeOneByOne<T extends { serial: number }>(items: readonly T[], placed: readonly T[]): T[] {
  const out = items.slice();
  for (const item of placed) {
    const at = out.findIndex((other) => other.serial > item.serial);
    if (at < 0) out.push(item);
    else out.splice(at, 0, item);
  }
  return out;
}

describe('placeBySerial', () => {
  it('puts an item before the first with a greater serial, or last', () => {
    const items = [{ serial: 1 }, { serial: 4 }, { serial: 3 }];
    const placed = placeBySerial(items, [{ serial: 2 }, { serial: 9 }]);
    expect(placed.map((i) => i.serial)).toEqual([1, 2, 4, 3, 9]);
    expect(items.map((i) => i.serial)).toEqual([1, 4, 3]);
  });

  it('places items one after another, each among those placed before it', () => {
    const items: { serial: number; name: string }[] = [{ serial: 5, name: 'row' }];
    const placed = placeBySerial(items, [
      { serial: 3, name: 'first' },
      { serial: 3, name: 'second' },
      { serial: 2, name: 'third' },
    ]);
    expect(placed.map((i) => i.name)).toEqual(['third', 'first', 'second', 'row']);
  });

  it('places an item before one placed earlier whose serial is greater, not only before the rows', () => {
    const items = [
      { serial: 1, name: 'row 1' },
      { serial: 9, name: 'row 9' },
    ];
    const placed = placeBySerial(items, [
      { serial: 7, name: 'index 7' },
      { serial: 4, name: 'index 4' },
      { serial: 7, name: 'index 7 again' },
      { serial: 12, name: 'index 12' },
    ]);
    expect(placed.map((i) => i.name)).toEqual([
      'row 1',
      'index 4',
      'index 7',
      'index 7 again',
      'row 9',
      'index 12',
    ]);
  });

  it('gives the items themselves when there is nothing to place', () => {
    const items = [{ serial: 2 }, { serial: 1 }];
    expect(placeBySerial(items, [])).toBe(items);
  });

  it('places every item where putting each in its turn would, whatever the order of the serials', () => {
    const serials = fc.array(fc.integer({ min: -3, max: 12 }), { maxLength: 30 });
    fc.assert(
      fc.property(serials, serials, (rows, index) => {
        const items = rows.map((serial, i) => ({ serial, name: `row ${i}` }));
        const placed = index.map((serial, i) => ({ serial, name: `index ${i}` }));
        expect(placeBySerial(items, placed)).toEqual(placeOneByOne(items, placed));
      }),
      { numRuns: 2000 },
    );
  });
});
