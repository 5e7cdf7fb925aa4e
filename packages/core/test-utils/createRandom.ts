/** A seeded source of pseudo-random numbers, with the few draws the generator needs. */
export interface Random {
  /** A float in `[0, 1)`. */
  next(): number;
  /** An integer in `[min, max]` (both inclusive). */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** `true` with probability `p`. */
  chance(p: number): boolean;
}

/**
 * Creates a deterministic pseudo-random source (mulberry32) from a 32-bit seed: the same seed always
 * yields the same sequence, on every platform.
 *
 * @param seed - Any integer; only its low 32 bits are used.
 * @returns A {@link Random} whose draws depend only on `seed`.
 * @example
 * const a = createRandom(7);
 * const b = createRandom(7);
 * a.int(1, 6) === b.int(1, 6);
 * //=> true
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => {
      if (list.length === 0) throw new RangeError('pick: the list is empty');
      return list[Math.floor(next() * list.length)]!;
    },
    chance: (p) => next() < p,
  };
}
