import { describe, expect, it } from 'vitest';
import type { Department } from '../model/types.js';
import { DepartmentTally, summarizeDepartments } from './summarizeDepartments.js';

const item = (serial: number, departments: Department[]) => ({ serial, departments });

describe('summarizeDepartments', () => {
  const items = [
    item(5, [
      { name: '財政', role: 'primary' },
      { name: '管財', role: 'participating' },
    ]),
    item(6, [
      { name: '管財', role: 'primary' },
      { name: '財政', role: 'participating' },
      { name: '全庁', role: 'participating' },
    ]),
    item(21, [
      { name: '市民', role: 'primary', parent: '市民経済部' },
      { name: '管財課', role: 'participating' },
    ]),
    item(42, [{ name: '総務', role: 'primary', units: ['人事'] }]),
  ];

  it('lists the items each department leads and joins, names as written', () => {
    expect(summarizeDepartments(items)).toEqual([
      { name: '財政', leads: [5], joins: [6] },
      { name: '管財', leads: [6], joins: [5] },
      { name: '全庁', leads: [], joins: [6] },
      { name: '市民', leads: [21], joins: [] },
      { name: '管財課', leads: [], joins: [21] },
      { name: '総務', leads: [42], joins: [] },
    ]);
  });

  it('counts the units a placeholder or an organisation stands for, with its role', () => {
    expect(
      summarizeDepartments([
        item(10, [
          { name: '収納', role: 'primary' },
          { name: '所管課', role: 'participating', units: ['税務', '国保'] },
        ]),
        item(41, [
          { name: '市民経済部', role: 'primary', units: ['市民', '税務'] },
          { name: '全庁', role: 'participating' },
        ]),
      ]),
    ).toEqual([
      { name: '収納', leads: [10], joins: [] },
      { name: '所管課', leads: [], joins: [10] },
      { name: '税務', leads: [41], joins: [10] },
      { name: '国保', leads: [], joins: [10] },
      { name: '市民経済部', leads: [41], joins: [] },
      { name: '市民', leads: [41], joins: [] },
      { name: '全庁', leads: [], joins: [41] },
    ]);
  });

  it('merges names through aliases', () => {
    const summary = summarizeDepartments(items, { 管財課: '管財' });
    expect(summary.find((d) => d.name === '管財')).toEqual({ name: '管財', leads: [6], joins: [5, 21] });
    expect(summary.some((d) => d.name === '管財課')).toBe(false);
  });

  it('lists a department that leads and joins one item (through aliases) as leading it', () => {
    expect(
      summarizeDepartments(
        [
          item(1, [
            { name: '管財', role: 'primary' },
            { name: '管財課', role: 'participating' },
          ]),
        ],
        { 管財課: '管財' },
      ),
    ).toEqual([{ name: '管財', leads: [1], joins: [] }]);
  });

  it('sorts serials and lists each once', () => {
    expect(
      summarizeDepartments([
        item(9, [{ name: 'ICT', role: 'primary' }]),
        item(2, [
          { name: 'ICT', role: 'primary' },
          { name: 'ICT', role: 'primary' },
        ]),
      ]),
    ).toEqual([{ name: 'ICT', leads: [2, 9], joins: [] }]);
  });

  it('ignores aliases that are not strings or inherited keys', () => {
    expect(summarizeDepartments([item(1, [{ name: 'toString', role: 'primary' }])], {})).toEqual([
      { name: 'toString', leads: [1], joins: [] },
    ]);
  });

  it('does not mutate its input', () => {
    const frozen = Object.freeze(
      items.map((i) => Object.freeze({ ...i, departments: Object.freeze([...i.departments]) })),
    );
    expect(() => summarizeDepartments(frozen, Object.freeze({ 管財課: '管財' }))).not.toThrow();
  });
});

describe('DepartmentTally', () => {
  const items = [
    item(7, [
      { name: '管財課', role: 'primary' },
      { name: '財政', role: 'participating' },
    ]),
    item(3, [{ name: '財政', role: 'primary' }]),
    item(9, [
      { name: '管財', role: 'participating' },
      { name: '財政', role: 'participating' },
    ]),
    item(9, [{ name: '管財', role: 'primary' }]),
  ];

  it('sums up items added one at a time as summarizeDepartments does them all', () => {
    const aliases = { 管財課: '管財' };
    const tally = new DepartmentTally(aliases);
    for (const i of items) tally.add(i);
    expect(tally.summary()).toEqual(summarizeDepartments(items, aliases));
    expect(tally.summary()).toEqual([
      { name: '管財', leads: [7, 9], joins: [] },
      { name: '財政', leads: [3], joins: [7, 9] },
    ]);
  });

  it('sums up nothing before an item is added', () => {
    expect(new DepartmentTally().summary()).toEqual([]);
  });
});
