import { describe, expect, it } from 'vitest';
import { itemDraft } from './fixtures/itemDraft.js';
import type { ItemDraft } from './planDraft.js';
import { TableItems } from './tableItems.js';

const draft = (serial: number, line: number): ItemDraft =>
  itemDraft(serial, {
    code: `${serial}-1`,
    content: '取組',
    policy: { number: 2, title: '方針' },
    section: { number: 3, title: '施策' },
    line,
    source: { start: line * 10, end: line * 10 + 7 },
  });

describe('TableItems', () => {
  it('keeps what the index check needs of each draft, in order', () => {
    const items = new TableItems();
    for (let k = 1; k <= 100; k++) items.add(draft(k === 100 ? 999_999_999 : k, k + 1));
    expect(items.size).toBe(100);
    expect([items.serialAt(0), items.codeAt(0), items.titleAt(0), items.lineAt(0)]).toEqual([
      1,
      '1-1',
      '項目1',
      2,
    ]);
    expect([items.policyAt(42), items.sectionAt(42)]).toEqual([2, 3]);
    expect(items.serialAt(99)).toBe(999_999_999);
    expect(items.sourceAt(99)).toEqual({ start: 1010, end: 1017 });
  });

  it('makes a new source at each call', () => {
    const items = new TableItems();
    items.add(draft(1, 1));
    expect(items.sourceAt(0)).not.toBe(items.sourceAt(0));
  });
});
