import { describe, expect, it } from 'vitest';
import type { Plan, PlanItem } from '../src/model/types.js';
import { renderPlanText } from './renderPlanText.js';

const empty = { spans: [], recurrences: [], notes: [], diagnostics: [] };
const item = (over: Partial<PlanItem>): PlanItem => ({
  serial: 1,
  code: '1',
  title: '収支均衡した予算編成',
  content: '予算編成を目指します。',
  goal: '収支均衡を実現します。',
  scheduleText: '2021(R3)年度：検討',
  schedule: empty,
  departments: [{ name: '財政', role: 'primary' }],
  policy: { number: 1, title: '行財政経営' },
  section: { number: 1, title: '健全な財政の維持' },
  references: [],
  targets: [],
  mentions: [],
  line: 0,
  ...over,
});
const plan: Plan = {
  title: '試験市 取組項目一覧',
  policies: [{ number: 1, title: '行財政経営', references: ['六次総基本構想'] }],
  sections: [
    {
      policy: 1,
      number: 1,
      title: '健全な財政の維持',
      references: ['計画07'],
      lead: { name: '財政経営担当', role: 'primary' },
    },
  ],
  items: [
    item({}),
    item({
      serial: 2,
      code: '1-1',
      parentCode: '1',
      title: '市債の管理',
      scheduleText: '【内部】\n2022(R4)年度以降：運用',
      departments: [
        { name: '総務', role: 'primary', units: ['人事'] },
        { name: '所管課', role: 'participating' },
        { name: '全庁', role: 'participating' },
      ],
    }),
  ],
  departments: [],
  diagnostics: [],
};

describe('renderPlanText', () => {
  it("writes the seed's layout: index, legend, header, policy and section rows, 6-column item rows", () => {
    const lines = renderPlanText(plan).split('\n');
    expect(lines.slice(0, 10)).toEqual([
      '試験市 取組項目一覧',
      '',
      '■実施方針1 行財政経営',
      '',
      '(1) 健全な財政の維持',
      '',
      '通し番号',
      '',
      '1\t収支均衡した予算編成\tNo.1',
      '1-1\t市債の管理\tNo.2',
    ]);
    expect(lines).toContain('<凡例>');
    const table = lines.slice(lines.indexOf('通し番号\t項目\t取組内容\t目標\tスケジュール\t主務課'));
    expect(table.slice(1)).toEqual([
      '■実施方針1 行財政経営\t\t\t【六次総基本構想】\t\t',
      '(1) 健全な財政の維持\t\t\t【計画07】\t\t◎財政経営担当',
      'No.1\t1 収支均衡した予算編成\t予算編成を目指します。\t収支均衡を実現します。\t2021(R3)年度：検討\t◎財政',
      'No.2\t1-1 市債の管理\t<p>予算編成を目指します。</p>\t<p>収支均衡を実現します。</p>\t<p>【内部】</p> <p>2022(R4)年度以降：運用</p>\t<p>◎総務（人事）</p> <p>○所管課、全庁</p>',
      '',
    ]);
  });

  it('repeats the header row before every page of five items', () => {
    const items = Array.from({ length: 11 }, (_, i) => item({ serial: i + 1, code: String(i + 1) }));
    const text = renderPlanText({ ...plan, items });
    expect(text.split('\n').filter((l) => l.startsWith('通し番号\t')).length).toBe(3);
  });

  it('refuses a cell holding a tab, which would shift the columns', () => {
    expect(() => renderPlanText({ ...plan, items: [item({ goal: 'a\tb' })] })).toThrow(RangeError);
  });

  it('does not mutate the plan', () => {
    const before = structuredClone(plan);
    renderPlanText(plan);
    expect(plan).toEqual(before);
  });
});
