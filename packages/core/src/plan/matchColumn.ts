/** The columns a plan table may have. */
export type ColumnKey =
  'serial' | 'code' | 'title' | 'content' | 'goal' | 'schedule' | 'departments' | 'policy' | 'section';

const NAMES: Record<string, ColumnKey> = {
  通し番号: 'serial',
  番号: 'serial',
  連番: 'serial',
  no: 'serial',
  'no.': 'serial',
  serial: 'serial',
  number: 'serial',
  コード: 'code',
  項目番号: 'code',
  code: 'code',
  項目: 'title',
  取組: 'title',
  取組み: 'title',
  取組項目: 'title',
  項目名: 'title',
  取組名: 'title',
  取組事項: 'title',
  事業名: 'title',
  title: 'title',
  取組内容: 'content',
  取組の内容: 'content',
  実施内容: 'content',
  取組概要: 'content',
  事業概要: 'content',
  概要: 'content',
  内容: 'content',
  content: 'content',
  目標: 'goal',
  達成目標: 'goal',
  数値目標: 'goal',
  成果指標: 'goal',
  指標: 'goal',
  goal: 'goal',
  スケジュール: 'schedule',
  実施スケジュール: 'schedule',
  年次計画: 'schedule',
  年度計画: 'schedule',
  工程: 'schedule',
  工程表: 'schedule',
  実施時期: 'schedule',
  実施年度: 'schedule',
  schedule: 'schedule',
  主務課: 'departments',
  主務課等: 'departments',
  担当課: 'departments',
  担当課等: 'departments',
  所管課: 'departments',
  所管課等: 'departments',
  主管課: 'departments',
  担当部署: 'departments',
  所管部署: 'departments',
  担当部局: 'departments',
  departments: 'departments',
  department: 'departments',
  実施方針: 'policy',
  policy: 'policy',
  施策: 'section',
  section: 'section',
};

/**
 * Names the column a header cell stands for, in Japanese as in the seed
 * (通し番号, コード, 項目, 取組内容, 目標, スケジュール, 主務課, 実施方針, 施策), as other
 * plans name them (取組, 取組名, 実施内容, 成果指標, 年次計画, 工程表, 実施時期, 所管課, 担当部署, …) or in
 * English (no, code, title, content, goal, schedule, departments, policy,
 * section); case, width and surrounding spaces do not matter, nor what a bracket at the
 * end adds (`スケジュール（R3～R7）`, `目標（指標）`, `主務課等 ※2`).
 *
 * @param header - the header cell
 * @returns the column, or `undefined` for a name it does not know
 * @example
 * matchColumn(' 主務課 ')
 * //=> 'departments'
 * matchColumn('No')
 * //=> 'serial'
 * matchColumn('スケジュール（R3～R7）')
 * //=> 'schedule'
 */
export function matchColumn(header: string): ColumnKey | undefined {
  const key = header
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '');
  if (Object.hasOwn(NAMES, key)) return NAMES[key];
  // A note after the name: a bracket at the end (（R3～R7）, 【年度】), or a ※ and what follows it.
  const name = key.replace(/(\([^()]*\)|【[^【】]*】|\[[^[\]]*\]|※.*)+$/, '');
  return name !== key && Object.hasOwn(NAMES, name) ? NAMES[name] : undefined;
}
