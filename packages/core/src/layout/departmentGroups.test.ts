import { describe, expect, it } from 'vitest';
import { deepFreeze, dept, item, plan } from '../../test-utils/layoutFixtures.js';
import { departmentGroups } from './departmentGroups.js';

const a = item(1, '1', { departments: [dept('財政'), dept('全庁', 'participating')] });
const b = item(2, '2', { departments: [dept('ICT'), dept('財政', 'participating')] });
const c = item(3, '3');
const d = item(4, '4', { departments: [dept('財政', 'participating'), dept('財政')] });

const summary = (groups: ReturnType<typeof departmentGroups>) =>
  groups.map((g) => [
    g.id,
    g.label,
    g.entries.map((e) => `${e.item.serial}${e.role === 'join' ? '○' : e.role === 'lead' ? '◎' : ''}`),
  ]);

describe('departmentGroups', () => {
  it('lists the items a department leads, then those it joins', () => {
    expect(summary(departmentGroups(plan([]), [a, b, c]))).toEqual([
      ['dept:財政', '財政', ['1◎', '2○']],
      ['dept:全庁', '全庁', ['1○']],
      ['dept:ICT', 'ICT', ['2◎']],
      ['dept:', '未設定', ['3']],
    ]);
  });

  it('names the group of items without a department in English', () => {
    expect(departmentGroups(plan([]), [c], 'en')[0]!.label).toBe('Unassigned');
  });

  it('follows the order of plan.departments and leaves out empty departments', () => {
    const p = plan([], {
      departments: [
        { name: 'ICT', leads: [2], joins: [] },
        { name: '総務', leads: [], joins: [] },
      ],
    });
    expect(summary(departmentGroups(p, [a, b])).map(([id]) => id)).toEqual([
      'dept:ICT',
      'dept:財政',
      'dept:全庁',
    ]);
  });

  it('counts an item once per department, as lead when it is both', () => {
    expect(summary(departmentGroups(plan([]), [d]))).toEqual([['dept:財政', '財政', ['4◎']]]);
  });

  it('keeps only the listed departments when asked', () => {
    expect(summary(departmentGroups(plan([]), [a, b, c], 'ja', ['全庁'])).map(([id]) => id)).toEqual([
      'dept:全庁',
    ]);
  });

  it('does not mutate its input', () => {
    const items = deepFreeze([a, b, c].map((x) => structuredClone(x)));
    const p = deepFreeze(plan([]));
    expect(departmentGroups(p, items)).toHaveLength(4);
  });
});
