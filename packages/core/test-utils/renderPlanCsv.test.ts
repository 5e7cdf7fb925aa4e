import { describe, expect, it } from 'vitest';
import type { Plan } from '../src/model/types.js';
import { renderPlanCsv } from './renderPlanCsv.js';

const plan: Plan = {
  title: 't',
  policies: [],
  sections: [],
  items: [
    {
      serial: 7,
      code: '5-1',
      parentCode: '5',
      title: '再編, "計画"',
      content: '一行目\n二行目',
      goal: '目標',
      scheduleText: '2021(R3)年度：検討',
      schedule: { spans: [], recurrences: [], notes: [], diagnostics: [] },
      departments: [
        { name: '総務', role: 'primary', units: ['人事'] },
        { name: '全庁', role: 'participating' },
      ],
      policy: { number: 1, title: '方針' },
      section: { number: 2, title: '施策' },
      references: [],
      targets: [],
      mentions: [],
      line: 1,
    },
  ],
  departments: [],
  diagnostics: [],
};

describe('renderPlanCsv', () => {
  it('writes a Japanese header and one quoted row per item with CRLF line ends', () => {
    expect(renderPlanCsv(plan)).toBe(
      '通し番号,項目,取組内容,目標,スケジュール,主務課,実施方針,施策\r\n' +
        'No.7,"5-1 再編, ""計画""","一行目\n二行目",目標,2021(R3)年度：検討,◎総務（人事） ○全庁,実施方針1 方針,(2) 施策\r\n',
    );
  });

  it('writes only the header for a plan without items', () => {
    expect(renderPlanCsv({ ...plan, items: [] })).toBe(
      '通し番号,項目,取組内容,目標,スケジュール,主務課,実施方針,施策\r\n',
    );
  });
});
