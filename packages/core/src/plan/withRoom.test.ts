import { describe, expect, it } from 'vitest';
import { withRoom } from './withRoom.js';

describe('withRoom', () => {
  it('keeps a table that has the room, and copies one that has not into one twice as long or more', () => {
    const table = Int32Array.from([1, 2, 3, 4]);
    expect(withRoom(table, 4)).toBe(table);
    const grown = withRoom(table, 5);
    expect(grown).not.toBe(table);
    expect([...grown]).toEqual([1, 2, 3, 4, 0, 0, 0, 0]);
    expect(withRoom(table, 11).length).toBe(11);
    expect(withRoom(new Int32Array(0), 3).length).toBe(3);
  });
});
