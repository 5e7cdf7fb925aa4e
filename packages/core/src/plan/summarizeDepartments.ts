import type { Department, DepartmentSummary } from '../model/types.js';
import { departmentNames } from '../model/departmentNames.js';

/**
 * Lists, for every department named in the items' 主務課, the serials of the
 * items it leads (`◎`) and joins (`○`), merging names through `aliases`.
 *
 * Departments are counted by the names they answer to ({@link departmentNames}):
 * the units a placeholder or an organisation names in brackets count as
 * departments of their own, with its role (`○所管課（税務、国保）` → 所管課, 税務
 * and 国保 join); the units of a department (`総務（人事）` → 人事) and parents
 * (`市民（市民経済部）` → 市民経済部) do not. `aliases` maps a name as written to the name to group it under
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
  const tally = new DepartmentTally(aliases);
  for (const item of items) tally.add(item);
  return tally.summary();
}

/**
 * {@link summarizeDepartments} an item at a time: a reader that builds items one by one tallies
 * each as it is built, while its departments are at hand, and sums up once at the end. Internal
 * to `plan/`.
 *
 * @example
 * const tally = new DepartmentTally({ 管財課: '管財' });
 * tally.add({ serial: 5, departments: [{ name: '管財課', role: 'participating' }] });
 * tally.summary()
 * //=> [{ name: '管財', leads: [], joins: [5] }]
 */
export class DepartmentTally {
  readonly #byName = new Map<string, { leads: number[]; joins: number[] }>();
  readonly #aliases: Readonly<Record<string, string>>;
  /** Without aliases (the usual case) every name is its own: no lookup for each department. */
  readonly #none: boolean;

  /** @param aliases - name as written → name to group under */
  constructor(aliases: Readonly<Record<string, string>> = {}) {
    this.#aliases = aliases;
    this.#none =
      typeof aliases === 'object' && aliases !== null && Object.getOwnPropertyNames(aliases).length === 0;
  }

  /** Counts an item's departments (items are to be added in the plan's order). */
  add(item: { readonly serial: number; readonly departments: readonly Department[] }): void {
    for (const d of item.departments) {
      if (d.units === undefined) this.#count(d.name, d.role, item.serial);
      else for (const name of departmentNames(d)) this.#count(name, d.role, item.serial);
    }
  }

  #count(written: string, role: Department['role'], serial: number): void {
    const name = this.#resolve(written);
    let entry = this.#byName.get(name);
    if (!entry) {
      entry = { leads: [], joins: [] };
      this.#byName.set(name, entry);
    }
    const list = role === 'primary' ? entry.leads : entry.joins;
    // Items come in serial order, mostly: a serial is listed once, and sorted at the end only if needed.
    if (list.length === 0 || list[list.length - 1] !== serial) list.push(serial);
  }

  /** One summary per department counted, in the order first counted (to be asked for once). */
  summary(): DepartmentSummary[] {
    const result: DepartmentSummary[] = [];
    for (const [name, { leads, joins }] of this.#byName) {
      if (ascending(leads) && ascending(joins)) {
        result.push({ name, leads, joins: without(joins, leads) });
      } else {
        // Out of order (or not numbers in order): sorted as sets of serials.
        const leadSet = new Set(leads);
        const sorted = (s: Iterable<number>): number[] => [...s].sort((a, b) => a - b);
        result.push({
          name,
          leads: sorted(leadSet),
          joins: sorted(new Set(joins)).filter((serial) => !leadSet.has(serial)),
        });
      }
    }
    return result;
  }

  #resolve(name: string): string {
    if (this.#none) return name;
    const alias = Object.hasOwn(this.#aliases, name) ? this.#aliases[name] : undefined;
    return typeof alias === 'string' && alias !== '' ? alias : name;
  }
}

/** True when the serials strictly ascend (so they are sorted and each is listed once). */
function ascending(serials: readonly number[]): boolean {
  for (let k = 1; k < serials.length; k++) if (!(serials[k]! > serials[k - 1]!)) return false;
  return serials.length === 0 || serials[0] === serials[0];
}

/** The ascending serials of `all` that are not in the ascending `taken`. */
function without(all: number[], taken: readonly number[]): number[] {
  if (taken.length === 0 || all.length === 0) return all;
  const out: number[] = [];
  let t = 0;
  for (const serial of all) {
    while (t < taken.length && taken[t]! < serial) t++;
    if (t < taken.length && taken[t] === serial) continue;
    out.push(serial);
  }
  return out.length === all.length ? all : out;
}
