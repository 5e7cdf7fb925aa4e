/**
 * Small hand-built plans for the element tests: each shows one thing.
 * Only tests import this file (it is left out of the build).
 */
import type { Plan, PlanItem } from '@plan-timeline/core';
import {
  dept,
  every,
  fySpan,
  item as coreItem,
  monthSpan,
  plan as corePlan,
} from '@plan-timeline/core/test-utils';

export { dept, every, fySpan, monthSpan };

/** The months of a fiscal year, April to March, as the Japanese axis labels them. */
export const FISCAL_YEAR_MONTHS_JA = [
  '4月',
  '5月',
  '6月',
  '7月',
  '8月',
  '9月',
  '10月',
  '11月',
  '12月',
  '1月',
  '2月',
  '3月',
];

/** An item of the seed's first policy and section unless told otherwise (see core's `item`). */
export function item(serial: number, code: string, extra: Partial<PlanItem> = {}): PlanItem {
  return coreItem(serial, code, {
    policy: { number: 1, title: '持続的成長に向けた行財政経営' },
    section: { number: 1, title: '健全な財政の維持' },
    ...extra,
  });
}

/** A plan titled テスト計画 holding the items. */
export function plan(items: PlanItem[], extra: Partial<Plan> = {}): Plan {
  return corePlan(items, { title: 'テスト計画', ...extra });
}

const SYSTEM_TEXT =
  '【内部情報系】 2021(R3)年度：導入検討、システム選定 2022(R4)年度：運用設計・構築 2023(R5)年度以降：本稼働 【住民情報系】 2022(R4)年度：導入検討 2024(R6)年度以降：本稼働';

const BUDGET_TEXT = '2021(R3)年度：方針策定 2022(R4)年度～2023(R5)年度：実施';

function at(text: string, part: string): { start: number; end: number } {
  const start = text.indexOf(part);
  return { start, end: start + part.length };
}

/**
 * A little plan in the seed's shape: a parent with a recurrence and two children,
 * an item with two tracks (like the seed's No.38), an undated item, a milestone,
 * and items led or joined by departments, one by 全庁.
 */
export function smallPlan(): Plan {
  return plan([
    item(1, '1', {
      title: '財政健全化へ向けた取組の推進',
      departments: [dept('財政')],
      scheduleText: '毎年度、着実に実施していきます。',
      schedule: { spans: [], recurrences: [every(1, '着実に実施')], notes: [], diagnostics: [] },
    }),
    item(2, '1-1', {
      title: '収支均衡した予算編成',
      departments: [dept('財政'), dept('全庁', 'participating')],
      content: '財政調整的基金の活用可能額の範囲内で収支均衡を図ります。',
      goal: '収支均衡',
      scheduleText: BUDGET_TEXT,
      schedule: {
        spans: [
          fySpan(2021, 2021, { label: '方針策定', source: at(BUDGET_TEXT, '2021(R3)年度：方針策定') }),
          fySpan(2022, 2023, { label: '実施', source: at(BUDGET_TEXT, '2022(R4)年度～2023(R5)年度：実施') }),
        ],
        recurrences: [],
        notes: [],
        diagnostics: [],
      },
    }),
    item(3, '1-2', {
      title: '市債の適切な管理',
      departments: [dept('財政')],
      scheduleText: '2021(R3)年10月：計画改定',
      schedule: {
        spans: [monthSpan(2021, 10, { label: '計画改定', source: { start: 0, end: 17 } })],
        recurrences: [],
        notes: [],
        diagnostics: [],
      },
    }),
    item(38, '20', {
      title: '総合行政情報システムの最適化、クラウド化、共同調達',
      departments: [dept('ICT'), dept('全庁', 'participating')],
      policy: { number: 1, title: '持続的成長に向けた行財政経営' },
      section: { number: 6, title: 'ICTの積極的な利活用による効率化の推進' },
      scheduleText: SYSTEM_TEXT,
      references: ['六次総基本計画07-04-02'],
      schedule: {
        spans: [
          fySpan(2021, 2021, {
            label: '導入検討、システム選定',
            track: '内部情報系',
            source: at(SYSTEM_TEXT, '2021(R3)年度：導入検討、システム選定'),
          }),
          fySpan(2022, 2022, {
            label: '運用設計・構築',
            track: '内部情報系',
            source: at(SYSTEM_TEXT, '2022(R4)年度：運用設計・構築'),
          }),
          fySpan(2023, null, {
            label: '本稼働',
            track: '内部情報系',
            source: at(SYSTEM_TEXT, '2023(R5)年度以降：本稼働'),
          }),
          fySpan(2022, 2022, {
            label: '導入検討',
            track: '住民情報系',
            source: at(SYSTEM_TEXT, '2022(R4)年度：導入検討'),
          }),
          fySpan(2024, null, {
            label: '本稼働',
            track: '住民情報系',
            source: at(SYSTEM_TEXT, '2024(R6)年度以降：本稼働'),
          }),
        ],
        recurrences: [],
        notes: [],
        diagnostics: [],
      },
    }),
    item(40, '22', {
      title: 'セキュリティ意識及び情報リテラシーの向上',
      policy: { number: 2, title: '成長し続ける組織' },
      section: { number: 1, title: '職員の意識・意欲の向上' },
      scheduleText: '取組内容に記載した事項を実施します。',
    }),
    item(41, '23', {
      title: '窓口でのキャッシュレス決済導入の促進',
      departments: [dept('市民'), dept('会計', 'participating')],
      policy: { number: 2, title: '成長し続ける組織' },
      section: { number: 1, title: '職員の意識・意欲の向上' },
      schedule: {
        spans: [fySpan(2018, 2019, { label: '検討', approximate: true })],
        recurrences: [],
        notes: [],
        diagnostics: [],
      },
    }),
  ]);
}

/** A plan of `count` items, 取組 1 … 取組 count, each with a fiscal-year span, to show virtualization. */
export function bigPlan(count: number, extra: Partial<PlanItem> = {}): Plan {
  const items: PlanItem[] = [];
  for (let i = 1; i <= count; i++) {
    items.push(
      item(i, String(i), {
        title: `取組 ${i}`,
        schedule: { spans: [fySpan(2018 + (i % 8))], recurrences: [], notes: [], diagnostics: [] },
        ...extra,
      }),
    );
  }
  return plan(items);
}

/**
 * A plan carrying `payload` in every text it has (titles, content, goal, schedule, departments,
 * references, targets, spans, tracks, recurrences, notes, policies, sections), to show that plan text
 * stays text wherever the element shows it.
 */
export function hostilePlan(payload: string): Plan {
  const scheduleText = `2021(R3)年度：${payload}`;
  return plan(
    [
      item(1, '1', {
        title: `A ${payload}`,
        content: `content ${payload}`,
        goal: `goal ${payload}`,
        scheduleText,
        departments: [dept(`D ${payload}`), dept(`J ${payload}`, 'participating')],
        references: [`ref ${payload}`],
        targets: [{ label: `tl ${payload}`, value: 1, unit: `unit ${payload}`, text: `target ${payload}` }],
        policy: { number: 1, title: `P ${payload}` },
        section: { number: 1, title: `S ${payload}` },
        schedule: {
          spans: [
            fySpan(2021, 2021, {
              label: `L ${payload}`,
              track: `T1 ${payload}`,
              source: { start: 0, end: 12 },
            }),
            fySpan(2022, null, {
              label: `M ${payload}`,
              track: `T2 ${payload}`,
              source: { start: 0, end: 12 },
            }),
          ],
          recurrences: [
            { everyYears: 1, approximate: false, label: `R ${payload}`, source: { start: 0, end: 3 } },
          ],
          notes: [{ text: `note ${payload}`, source: { start: 0, end: 1 } }],
          diagnostics: [],
        },
      }),
    ],
    {
      title: `Plan ${payload}`,
      policies: [{ number: 1, title: `P ${payload}`, references: [`pref ${payload}`] }],
      sections: [{ policy: 1, number: 1, title: `S ${payload}`, references: [`sref ${payload}`] }],
    },
  );
}
