import { describe, expect, it } from 'vitest';
import { placeBySerial } from './placeBySerial.js';

describe('placeBySerial', () => {
  it('puts an item before the first with a greater serial, or last', () => {
    const items = [{ serial: 1 }, { serial: 4 }, { serial: 3 }];
    placeBySerial(items, { serial: 2 });
    placeBySerial(items, { serial: 9 });
    expect(items.map((i) => i.serial)).toEqual([1, 2, 4, 3, 9]);
  });

  it('places items one after another, each among those placed before it', () => {
    const items: { serial: number; name: string }[] = [{ serial: 5, name: 'row' }];
    placeBySerial(items, { serial: 3, name: 'first' });
    placeBySerial(items, { serial: 3, name: 'second' });
    placeBySerial(items, { serial: 2, name: 'third' });
    expect(items.map((i) => i.name)).toEqual(['third', 'first', 'second', 'row']);
  });
});
