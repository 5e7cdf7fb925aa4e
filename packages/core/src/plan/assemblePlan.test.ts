import { describe, expect, it } from 'vitest';
import { itemDraft } from './fixtures/itemDraft.js';
import type { ItemDraft, PlanDraft } from './planDraft.js';
import { assemblePlan } from './assemblePlan.js';
import { buildItem } from './buildItem.js';
import { DepartmentTally } from './summarizeDepartments.js';

const item = (serial: number, line: number, over: Partial<ItemDraft> = {}): ItemDraft =>
  itemDraft(serial, { scheduleText: '毎年度実施します。', departmentsText: '◎管財課', line, ...over });

const draft = (items: ItemDraft[], over: Partial<PlanDraft> = {}): PlanDraft => ({
  title: 'プラン',
  notes: [],
  policies: [],
  sections: [],
  items,
  diagnostics: [],
  expected: 'Expected rows.',
  expectedJa: '行を想定しています。',
  ...over,
});

describe('assemblePlan', () => {
  it('builds the items and the department summary, merging names through aliases', () => {
    const plan = assemblePlan(draft([item(1, 2), item(2, 3, { departmentsText: '◎管財 ○財政' })]), {
      管財課: '管財',
    });
    expect(plan.items.map((i) => i.serial)).toEqual([1, 2]);
    expect(plan.departments).toEqual([
      { name: '管財', leads: [1, 2], joins: [] },
      { name: '財政', leads: [], joins: [2] },
    ]);
    expect(plan.diagnostics).toEqual([]);
    expect('notes' in plan).toBe(false);
  });

  it('reports a duplicate serial and a gap, keeping both duplicates', () => {
    const plan = assemblePlan(draft([item(1, 2), item(1, 3), item(5, 4)]));
    expect(plan.items).toHaveLength(3);
    expect(plan.diagnostics.map((d) => [d.code, d.serial, d.line, d.message])).toEqual([
      ['duplicate-serial', 1, 3, 'No.1 appears again (first on line 2); both items are kept.'],
      ['missing-serial', 2, 4, 'No.2–No.4 are missing: serials run from 1 without gaps.'],
    ]);
  });

  it('reports gaps between serials in order, from 1, on the line of the serial after each', () => {
    const plan = assemblePlan(draft([item(0, 2), item(2, 3), item(3, 4), item(6, 5)]));
    expect(plan.diagnostics.map((d) => [d.code, d.serial, d.line, d.message])).toEqual([
      ['missing-serial', 1, 3, 'No.1 is missing: serials run from 1 without gaps.'],
      ['missing-serial', 4, 5, 'No.4–No.5 are missing: serials run from 1 without gaps.'],
    ]);
  });

  it('reports gaps between serials out of order as between the serials sorted', () => {
    const plan = assemblePlan(draft([item(4, 2), item(1, 3)]));
    expect(plan.diagnostics.map((d) => [d.code, d.serial, d.line])).toEqual([['missing-serial', 2, 2]]);
  });

  it("orders diagnostics by line, keeping the readers' order within a line", () => {
    const earlier = {
      code: 'unread-row',
      severity: 'warning' as const,
      message: 'x',
      source: { start: 0, end: 0 },
      line: 1,
    };
    const plan = assemblePlan(draft([item(1, 5, { scheduleText: '' })], { diagnostics: [earlier] }));
    expect(plan.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['unread-row', 1],
      ['undated', 5],
    ]);
    const later = { ...earlier, message: 'y', line: 9 };
    const reordered = assemblePlan(
      draft([item(1, 5, { scheduleText: '' })], { diagnostics: [later, earlier] }),
    );
    expect(reordered.diagnostics.map((d) => [d.code, d.line, d.message.slice(0, 1)])).toEqual([
      ['unread-row', 1, 'x'],
      ['undated', 5, 'N'],
      ['unread-row', 9, 'y'],
    ]);
  });

  it('says what was expected when there is no item', () => {
    const plan = assemblePlan(draft([]));
    expect(plan.items).toEqual([]);
    expect(plan.diagnostics).toEqual([
      {
        code: 'no-items',
        severity: 'error',
        message: 'No plan items were found. Expected rows.',
        messageJa: '計画の項目が見つかりませんでした。行を想定しています。',
        source: { start: 0, end: 0 },
      },
    ]);
  });

  it('keeps the notes when there are some', () => {
    expect(assemblePlan(draft([item(1, 1)], { notes: ['※1'] })).notes).toEqual(['※1']);
  });

  it('takes the items already built before those of the draft, and their tally of departments unless another item names one', () => {
    const built = buildItem(item(1, 1)).item;
    const tally = new DepartmentTally();
    tally.add(built);
    const prebuilt = { items: [built], diagnostics: [undefined], departments: tally };
    const plan = assemblePlan(draft([item(2, 2, { departmentsText: '' })]), {}, prebuilt);
    expect(plan.items[0]).toBe(built);
    expect(plan.items.map((i) => i.serial)).toEqual([1, 2]);
    expect(plan.departments).toEqual([{ name: '管財課', leads: [1], joins: [] }]);
    const withTwo = new DepartmentTally();
    withTwo.add(built);
    const two = item(2, 2, { departmentsText: '◎財政' });
    expect(assemblePlan(draft([two]), {}, { ...prebuilt, departments: withTwo }).departments).toEqual([
      { name: '管財課', leads: [1], joins: [] },
      { name: '財政', leads: [2], joins: [] },
    ]);
  });

  it('places the items listed only in the index by serial, among those already built', () => {
    const built = [buildItem(item(1, 10)).item, buildItem(item(4, 11)).item];
    const listed = (serial: number, line: number): ItemDraft =>
      item(serial, line, { scheduleText: '', departmentsText: '', indexOnly: true });
    const plan = assemblePlan(
      draft([], { indexOnly: [listed(3, 3), listed(2, 2), listed(7, 4)] }),
      {},
      { items: built, diagnostics: [undefined, undefined] },
    );
    expect(plan.items.map((i) => i.serial)).toEqual([1, 2, 3, 4, 7]);
    expect(plan.diagnostics.map((d) => [d.code, d.line])).toEqual([['missing-serial', 4]]);
  });
});
