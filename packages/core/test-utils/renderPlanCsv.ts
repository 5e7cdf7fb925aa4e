import type { Department, Plan } from '../src/model/types.js';

const HEADER = ['通し番号', '項目', '取組内容', '目標', 'スケジュール', '主務課', '実施方針', '施策'];

/** Quotes a cell when it holds a comma, a quote or a line break (RFC 4180). */
function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function departmentName(d: Department): string {
  const inner = d.units?.join('、') ?? d.parent;
  return inner === undefined ? d.name : `${d.name}（${inner}）`;
}

/**
 * Writes a Plan as the CSV a city would save from its spreadsheet: a header row in Japanese
 * (通し番号, 項目, 取組内容, 目標, スケジュール, 主務課, 実施方針, 施策), one row per item, cells with line
 * breaks quoted, CRLF line ends, no byte-order mark.
 *
 * @param plan - The plan to write.
 * @returns The CSV text.
 * @example
 * renderPlanCsv(generatePlan({ items: 1 }).plan).split('\r\n')[0];
 * //=> '通し番号,項目,取組内容,目標,スケジュール,主務課,実施方針,施策'
 */
export function renderPlanCsv(plan: Plan): string {
  const rows = [HEADER.join(',')];
  for (const item of plan.items) {
    const primary = item.departments.filter((d) => d.role === 'primary').map(departmentName);
    const joining = item.departments.filter((d) => d.role === 'participating').map(departmentName);
    const departments = [
      ...(primary.length > 0 ? [`◎${primary.join('、')}`] : []),
      ...(joining.length > 0 ? [`○${joining.join('、')}`] : []),
    ].join(' ');
    rows.push(
      [
        `No.${item.serial}`,
        `${item.code} ${item.title}`,
        item.content,
        item.goal,
        item.scheduleText,
        departments,
        `実施方針${item.policy.number} ${item.policy.title}`,
        `(${item.section.number}) ${item.section.title}`,
      ]
        .map(quote)
        .join(','),
    );
  }
  return rows.join('\r\n') + '\r\n';
}
