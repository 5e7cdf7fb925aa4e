/** The columns a plan table may have. */
export type ColumnKey =
  'serial' | 'code' | 'title' | 'content' | 'goal' | 'schedule' | 'departments' | 'policy' | 'section';

const NAMES: Record<string, ColumnKey> = {
  通し番号: 'serial',
  番号: 'serial',
  no: 'serial',
  'no.': 'serial',
  serial: 'serial',
  number: 'serial',
  コード: 'code',
  項目番号: 'code',
  code: 'code',
  項目: 'title',
  取組項目: 'title',
  項目名: 'title',
  title: 'title',
  取組内容: 'content',
  内容: 'content',
  content: 'content',
  目標: 'goal',
  goal: 'goal',
  スケジュール: 'schedule',
  schedule: 'schedule',
  主務課: 'departments',
  主務課等: 'departments',
  担当課: 'departments',
  departments: 'departments',
  department: 'departments',
  実施方針: 'policy',
  policy: 'policy',
  施策: 'section',
  section: 'section',
};

/**
 * Names the column a header cell stands for, in Japanese as in the seed
 * (通し番号, コード, 項目, 取組内容, 目標, スケジュール, 主務課, 実施方針, 施策) or in
 * English (no, code, title, content, goal, schedule, departments, policy,
 * section); case, width and surrounding spaces do not matter.
 *
 * @param header - the header cell
 * @returns the column, or `undefined` for a name it does not know
 * @example
 * matchColumn(' 主務課 ')
 * //=> 'departments'
 * matchColumn('No')
 * //=> 'serial'
 */
export function matchColumn(header: string): ColumnKey | undefined {
  const key = header
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '');
  return Object.hasOwn(NAMES, key) ? NAMES[key] : undefined;
}
