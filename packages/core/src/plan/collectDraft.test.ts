import { describe, expect, it } from 'vitest';
import { collectDraft } from './collectDraft.js';
import type { ItemDraft, PlanDraft } from './planDraft.js';

const item = (serial: number, indexOnly?: true): ItemDraft => ({
  serial,
  code: String(serial),
  title: `項目${serial}`,
  content: '',
  goal: '',
  scheduleText: '',
  departmentsText: '',
  policy: { number: 1, title: '方針' },
  section: { number: 1, title: '施策' },
  line: serial,
  source: { start: 0, end: 0 },
  cells: {},
  ...(indexOnly ? { indexOnly } : {}),
});

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
