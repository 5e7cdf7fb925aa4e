import { describe, expect, it } from 'vitest';
import { deepFreeze, every, fySpan, item, monthSpan, schedule } from '../../test-utils/layoutFixtures.js';
import { itemRows } from './itemRows.js';

const tracked = item(38, '20', {
  title: 'システム',
  schedule: schedule([
    fySpan(2021, 2021, { track: '内部情報系', label: '導入検討', source: { start: 10, end: 20 } }),
    fySpan(2023, null, { track: '内部情報系', label: '本稼働', source: { start: 30, end: 40 } }),
    fySpan(2022, 2022, { track: '住民情報系', label: '導入検討', source: { start: 50, end: 60 } }),
    fySpan(2024, null, { track: '住民情報系', label: '本稼働', source: { start: 70, end: 80 } }),
  ]),
});
const none = new Set<string>();

describe('itemRows', () => {
  it('gives an item without tracks one row with all its spans', () => {
    const rows = itemRows(item(5, '2', { schedule: schedule([fySpan(2021), monthSpan(2021, 10)]) }), {
      level: 1,
      collapsed: none,
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: 'item:5',
      kind: 'item',
      level: 1,
      serial: 5,
      code: '2',
      expandable: false,
      lanes: 2,
    });
    expect(rows[0]!.spans.map((s) => s.shape)).toEqual(['bar', 'milestone']);
  });

  it('splits two tracks into sub-rows one level down, in the order written', () => {
    const rows = itemRows(tracked, { level: 2, parentId: 'item:1', collapsed: none });
    expect(rows.map((r) => [r.id, r.kind, r.level, r.label])).toEqual([
      ['item:1/item:38', 'item', 2, 'システム'],
      ['item:1/item:38/track:内部情報系', 'track', 3, '内部情報系'],
      ['item:1/item:38/track:住民情報系', 'track', 3, '住民情報系'],
    ]);
    expect(rows[0]).toMatchObject({ expandable: true, expanded: true, spans: [] });
    expect(rows[1]!.spans.map((s) => s.index)).toEqual([0, 1]);
    expect(rows[2]!.spans.map((s) => s.index)).toEqual([2, 3]);
    expect(rows[2]!.parentId).toBe('item:1/item:38');
  });

  it('shows every span on the item row when the item is collapsed', () => {
    const rows = itemRows(tracked, { level: 1, collapsed: new Set(['item:38']) });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ expandable: true, expanded: false });
    expect(rows[0]!.spans.map((s) => s.index)).toEqual([0, 1, 2, 3]);
    expect(rows[0]!.lanes).toBe(2);
  });

  it('keeps a single track on the item row', () => {
    const one = item(7, '3', { schedule: schedule([fySpan(2021, 2021, { track: '○更新' })]) });
    const rows = itemRows(one, { level: 1, collapsed: none });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.expandable).toBe(false);
  });

  it('places recurrences on their track', () => {
    const withBand = item(8, '4', {
      schedule: schedule(
        [fySpan(2021, 2021, { track: 'A' }), fySpan(2022, 2022, { track: 'B' })],
        [{ ...every(1), track: 'B' }, every(3)],
      ),
    });
    const rows = itemRows(withBand, { level: 1, collapsed: none });
    expect(rows.map((r) => r.recurrences.map((x) => x.index))).toEqual([[1], [], [0]]);
  });

  it('marks an item with neither span nor recurrence as undated', () => {
    expect(itemRows(item(9, '5'), { level: 1, collapsed: none })[0]!.undated).toBe(true);
    expect(
      itemRows(item(9, '5', { schedule: schedule([], [every(1)]) }), { level: 1, collapsed: none })[0]!
        .undated,
    ).toBe(false);
  });

  it('carries the role and context flags and expands items with children', () => {
    const [row] = itemRows(item(1, '1'), {
      level: 2,
      parentId: 'dept:ICT',
      collapsed: none,
      role: 'join',
      context: true,
      hasChildren: true,
    });
    expect(row).toMatchObject({
      id: 'dept:ICT/item:1',
      role: 'join',
      context: true,
      expandable: true,
      expanded: true,
    });
  });

  it('does not mutate its input', () => {
    const frozen = deepFreeze(structuredClone(tracked));
    expect(itemRows(frozen, { level: 1, collapsed: none })).toHaveLength(3);
  });
});
