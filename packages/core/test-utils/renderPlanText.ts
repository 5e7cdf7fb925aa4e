import type { Department, Plan, PlanItem } from '../src/model/types.js';

const HEADER = '通し番号\t項目\t取組内容\t目標\tスケジュール\t主務課';
const LEGEND = [
  '<凡例>',
  '',
  '- ※1 年の表記は、「西暦（和暦）」の順に併記しています（条例等固有の表記を除く。）。',
  '- ※2 主務課等組織名は、略称表記としています。◎主担当組織、○取組組織',
  '主担当組織が複数の場合は、筆頭記載の組織がとりまとめ担当となります。',
  '- ※3 取組項目は進捗状況等に応じて見直ししていくため、通し番号は年度ごとに変わります。',
  '- ※4 目標は、他計画等との連携を図るため、極力連動した指標としています。',
];

/** Rows per page of the detailed table: the header row repeats before each page, as in the seed. */
const ROWS_PER_PAGE = 5;

/** A cell: one line as it is, several lines as `<p>` paragraphs (the seed's HTML fragments). */
function cell(text: string, paragraphs: boolean): string {
  if (/[\t\r]/.test(text))
    throw new RangeError(`renderPlanText: a cell may not hold a tab: ${JSON.stringify(text)}`);
  const lines = text.split('\n');
  return paragraphs ? lines.map((line) => `<p>${line}</p>`).join(' ') : lines.join(' ');
}

/** `総務（人事）`, `市民（市民経済部）` or the bare name. */
function departmentName(d: Department): string {
  const inner = d.units?.join('、') ?? d.parent;
  return inner === undefined ? d.name : `${d.name}（${inner}）`;
}

/** The 主務課 lines: `◎財政、行政` then `○所管課`. */
function departmentLines(departments: readonly Department[]): string[] {
  const lines: string[] = [];
  const primary = departments.filter((d) => d.role === 'primary').map(departmentName);
  const joining = departments.filter((d) => d.role === 'participating').map(departmentName);
  if (primary.length > 0) lines.push(`◎${primary.join('、')}`);
  if (joining.length > 0) lines.push(`○${joining.join('、')}`);
  return lines;
}

function itemRow(item: PlanItem): string {
  const paragraphs = [item.content, item.goal, item.scheduleText].some((t) => t.includes('\n'));
  return [
    `No.${item.serial}`,
    `${item.code} ${item.title}`,
    cell(item.content, paragraphs),
    cell(item.goal, paragraphs),
    cell(item.scheduleText, paragraphs),
    cell(departmentLines(item.departments).join('\n'), paragraphs),
  ].join('\t');
}

/**
 * Writes a Plan in the layout of the seed (`seeds/000_247872b8d3084b37.txt`): the title, an item index
 * grouped by 実施方針 and 施策 (`code\ttitle\tNo.N`), the legend, then the detailed table of tab-separated
 * 6-column rows (`No.N\tcode title\t取組内容\t目標\tスケジュール\t主務課`) with policy and section rows and a
 * header row before every page of five items. Cells with several lines become `<p>` paragraphs.
 *
 * @param plan - The plan to write (its items' `line` fields are not read).
 * @returns The plan text, lines joined with `\n`, ending with a newline.
 * @example
 * renderPlanText(generatePlan({ items: 3 }).plan).split('\n')[0];
 * //=> '合成市役所経営プラン 取組項目一覧'
 */
export function renderPlanText(plan: Plan): string {
  const out: string[] = [plan.title, ''];
  const policyOf = new Map(plan.policies.map((p) => [p.number, p]));
  const sectionKey = (policy: number, section: number): string => `${policy}/${section}`;
  const sectionOf = new Map(plan.sections.map((s) => [sectionKey(s.policy, s.number), s]));

  // The item index.
  let policy = -1;
  let section = '';
  let indexHeading = false;
  for (const item of plan.items) {
    if (item.policy.number !== policy) {
      if (out.at(-1) !== '') out.push('');
      out.push(`■実施方針${item.policy.number} ${item.policy.title}`, '');
      policy = item.policy.number;
    }
    const key = sectionKey(item.policy.number, item.section.number);
    if (key !== section) {
      if (out.at(-1) !== '') out.push('');
      out.push(`(${item.section.number}) ${item.section.title}`, '');
      if (!indexHeading) out.push('通し番号', '');
      indexHeading = true;
      section = key;
    }
    out.push(`${item.code}\t${item.title}\tNo.${item.serial}`);
  }
  out.push('', ...LEGEND, '');

  // The detailed table.
  policy = -1;
  section = '';
  plan.items.forEach((item, i) => {
    if (i % ROWS_PER_PAGE === 0) out.push(...(i === 0 ? [] : ['']), HEADER);
    if (item.policy.number !== policy) {
      const refs = (policyOf.get(item.policy.number)?.references ?? []).map((r) => `【${r}】`).join(' ');
      out.push(`■実施方針${item.policy.number} ${item.policy.title}\t\t\t${refs}\t\t`);
      policy = item.policy.number;
    }
    const key = sectionKey(item.policy.number, item.section.number);
    if (key !== section) {
      const s = sectionOf.get(key);
      const refs = (s?.references ?? []).map((r) => `【${r}】`).join(' ');
      const lead = s?.lead ? `${s.lead.role === 'primary' ? '◎' : '○'}${departmentName(s.lead)}` : '';
      out.push(`(${item.section.number}) ${item.section.title}\t\t\t${refs}\t\t${lead}`);
      section = key;
    }
    out.push(itemRow(item));
  });
  return out.join('\n') + '\n';
}
