import type { Plan, PlanItem } from '../model/types.js';
import type { LayoutLang } from './types.js';
import { departmentNames } from '../model/departmentNames.js';

/** A group of items under one heading. */
export interface ItemGroup {
  /** Row id of the heading: `dept:財政`, `section:1-2`, `policy:1`. */
  id: string;
  /** The department name, `policy-section` or policy number; `null` for items without a department. */
  key: string | null;
  label: string;
  /** The items, in display order, with the department's role for each. */
  entries: { item: PlanItem; role?: 'lead' | 'join' }[];
}

const UNASSIGNED = { ja: '未設定', en: 'Unassigned' } as const;

/**
 * Groups items by department: one group per department that leads (◎) or joins
 * (○) any of them, holding first the items it leads, then those it joins, each
 * in the given order; a department counts under every name it answers to
 * ({@link departmentNames}: `○所管課（税務、国保）` joins under 所管課, 税務 and 国保). Departments come in the order of `plan.departments`,
 * then in the order they first appear in the items. `全庁` is a department like
 * any other; items with no department at all go to a last group `未設定`
 * (`Unassigned` in English). Empty groups are left out.
 *
 * @param plan - the plan, for the order of its departments (not modified)
 * @param items - the items to group (already filtered)
 * @param lang - the language of the `未設定` heading
 * @param only - department names to keep (the department filter); all when empty
 * @returns the groups
 * @example
 * departmentGroups(plan, plan.items, 'ja').map((g) => [g.label, g.entries.length])
 * //=> [['財政', 14], ['管財', 6], ['全庁', 21], …, ['交防', 1]] (32 groups)
 */
export function departmentGroups(
  plan: Pick<Plan, 'departments'>,
  items: readonly PlanItem[],
  lang: LayoutLang = 'ja',
  only: readonly string[] = [],
): ItemGroup[] {
  const keep = new Set(only.map((name) => name.normalize('NFKC').trim()).filter((name) => name.length > 0));
  const order = new Map<string, { leads: PlanItem[]; joins: PlanItem[] }>();
  for (const summary of plan.departments) order.set(summary.name, { leads: [], joins: [] });
  const unassigned: PlanItem[] = [];
  for (const item of items) {
    if (item.departments.length === 0) {
      unassigned.push(item);
      continue;
    }
    const roles = new Map<string, 'lead' | 'join'>();
    for (const department of item.departments) {
      for (const name of departmentNames(department)) {
        if (department.role === 'primary') roles.set(name, 'lead');
        else if (!roles.has(name)) roles.set(name, 'join');
      }
    }
    for (const [name, role] of roles) {
      let bucket = order.get(name);
      if (!bucket) order.set(name, (bucket = { leads: [], joins: [] }));
      (role === 'lead' ? bucket.leads : bucket.joins).push(item);
    }
  }
  const groups: ItemGroup[] = [];
  for (const [name, { leads, joins }] of order) {
    if (leads.length + joins.length === 0) continue;
    if (keep.size > 0 && !keep.has(name.normalize('NFKC').trim())) continue;
    groups.push({
      id: `dept:${name}`,
      key: name,
      label: name,
      entries: [
        ...leads.map((item) => ({ item, role: 'lead' as const })),
        ...joins.map((item) => ({ item, role: 'join' as const })),
      ],
    });
  }
  if (unassigned.length > 0 && keep.size === 0) {
    groups.push({
      id: 'dept:',
      key: null,
      label: UNASSIGNED[lang],
      entries: unassigned.map((item) => ({ item })),
    });
  }
  return groups;
}
