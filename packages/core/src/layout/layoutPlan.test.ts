import { describe, expect, it } from 'vitest';
import { deepFreeze, dept, every, fySpan, item, plan, schedule } from '../../test-utils/layoutFixtures.js';
import { layoutPlan } from './layoutPlan.js';

const tree = plan([
  item(1, '1', { title: '財政健全化', departments: [dept('財政')], schedule: schedule([], [every(1)]) }),
  item(2, '1-1', { title: '予算編成', departments: [dept('財政')], schedule: schedule([fySpan(2021)]) }),
  item(3, '1-2', {
    title: '市債',
    departments: [dept('財政'), dept('全庁', 'participating')],
    schedule: schedule([fySpan(2019, 2020)]),
  }),
  item(4, '2', {
    title: 'システム',
    policy: { number: 2, title: 'P2' },
    section: { number: 1, title: 'S2.1' },
    departments: [dept('ICT')],
    schedule: schedule([fySpan(2021, 2021, { track: 'A' }), fySpan(2024, null, { track: 'B' })]),
  }),
  item(5, '3', {
    title: '未定の取組',
    policy: { number: 2, title: 'P2' },
    section: { number: 1, title: 'S2.1' },
  }),
]);

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('layoutPlan', () => {
  it('nests items by code by default, expanded, with tracks as sub-rows', () => {
    const layout = layoutPlan(tree);
    expect(layout.groupBy).toBe('item');
    expect(layout.rows.map((r) => [r.id, r.kind, r.level])).toEqual([
      ['item:1', 'item', 1],
      ['item:1/item:2', 'item', 2],
      ['item:1/item:3', 'item', 2],
      ['item:4', 'item', 1],
      ['item:4/track:A', 'track', 2],
      ['item:4/track:B', 'track', 2],
      ['item:5', 'item', 1],
    ]);
    expect(layout.rows[0]).toMatchObject({ expandable: true, expanded: true, undated: false });
    expect(layout.rows.at(-1)).toMatchObject({ undated: true, expandable: false });
  });

  it('leaves out the rows inside a collapsed row', () => {
    expect(ids(layoutPlan(tree, { collapsed: ['item:1', 'item:4'] }).rows)).toEqual([
      'item:1',
      'item:4',
      'item:5',
    ]);
    expect(layoutPlan(tree, { collapsed: new Set(['item:1']) }).rows[0]!.expanded).toBe(false);
  });

  it('gives the time extent of the items shown', () => {
    expect(layoutPlan(tree).extent).toEqual({
      start: '2019-04-01',
      end: '2025-03-31',
      startFiscalYear: 2019,
      endFiscalYear: 2024,
    });
    expect(layoutPlan(tree, { filter: '予算' }).extent).toMatchObject({
      startFiscalYear: 2021,
      endFiscalYear: 2021,
    });
    expect(layoutPlan(tree, { filter: '未定' }).extent).toBeNull();
  });

  it('keeps the parent of a matching child as context', () => {
    const layout = layoutPlan(tree, { filter: '市債' });
    expect(ids(layout.rows)).toEqual(['item:1', 'item:1/item:3']);
    expect(layout.rows[0]!.context).toBe(true);
    expect(layout.rows[1]!.context).toBeUndefined();
    expect(layout.items.map((i) => i.serial)).toEqual([3]);
  });

  it('groups by department: leads, then joins, unassigned last', () => {
    const layout = layoutPlan(tree, { groupBy: 'department' });
    expect(layout.rows.map((r) => [r.id, r.level, r.role ?? r.kind])).toEqual([
      ['dept:財政', 1, 'group'],
      ['dept:財政/item:1', 2, 'lead'],
      ['dept:財政/item:2', 2, 'lead'],
      ['dept:財政/item:3', 2, 'lead'],
      ['dept:全庁', 1, 'group'],
      ['dept:全庁/item:3', 2, 'join'],
      ['dept:ICT', 1, 'group'],
      ['dept:ICT/item:4', 2, 'lead'],
      ['dept:ICT/item:4/track:A', 3, 'lead'],
      ['dept:ICT/item:4/track:B', 3, 'lead'],
      ['dept:', 1, 'group'],
      ['dept:/item:5', 2, 'item'],
    ]);
    expect(layout.rows[0]).toMatchObject({
      label: '財政',
      itemCount: 3,
      expandable: true,
      expanded: true,
      groupKey: '財政',
    });
    expect(layout.rows[10]).toMatchObject({ label: '未設定', groupKey: null });
    expect(layoutPlan(tree, { groupBy: 'department', lang: 'en' }).rows[10]!.label).toBe('Unassigned');
  });

  it('shows only the listed departments and their items', () => {
    const layout = layoutPlan(tree, { groupBy: 'department', departments: ['全庁'] });
    expect(ids(layout.rows)).toEqual(['dept:全庁', 'dept:全庁/item:3']);
    expect(ids(layoutPlan(tree, { departments: ['全庁'] }).rows)).toEqual(['item:1', 'item:1/item:3']);
  });

  it('collapses a department group', () => {
    const layout = layoutPlan(tree, { groupBy: 'department', collapsed: ['dept:財政'] });
    expect(ids(layout.rows).slice(0, 2)).toEqual(['dept:財政', 'dept:全庁']);
    expect(layout.rows[0]!.itemCount).toBe(3);
  });

  it('groups by section and by policy with items nested inside', () => {
    expect(layoutPlan(tree, { groupBy: 'section' }).rows.map((r) => [r.id, r.level])).toEqual([
      ['section:1-1', 1],
      ['section:1-1/item:1', 2],
      ['section:1-1/item:1/item:2', 3],
      ['section:1-1/item:1/item:3', 3],
      ['section:2-1', 1],
      ['section:2-1/item:4', 2],
      ['section:2-1/item:4/track:A', 3],
      ['section:2-1/item:4/track:B', 3],
      ['section:2-1/item:5', 2],
    ]);
    const byPolicy = layoutPlan(tree, { groupBy: 'policy', filter: 'システム' });
    expect(ids(byPolicy.rows)).toEqual([
      'policy:2',
      'policy:2/item:4',
      'policy:2/item:4/track:A',
      'policy:2/item:4/track:B',
    ]);
    expect(byPolicy.rows[0]).toMatchObject({ label: '実施方針2 P2', itemCount: 1 });
  });

  it('gives unique ids when serials repeat', () => {
    const twice = plan([item(7, '1'), item(7, '2')]);
    expect(ids(layoutPlan(twice).rows)).toEqual(['item:7', 'item:7.2']);
  });

  it('lays out an empty plan as no rows', () => {
    expect(layoutPlan(plan([]), { groupBy: 'department' })).toEqual({
      groupBy: 'department',
      rows: [],
      items: [],
      extent: null,
    });
  });

  it('does not mutate the plan and gives equal output for equal input', () => {
    const frozen = deepFreeze(structuredClone(tree));
    const first = layoutPlan(frozen, { groupBy: 'department', filter: '財政' });
    expect(layoutPlan(frozen, { groupBy: 'department', filter: '財政' })).toEqual(first);
  });
});
