import { describe, expect, it } from 'vitest';
import { itemDraft } from './fixtures/itemDraft.js';
import { collectDraft } from './collectDraft.js';
import type { ItemDraft, PlanDraft } from './planDraft.js';

const item = (serial: number, indexOnly?: true): ItemDraft =>
  itemDraft(serial, indexOnly ? { indexOnly } : {});

describe('collectDraft', () => {
  it('gives the items yielded, then those returned, with those listed only in the index placed by serial', () => {
    function* steps(): Generator<ItemDraft, PlanDraft, undefined> {
      yield item(1);
      yield item(4);
      return {
        title: 'プラン',
        notes: [],
        policies: [],
        sections: [],
        items: [item(6)],
        indexOnly: [item(5, true), item(2, true)],
        diagnostics: [],
        expected: '',
        expectedJa: '',
      };
    }
    const draft = collectDraft(steps());
    expect(draft.items.map((i) => i.serial)).toEqual([1, 2, 4, 5, 6]);
    expect(draft.title).toBe('プラン');
    expect(draft).not.toHaveProperty('indexOnly');
  });
});
