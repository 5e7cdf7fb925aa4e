import type { Plan, PlanItem } from '../model/types.js';
import { createItemFilter } from './createItemFilter.js';
import { departmentGroups, type ItemGroup } from './departmentGroups.js';
import { pushItemRows } from './itemRows.js';
import { nestByCode, type ItemNode } from './nestByCode.js';
import { planExtent } from './planExtent.js';
import { policyGroups } from './policyGroups.js';
import { sectionGroups } from './sectionGroups.js';
import type { LayoutOptions, LayoutRow, PlanLayout } from './types.js';

/**
 * Lays a plan out as rows for a timeline: the row model the `<plan-timeline>`
 * element draws and the table view lists.
 *
 * - `groupBy: 'item'` (default): a row per item, nested by code (1 → 1-1),
 *   expanded unless its id is in `collapsed`.
 * - `'department'`: a group per department (level 1) holding the items it leads
 *   (`role: 'lead'`), then those it joins (`role: 'join'`); `全庁` is a group of
 *   its own and items without a department go to `未設定` / `Unassigned`.
 * - `'section'` and `'policy'`: a group per 施策 or 実施方針, items nested by
 *   code inside.
 *
 * Items with two or more schedule tracks get a sub-row per track. `filter` and
 * `departments` keep a subset; in the nested groupings an item that does not
 * match is kept (with `context: true`) when one of its descendants does. Spans
 * get lanes so that overlapping spans do not cover each other. The plan is never
 * modified; the same input gives equal output.
 *
 * @param plan - the plan to lay out (not modified)
 * @param options - grouping, filter, departments, collapsed row ids, language
 * @returns the rows in display order, the items shown, and their time extent
 * @example
 * const layout = layoutPlan(plan, { groupBy: 'item' }); // the seed
 * layout.rows.slice(0, 3).map((r) => [r.id, r.level, r.label])
 * //=> [['item:1', 1, '財政健全化へ向けた取組の推進'], ['item:1/item:2', 2, '収支均衡した予算編成'], ['item:1/item:3', 2, '基礎的財政収支の均衡・黒字の確保']]
 * layout.extent
 * //=> { start: '2018-04-01', end: '2025-03-31', startFiscalYear: 2018, endFiscalYear: 2024 }
 */
export function layoutPlan(plan: Plan, options: LayoutOptions = {}): PlanLayout {
  const groupBy = options.groupBy ?? 'item';
  const lang = options.lang ?? 'ja';
  const collapsed: ReadonlySet<string> = new Set(options.collapsed ?? []);
  const show = createItemFilter(options);
  const items = plan.items.filter(show);
  const everything = items.length === plan.items.length;
  const matchedSet = everything ? undefined : new Set(items);
  const matched = (item: PlanItem): boolean => matchedSet?.has(item) ?? true;
  const keys = repeatedSerialKeys(plan.items);
  const keyOf = (item: PlanItem) => keys?.get(item) ?? `item:${item.serial}`;
  const rows: LayoutRow[] = [];
  const emitTree = (nodes: ItemNode[], level: number, parentId: string | undefined) => {
    for (const node of nodes) {
      const children = everything ? node.children : node.children.filter((child) => keeps(child, matched));
      const isMatch = everything || matched(node.item);
      if (!isMatch && children.length === 0) continue;
      const at = rows.length;
      pushItemRows(rows, node.item, {
        level,
        parentId,
        collapsed,
        hasChildren: children.length > 0,
        context: !isMatch,
        key: keyOf(node.item),
      });
      const row = rows[at]!;
      if (row.expanded && children.length > 0) emitTree(children, level + 1, row.id);
    }
  };

  const emitGroup = (group: ItemGroup, itemCount: number): boolean => {
    const expanded = !collapsed.has(group.id);
    rows.push({
      id: group.id,
      kind: 'group',
      level: 1,
      label: group.label,
      expandable: true,
      expanded,
      spans: [],
      recurrences: [],
      lanes: 1,
      undated: false,
      itemCount,
      groupKey: group.key,
    });
    return expanded;
  };

  if (groupBy === 'item') {
    emitTree(nestByCode(plan.items), 1, undefined);
  } else if (groupBy === 'department') {
    for (const group of departmentGroups(plan, items, lang, options.departments ?? [])) {
      if (!emitGroup(group, group.entries.length)) continue;
      for (const { item, role } of group.entries) {
        pushItemRows(rows, item, { level: 2, parentId: group.id, collapsed, role, key: keyOf(item) });
      }
    }
  } else {
    const groups =
      groupBy === 'section' ? sectionGroups(plan, plan.items, lang) : policyGroups(plan, plan.items, lang);
    for (const group of groups) {
      const count = group.entries.filter(({ item }) => matched(item)).length;
      if (count === 0) continue;
      if (!emitGroup(group, count)) continue;
      emitTree(nestByCode(group.entries.map(({ item }) => item)), 2, group.id);
    }
  }

  return { groupBy, rows, items, extent: planExtent(items) };
}

/** A node is kept when it matches or one of its descendants does. */
function keeps(node: ItemNode, matched: (item: PlanItem) => boolean): boolean {
  return matched(node.item) || node.children.some((child) => keeps(child, matched));
}

/**
 * Row-id keys of the items whose serial is a repeat: `item:SERIAL.N` for the N-th item with that serial
 * (the others are `item:SERIAL`); `undefined` when no serial repeats, as in most plans.
 */
function repeatedSerialKeys(items: readonly PlanItem[]): Map<PlanItem, string> | undefined {
  const seen = new Map<number, number>();
  let keys: Map<PlanItem, string> | undefined;
  for (const item of items) {
    const count = seen.get(item.serial) ?? 0;
    seen.set(item.serial, count + 1);
    if (count > 0) (keys ??= new Map()).set(item, `item:${item.serial}.${count + 1}`);
  }
  return keys;
}
