import { describe, expect, it } from 'vitest';
import { deepFreeze, item } from '../../test-utils/layoutFixtures.js';
import { nestByCode, type ItemNode } from './nestByCode.js';

const shape = (nodes: ItemNode[]): unknown => nodes.map((n) => [n.item.code, shape(n.children)]);

describe('nestByCode', () => {
  it('nests 1-1 under 1 and keeps the order', () => {
    const roots = nestByCode([item(1, '1'), item(2, '1-1'), item(3, '1-2'), item(4, '2')]);
    expect(shape(roots)).toEqual([
      [
        '1',
        [
          ['1-1', []],
          ['1-2', []],
        ],
      ],
      ['2', []],
    ]);
  });

  it('nests deeper codes level by level', () => {
    expect(shape(nestByCode([item(1, '1'), item(2, '1-1'), item(3, '1-1-1')]))).toEqual([
      ['1', [['1-1', [['1-1-1', []]]]]],
    ]);
  });

  it('makes an item whose parent is missing a root', () => {
    expect(shape(nestByCode([item(2, '1-1'), item(4, '2')]))).toEqual([
      ['1-1', []],
      ['2', []],
    ]);
  });

  it('keeps items without a code, and with a code of one level, at the top (a table with no コード column)', () => {
    const roots = nestByCode([item(1, ''), item(2, ''), item(3, '3'), item(4, '')]);
    expect(roots.map((n) => [n.item.serial, n.children.length])).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 0],
    ]);
    // An empty parentCode names no parent either.
    expect(nestByCode([item(1, ''), item(2, '2', { parentCode: '' })]).map((n) => n.children.length)).toEqual(
      [0, 0],
    );
  });

  it('uses parentCode when the plan gives one', () => {
    const child = item(2, 'A', { parentCode: 'P' });
    expect(shape(nestByCode([item(1, 'P'), child]))).toEqual([['P', [['A', []]]]]);
  });

  it('survives a cycle of parent codes', () => {
    const a = item(1, 'a', { parentCode: 'b' });
    const b = item(2, 'b', { parentCode: 'a' });
    const roots = nestByCode([a, b]);
    const count = (nodes: ItemNode[]): number => nodes.reduce((n, node) => n + 1 + count(node.children), 0);
    expect(count(roots)).toBe(2);
  });

  it('nests a chain deeper than the quick ancestor walk, and survives a long cycle', () => {
    const codes = Array.from({ length: 40 }, (_, i) => Array.from({ length: i + 1 }, () => '1').join('-'));
    const chain = nestByCode(codes.map((code, i) => item(i + 1, code)));
    let depth = 0;
    for (let nodes = chain; nodes.length > 0; nodes = nodes[0]!.children) depth++;
    expect(depth).toBe(40);
    // c0 → c1 → … → c39 → c0: no item ends up inside itself, and every item is kept once.
    const ring = Array.from({ length: 40 }, (_, i) =>
      item(i + 1, `c${i}`, { parentCode: `c${(i + 1) % 40}` }),
    );
    const count = (nodes: ItemNode[]): number => nodes.reduce((n, node) => n + 1 + count(node.children), 0);
    const roots = nestByCode(ring);
    expect(count(roots)).toBe(40);
  });

  it('does not mutate its input', () => {
    const items = deepFreeze([item(1, '1'), item(2, '1-1')]);
    expect(nestByCode(items)).toHaveLength(1);
  });
});
