import type { Department } from '../model/types.js';

/**
 * Writes departments back as a 主務課 cell: leads after `◎`, participants after `○`, names
 * joined by `、`; a department's parent organisation and units follow it in full-width
 * brackets, parent first: `市民（市民経済部）`, `総務（人事）`, `所管課（税務、国保、介護）`.
 *
 * @param departments - the departments, in the order to write them (leads are written first)
 * @returns the cell text, such as `◎財政、行政 ○所管課`; empty for no departments
 *
 * @example
 * formatDepartments([
 *   { name: '財政', role: 'primary' },
 *   { name: '行政', role: 'primary' },
 *   { name: '所管課', role: 'participating' },
 * ])
 * //=> '◎財政、行政 ○所管課'
 */
export function formatDepartments(departments: readonly Department[]): string {
  const leads = departments.filter((d) => d.role === 'primary').map(formatDepartment);
  const joins = departments.filter((d) => d.role !== 'primary').map(formatDepartment);
  const parts: string[] = [];
  if (leads.length > 0) parts.push(`◎${leads.join('、')}`);
  if (joins.length > 0) parts.push(`○${joins.join('、')}`);
  return parts.join(' ');
}

/**
 * Writes one department as a 主務課 cell names it, without its mark: its name, then its parent organisation and
 * its units in full-width brackets, parent first.
 *
 * @param department - the department
 * @returns its name with what the brackets held
 * @example
 * formatDepartment({ name: '所管課', role: 'participating', units: ['税務', '国保', '介護'] })
 * //=> '所管課（税務、国保、介護）'
 * formatDepartment({ name: '市民', role: 'primary', parent: '市民経済部' })
 * //=> '市民（市民経済部）'
 */
export function formatDepartment(department: Pick<Department, 'name' | 'parent' | 'units'>): string {
  const { name, parent, units } = department;
  return (
    name + (parent ? `（${parent}）` : '') + (units && units.length > 0 ? `（${units.join('、')}）` : '')
  );
}
