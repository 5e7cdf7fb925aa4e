/**
 * A small plan written out by hand for the export and validation tests: three items whose
 * text holds commas, quotes, line breaks, semicolons and backslashes, open spans at either
 * end, a track, a month and a day, departments with units and parents. Only tests import it.
 */
import type { Plan, PlanItem, Span } from '../src/model/types.js';

const scheduleText1 = '2021(R3)年度：内部情報系業務BPR\n2023(R5)年度以降：並行稼働';
const scheduleText2 =
  '【住民情報系】\n2021(R3)年9月：仕様書作成; 入札, "公告"\n令和3年9月28日：契約\\締結（長い説明が続きます。システム更新に伴う業務の標準化・効率化を図るための調整を行います。）';
const scheduleText3 = '(~2020年度) 現行計画';

function span(partial: Partial<Span> & Pick<Span, 'start' | 'end' | 'source'>): Span {
  return {
    startFiscalYear: null,
    endFiscalYear: null,
    precision: 'fiscal-year',
    approximate: false,
    label: '',
    ...partial,
  };
}

const item1: PlanItem = {
  serial: 26,
  code: '12-1',
  parentCode: '12',
  title: '総合行政情報システムの更新に伴う業務の標準化・効率化（BPRの推進）',
  content: 'システム更新に合わせ, 業務を見直します。\n・"BPR" の推進\n・標準化',
  goal: '業務の効率化',
  scheduleText: scheduleText1,
  schedule: {
    spans: [
      span({
        start: '2021-04-01',
        end: '2022-03-31',
        startFiscalYear: 2021,
        endFiscalYear: 2021,
        label: '内部情報系業務BPR',
        source: { start: 0, end: 21 },
      }),
      span({
        start: '2023-04-01',
        end: null,
        startFiscalYear: 2023,
        label: '並行稼働',
        source: { start: 22, end: scheduleText1.length },
      }),
    ],
    recurrences: [],
    notes: [],
    diagnostics: [],
  },
  departments: [
    { name: '財政', role: 'primary' },
    { name: '行政', role: 'primary' },
    { name: '所管課', role: 'participating', units: ['税務', '国保', '介護'] },
  ],
  policy: { number: 1, title: '持続的成長に向けた「縮充」を推進する行財政経営' },
  section: { number: 4, title: '効率的な事業手法の推進' },
  references: ['六次総基本計画07-04-02'],
  targets: [{ label: '市税(現年+滞繰)', value: 97.9, unit: '%', text: '市税(現年+滞繰)97.9%の維持' }],
  mentions: [],
  line: 140,
};

const item2: PlanItem = {
  serial: 38,
  code: '20',
  title: '総合行政情報システムの最適化, クラウド化',
  content: '=SUM(A1) ではありません',
  goal: '',
  scheduleText: scheduleText2,
  schedule: {
    spans: [
      span({
        start: '2021-09-01',
        end: '2021-09-30',
        startFiscalYear: 2021,
        endFiscalYear: 2021,
        precision: 'month',
        label: '仕様書作成; 入札, "公告"',
        track: '住民情報系',
        source: { start: 8, end: 35 },
      }),
      span({
        start: '2021-09-28',
        end: '2021-09-28',
        startFiscalYear: 2021,
        endFiscalYear: 2021,
        precision: 'day',
        approximate: true,
        label:
          '契約\\締結（長い説明が続きます。システム更新に伴う業務の標準化・効率化を図るための調整を行います。）😀',
        track: '住民情報系',
        source: { start: 36, end: scheduleText2.length },
      }),
    ],
    recurrences: [
      {
        everyYears: 1,
        approximate: false,
        months: { from: 3, to: 3 },
        label: '点検',
        source: { start: 0, end: 0 },
      },
    ],
    notes: [],
    diagnostics: [],
  },
  departments: [
    { name: 'ICT', role: 'primary', parent: '総務部' },
    { name: '総務', role: 'participating', units: ['人事'] },
  ],
  policy: { number: 1, title: '持続的成長に向けた「縮充」を推進する行財政経営' },
  section: { number: 6, title: 'ICTの積極的な利活用による効率化の推進' },
  references: [],
  targets: [],
  mentions: [
    span({
      start: '2016-10-01',
      end: '2016-10-31',
      startFiscalYear: 2016,
      endFiscalYear: 2016,
      precision: 'month',
      label: 'H28.10策定',
      source: { start: 0, end: 7 },
    }),
  ],
  line: 160,
};

const item3: PlanItem = {
  serial: 13,
  code: '5-1',
  parentCode: '5',
  title: '公立保育所再編計画等の推進',
  content: '',
  goal: '',
  scheduleText: scheduleText3,
  schedule: {
    spans: [
      span({
        start: null,
        end: '2021-03-31',
        endFiscalYear: 2020,
        label: '現行計画',
        source: { start: 0, end: scheduleText3.length },
      }),
    ],
    recurrences: [],
    notes: [],
    diagnostics: [
      {
        code: 'era-mismatch',
        severity: 'warning',
        message: '2020 is not R3',
        source: { start: 0, end: 8 },
        serial: 13,
        line: 121,
      },
    ],
  },
  departments: [{ name: '市民', role: 'primary', parent: '市民経済部' }],
  policy: { number: 1, title: '持続的成長に向けた「縮充」を推進する行財政経営' },
  section: { number: 2, title: '中長期的視点に立った公共施設等マネジメント' },
  references: [],
  targets: [],
  mentions: [],
  line: 121,
};

/** The sample plan; a fresh copy on every call, so a test cannot change another's. */
export function samplePlan(): Plan {
  return structuredClone({
    title: '多賀城市役所経営プラン 取組項目一覧',
    notes: ['※1 年の表記は、「西暦（和暦）」の順に併記しています。'],
    policies: [
      { number: 1, title: '持続的成長に向けた「縮充」を推進する行財政経営', references: ['六次総基本構想'] },
    ],
    sections: [
      {
        policy: 1,
        number: 2,
        title: '中長期的視点に立った公共施設等マネジメント',
        references: [],
        lead: { name: '財政経営担当', role: 'participating' },
      },
    ],
    items: [item1, item2, item3],
    departments: [
      { name: '財政', leads: [26], joins: [] },
      { name: 'ICT', leads: [38], joins: [] },
    ],
    diagnostics: [
      {
        code: 'era-mismatch',
        severity: 'warning',
        message: '2020(R3): 2020 is R2',
        source: { start: 0, end: 8 },
        serial: 13,
        line: 121,
      },
    ],
  } satisfies Plan);
}
