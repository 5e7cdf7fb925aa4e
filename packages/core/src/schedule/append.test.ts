import { describe, expect, it } from 'vitest';
import { append } from './append.js';

describe('append', () => {
  it('starts a new list from an empty one, leaving the empty one as it was', () => {
    const empty: number[] = [];
    const list = append(empty, 1);
    expect(list).toEqual([1]);
    expect(empty).toEqual([]);
  });

  it('adds to a list that has items, in place', () => {
    const list = [1];
    expect(append(list, 2)).toBe(list);
    expect(list).toEqual([1, 2]);
  });
});
