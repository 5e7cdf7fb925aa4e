import { describe, expect, it } from 'vitest';
import { createRandom } from './createRandom.js';

describe('createRandom', () => {
  it('gives the same sequence for the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const drawsA = Array.from({ length: 20 }, () => a.next());
    const drawsB = Array.from({ length: 20 }, () => b.next());
    expect(drawsA).toEqual(drawsB);
  });

  it('gives different sequences for different seeds', () => {
    const a = createRandom(1);
    const b = createRandom(2);
    expect(Array.from({ length: 5 }, () => a.next())).not.toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('draws floats in [0, 1) and integers within both bounds', () => {
    const r = createRandom(9);
    const ints = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const x = r.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      ints.add(r.int(3, 6));
    }
    expect([...ints].sort()).toEqual([3, 4, 5, 6]);
  });

  it('picks only from the list and refuses an empty one', () => {
    const r = createRandom(3);
    const list = ['a', 'b', 'c'] as const;
    for (let i = 0; i < 50; i++) expect(list).toContain(r.pick(list));
    expect(() => r.pick([])).toThrow(RangeError);
  });

  it('chance(0) is never true and chance(1) always', () => {
    const r = createRandom(5);
    for (let i = 0; i < 100; i++) {
      expect(r.chance(0)).toBe(false);
      expect(r.chance(1)).toBe(true);
    }
  });
});
