import { describe, expect, it } from 'vitest';
import { append } from './append.js';

describe('append', () => {
  it('makes short lists anew, leaving the list it was given as it was', () => {
    const empty: number[] = [];
    const one = append(empty, 1);
    expect(one).toEqual([1]);
    expect(empty).toEqual([]);
    const two = append(one, 2);
    expect(two).toEqual([1, 2]);
    expect(one).toEqual([1]);
  });

  it('adds to a list of four or more in place', () => {
    const list = [1, 2, 3, 4];
    expect(append(list, 5)).toBe(list);
    expect(list).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps every item in order, whatever the length', () => {
    let list: number[] = [];
    for (let k = 0; k < 10; k++) list = append(list, k);
    expect(list).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
