import type { Department, DepartmentSummary } from '../model/types.js';

/**
 * Lists, for every department named in the items' 主務課, the serials of the
 * items it leads (`◎`) and joins (`○`), merging names through `aliases`.
 *
 * Departments are counted by name: units in brackets (`総務（人事）` → 人事)
 * and parents (`市民（市民経済部）` → 市民経済部) are not counted as departments
 * of their own. `aliases` maps a name as written to the name to group it under
 * (`{ 管財課: '管財' }`); a department leading and joining the same item
 * (through aliases) is listed as leading it. Departments are listed in the
 * order they first appear; serials ascend, each once. The items are not
 * changed: they keep their names as written.
 *
 * @param items - the plan's items
 * @param aliases - name as written → name to group under
 * @returns one summary per department
 * @example
 * summarizeDepartments([
 *   { serial: 5, departments: [{ name: '財政', role: 'primary' }, { name: '管財課', role: 'participating' }] },
 *   { serial: 6, departments: [{ name: '管財', role: 'primary' }] },
 * ], { 管財課: '管財' })
 * //=> [{ name: '財政', leads: [5], joins: [] }, { name: '管財', leads: [6], joins: [5] }]
 */
export function summarizeDepartments(
  items: readonly { readonly serial: number; readonly departments: readonly Department[] }[],
  aliases: Readonly<Record<string, string>> = {},
): DepartmentSummary[] {
  const byName = new Map<string, { leads: Set<number>; joins: Set<number> }>();
  const resolve = (name: string): string => {
    const alias = Object.hasOwn(aliases, name) ? aliases[name] : undefined;
    return typeof alias === 'string' && alias !== '' ? alias : name;
  };
  for (const item of items) {
    for (const d of item.departments) {
      const name = resolve(d.name);
      let entry = byName.get(name);
      if (!entry) {
        entry = { leads: new Set(), joins: new Set() };
        byName.set(name, entry);
      }
      (d.role === 'primary' ? entry.leads : entry.joins).add(item.serial);
    }
  }
  // Items mostly come in serial order: their serials are then sorted already.
  const sorted = (s: Set<number>): number[] => {
    const list = [...s];
    for (let k = 1; k < list.length; k++) if (list[k]! < list[k - 1]!) return list.sort((a, b) => a - b);
    return list;
  };
  return [...byName].map(([name, { leads, joins }]) => ({
    name,
    leads: sorted(leads),
    joins: sorted(joins).filter((serial) => !leads.has(serial)),
  }));
}
