import { layoutPlan, type Plan } from '@plan-timeline/core';
import { readPlanInSteps } from '@plan-timeline/core/read-plan-in-steps';

/**
 * A small plan in the layout of the plans the element is usually given (a city's 取組項目一覧: index, legend,
 * header, policy and section rows, item rows with HTML cells) whose cells use the notations plans write:
 * fiscal-year points and ranges, open ends, years carried on, recurrences, tracks, targets, dated mentions
 * and departments with units. Made up for the purpose; no real plan's text. The readers run on it
 * ({@link warmUpReaders}), and an element waiting for its plan draws it once, out of sight (`DrawRehearsal`).
 *
 * @example
 * parsePlan(SAMPLE_PLAN_TEXT).items.length; //=> 4
 */
export const SAMPLE_PLAN_TEXT = [
  '見本市役所経営プラン 取組項目一覧',
  '',
  '■実施方針1 健全な行財政経営',
  '',
  '(1) 財政の健全化',
  '',
  '通し番号',
  '',
  '1\t予算編成の見直し\tNo.1',
  '1-1\t公共施設の適正配置\tNo.2',
  '2\t情報システムの最適化\tNo.3',
  '3\t職員研修の充実\tNo.4',
  '',
  '<凡例>',
  '',
  '- ※1 年の表記は、「西暦（和暦）」の順に併記しています。',
  '- ※2 主務課等組織名は、略称表記としています。◎主担当組織、○取組組織',
  '',
  '通し番号\t項目\t取組内容\t目標\tスケジュール\t主務課',
  '■実施方針1 健全な行財政経営\t\t\t【基本構想】\t\t',
  '(1) 財政の健全化\t\t\t【基本計画07-02-02】\t\t◎財政経営担当',
  'No.1\t1 予算編成の見直し\t<p>H28.10策定の方針に基づき、予算編成を見直します。</p>\t市税収納率97.9%の維持\t毎年度、進捗を確認します。 2021(R3)年度：方針策定 2022(R4)年度～2024(R6)年度：試行 2025(R7)年度～：本格実施\t◎財政、行政 ○所管課',
  'No.2\t1-1 公共施設の適正配置\t<ul style="margin:0"><li>・施設の現況調査</li><li>・配置計画の策定</li></ul>\t448人 → 439人（2025(R7)年度当初）\t2020(R2)年度～2022(R4)年度：現況調査<br>令和5年度から3年間：計画策定 3年毎：見直し\t◎総務（人事） ○市民（市民経済部）',
  'No.3\t2 情報システムの最適化\t2020(R2)年12月に策定した計画に沿って進めます。\t運用経費の削減\t【内部情報系】2021(R3)年度：BPR 2022(R4)年度以降：運用 【住民情報系】R4～R6：共同調達の検討\t◎市民経済部（生環、市民、税務、収納）、公民館',
  'No.4\t3 職員研修の充実\t研修の内容を見直します。\t受講者の満足度の向上\t随時実施\t○ICT、総務',
  '',
].join('\n');

/**
 * Reads a small sample plan with the plan readers and lays it out, as the element does a plan's text before
 * it draws it, and lets it go. Run while the page is idle before a plan arrives (many times over: see
 * `warmUpPlanReaders`), it leaves that code run and optimized, so that the plan's first screen, read next, is
 * not read by code running for the first time (which takes several times as long as the runs after it).
 *
 * @returns the sample plan as read (for tests)
 * @example
 * warmUpReaders().items.length; //=> 4
 */
export function warmUpReaders(): Plan {
  const reading = readPlanInSteps(SAMPLE_PLAN_TEXT);
  reading.step();
  const plan = reading.plan();
  layoutPlan(plan, { groupBy: 'item' });
  return plan;
}
