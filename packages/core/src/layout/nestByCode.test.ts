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

  it('does not mutate its input', () => {
    const items = deepFreeze([item(1, '1'), item(2, '1-1')]);
    expect(nestByCode(items)).toHaveLength(1);
  });
});
