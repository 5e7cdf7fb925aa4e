import type { Department, DepartmentSummary, Plan, PlanItem, Policy, Section } from '../src/model/types.js';
import { createRandom, type Random } from './createRandom.js';
import { generateSchedule } from './generateSchedule.js';
import { renderPlanCsv } from './renderPlanCsv.js';
import { renderPlanText } from './renderPlanText.js';

/** What {@link generatePlan} makes. */
export interface GeneratePlanOptions {
  /** Number of items (rows), 0 or more. */
  items: number;
  /** Seed of the pseudo-random choices (default 1): the same seed gives the same plan. */
  seed?: number;
  /** First fiscal year a span may start in (default 2016). */
  firstFiscalYear?: number;
  /** Last fiscal year a span may end in (default 2030). */
  lastFiscalYear?: number;
  /** Dated entries per item, `[min, max]` (default `[1, 5]`, three on average). */
  spansPerItem?: readonly [number, number];
}

/** One synthetic plan in three forms that all say the same thing. */
export interface GeneratedPlan {
  /** The Plan a reader should return for `text`; items' `line` points into `text`. */
  plan: Plan;
  /** The plan in the seed's text layout. */
  text: string;
  /** The plan as spreadsheet CSV (Japanese header, CRLF). */
  csv: string;
}

const TITLE = '合成市役所経営プラン 取組項目一覧';

const POLICIES = [
  '持続的成長に向けた「縮充」を推進する行財政経営',
  'チャレンジ精神と創造性が発揮でき、成長し続ける組織',
  '市民とともに歩む開かれた市政の推進',
  '安全で安心な暮らしを支える基盤づくり',
  '地域の魅力を高めるまちづくり',
] as const;

const SECTIONS = [
  '健全な財政の維持',
  '中長期的視点に立った公共施設等マネジメント',
  '公民連携（PPP）の推進',
  '効率的な事業手法の推進',
  '公営企業の経営改革',
  'ICTの積極的な利活用による効率化の推進',
  '職員の意識・意欲の向上',
  '職員の力を伸ばす人材育成',
  '働きやすい職場づくり',
  '効率的な組織・人員体制の構築',
] as const;

const LEADS = ['財政経営担当', '行政経営担当', '総務課', 'ICT推進室', '上下水道部'] as const;
const PRIMARY = [
  '財政',
  '管財',
  '行政',
  '総務',
  'ICT',
  '収納',
  '税務',
  '国保',
  '市民',
  '商工',
  '道公',
  '上下',
  '地コミ',
  '生学',
  '社福',
  '子育て',
  '文化財',
  '交防',
  '上下水道部',
  '生環',
] as const;
const JOINING = ['所管課', '全庁', '住民関連課', '財政', '総務', 'ICT', '行政'] as const;

const THEMES = [
  '窓口業務',
  '公共施設',
  '財政運営',
  '人材育成',
  '情報システム',
  '文書管理',
  '広域連携',
  '公民連携',
  '職員研修',
  '補助制度',
  '使用料',
  '電子申請',
  '防災体制',
  '組織体制',
  '収納事務',
  '上下水道事業',
  '子育て支援',
  '地域コミュニティ',
  '会議運営',
  '勤怠管理',
] as const;
const ACTIONS = [
  '見直し',
  '効率化',
  '標準化',
  'デジタル化',
  '適正化',
  '推進',
  '検証',
  '再編',
  '活用',
  '強化',
] as const;
const REASONS = [
  '利用者のニーズ',
  '社会情勢の変化',
  '費用対効果',
  '国の動向',
  '他自治体の事例',
  '地域の実情',
] as const;
const RESULTS = [
  '質の向上',
  '負担の軽減',
  '安定的な運営',
  '適正な管理',
  '利便性の向上',
  '持続可能性の確保',
] as const;

function sentence(random: Random): string {
  return `${random.pick(THEMES)}について、${random.pick(REASONS)}を踏まえ、${random.pick(ACTIONS)}を進めます。`;
}

function departmentsFor(random: Random): Department[] {
  const names = new Set<string>();
  const out: Department[] = [];
  const primaries = random.int(1, 3);
  for (let i = 0; i < primaries; i++) {
    const name = random.pick(PRIMARY);
    if (names.has(name)) continue;
    names.add(name);
    out.push(
      name === '総務' && random.chance(0.3)
        ? { name, role: 'primary', units: ['人事'] }
        : { name, role: 'primary' },
    );
  }
  const joining = random.chance(0.6) ? random.int(1, 2) : 0;
  for (let i = 0; i < joining; i++) {
    const name = random.pick(JOINING);
    if (names.has(name)) continue;
    names.add(name);
    out.push({ name, role: 'participating' });
  }
  return out;
}

function summarize(items: readonly PlanItem[]): DepartmentSummary[] {
  const byName = new Map<string, DepartmentSummary>();
  for (const item of items) {
    for (const d of item.departments) {
      let summary = byName.get(d.name);
      if (!summary) byName.set(d.name, (summary = { name: d.name, leads: [], joins: [] }));
      (d.role === 'primary' ? summary.leads : summary.joins).push(item.serial);
    }
  }
  return [...byName.values()];
}

/** 1-based line of every `No.N` row of the detailed table. */
function rowLines(text: string): Map<number, number> {
  const lines = new Map<number, number>();
  text.split('\n').forEach((line, i) => {
    const m = /^No\.(\d+)\t/.exec(line);
    if (m) lines.set(Number(m[1]), i + 1);
  });
  return lines;
}

/**
 * Generates a synthetic plan of `items` items for tests and benchmarks: codes with parents (`5`, `5-1`),
 * 実施方針 and 施策, ◎ lead and ○ participating departments, schedules in the seed's notations
 * (`2021(R3)年度：…`, ranges, `～：` and `以降`, `毎年度`, `N年毎`, `【…】` tracks). The same options always
 * give the same plan, text and CSV.
 *
 * @param options - Number of items, seed and year bounds.
 * @returns The Plan, the same plan in the seed's text layout, and as CSV.
 * @example
 * const { plan, text } = generatePlan({ items: 100, seed: 7 });
 * plan.items.length;
 * //=> 100
 * text.includes('No.100\t');
 * //=> true
 */
export function generatePlan(options: GeneratePlanOptions): GeneratedPlan {
  const {
    items: count,
    seed = 1,
    firstFiscalYear = 2016,
    lastFiscalYear = 2030,
    spansPerItem = [1, 5],
  } = options;
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`generatePlan: items must be a whole number ≥ 0, got ${count}`);
  const random = createRandom(seed);

  const policies: Policy[] = [];
  const sections: Section[] = [];
  const items: Omit<PlanItem, 'line'>[] = [];
  let policy: Policy | null = null;
  let section: Section | null = null;
  let sectionsLeft = 0;
  let sectionTitleOffset = 0;
  let itemsLeft = 0;
  let top = 0;
  let children = 0;

  for (let serial = 1; serial <= count; serial++) {
    if (itemsLeft === 0) {
      if (sectionsLeft === 0 || !policy) {
        const number = policies.length + 1;
        policy = { number, title: POLICIES[(number - 1) % POLICIES.length]!, references: ['六次総基本構想'] };
        policies.push(policy);
        sectionsLeft = random.int(3, 6);
        sectionTitleOffset = random.int(0, SECTIONS.length - 1);
      }
      const number = sections.filter((s) => s.policy === policy!.number).length + 1;
      section = {
        policy: policy.number,
        number,
        title: SECTIONS[(sectionTitleOffset + number - 1) % SECTIONS.length]!,
        references: [`六次総基本計画07-0${(policy.number % 9) + 1}-0${(number % 9) + 1}`],
        lead: { name: random.pick(LEADS), role: 'primary' },
      };
      sections.push(section);
      sectionsLeft -= 1;
      itemsLeft = random.int(6, 15);
      children = 5; // a section starts with a top-level item
    }
    itemsLeft -= 1;

    let code: string;
    let parentCode: string | undefined;
    if (children < 5 && random.chance(0.45)) {
      children += 1;
      code = `${top}-${children}`;
      parentCode = String(top);
    } else {
      top += 1;
      children = 0;
      code = String(top);
    }
    const theme = random.pick(THEMES);
    const title = `${theme}の${random.pick(ACTIONS)}`;
    const { text: scheduleText, schedule } = generateSchedule(random, {
      firstFiscalYear,
      lastFiscalYear,
      spans: spansPerItem,
    });
    const long = scheduleText.includes('\n');
    const content = long ? `${sentence(random)}\n${sentence(random)}` : sentence(random);
    const goal = `${theme}の${random.pick(RESULTS)}を図ります。`;
    items.push({
      serial,
      code,
      ...(parentCode === undefined ? {} : { parentCode }),
      title,
      content,
      goal,
      scheduleText,
      schedule,
      departments: departmentsFor(random),
      policy: { number: policy!.number, title: policy!.title },
      section: { number: section!.number, title: section!.title },
      references: [],
      targets: [],
      mentions: [],
    });
  }

  const draft: Plan = {
    title: TITLE,
    policies,
    sections,
    items: items.map((item) => ({ ...item, line: 0 })),
    departments: summarize(items as PlanItem[]),
    diagnostics: [],
  };
  const text = renderPlanText(draft);
  const lines = rowLines(text);
  const plan: Plan = {
    ...draft,
    items: draft.items.map((item) => ({ ...item, line: lines.get(item.serial)! })),
  };
  return { plan, text, csv: renderPlanCsv(plan) };
}
