import type { Plan, PlanItem } from '../model/types.js';
import type { ItemGroup } from './departmentGroups.js';
import type { LayoutLang } from './types.js';

/**
 * Groups items by 施策 (section): one group per policy and section number, in the
 * order the items first show them. The heading reads `1-(2) 中長期的視点に立った…`
 * (policy, then section); titles come from `plan.sections` when present, else
 * from the items.
 *
 * @param plan - the plan, for section titles (not modified)
 * @param items - the items to group (already filtered)
 * @param lang - the language of the layout's own words (unused: the heading is numbers and the plan's title)
 * @returns the groups, items in the given order
 * @example
 * sectionGroups(plan, plan.items).map((g) => g.label).slice(0, 2)
 * //=> ['1-(1) 健全な財政の維持', '1-(2) 中長期的視点に立った公共施設等マネジメント']
 */
export function sectionGroups(
  plan: Pick<Plan, 'sections'>,
  items: readonly PlanItem[],
  lang: LayoutLang = 'ja',
): ItemGroup[] {
  void lang;
  const groups = new Map<string, ItemGroup>();
  for (const item of items) {
    const key = `${item.policy.number}-${item.section.number}`;
    let group = groups.get(key);
    if (!group) {
      const known = plan.sections.find(
        (s) => s.policy === item.policy.number && s.number === item.section.number,
      );
      const title = known?.title || item.section.title;
      group = {
        id: `section:${key}`,
        key,
        label: `${item.policy.number}-(${item.section.number}) ${title}`.trim(),
        entries: [],
      };
      groups.set(key, group);
    }
    group.entries.push({ item });
  }
  return [...groups.values()];
}
