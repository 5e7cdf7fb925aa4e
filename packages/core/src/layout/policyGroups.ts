import type { Plan, PlanItem } from '../model/types.js';
import type { ItemGroup } from './departmentGroups.js';
import type { LayoutLang } from './types.js';

const WORD = { ja: '実施方針', en: 'Policy ' } as const;

/**
 * Groups items by 実施方針 (policy), in the order the items first show them.
 * The heading reads `実施方針1 持続的成長に向けた…` (`Policy 1 …` in English);
 * titles come from `plan.policies` when present, else from the items.
 *
 * @param plan - the plan, for policy titles (not modified)
 * @param items - the items to group (already filtered)
 * @param lang - the language of the word 実施方針 / Policy
 * @returns the groups, items in the given order
 * @example
 * policyGroups(plan, plan.items, 'en').map((g) => [g.label, g.entries.length])
 * //=> [['Policy 1 持続的成長に向けた「縮充」を推進する行財政経営', 41], ['Policy 2 …', 13]]
 */
export function policyGroups(
  plan: Pick<Plan, 'policies'>,
  items: readonly PlanItem[],
  lang: LayoutLang = 'ja',
): ItemGroup[] {
  const groups = new Map<number, ItemGroup>();
  for (const item of items) {
    const key = item.policy.number;
    let group = groups.get(key);
    if (!group) {
      const title = plan.policies.find((p) => p.number === key)?.title || item.policy.title;
      group = {
        id: `policy:${key}`,
        key: String(key),
        label: `${WORD[lang]}${key} ${title}`.trim(),
        entries: [],
      };
      groups.set(key, group);
    }
    group.entries.push({ item });
  }
  return [...groups.values()];
}
