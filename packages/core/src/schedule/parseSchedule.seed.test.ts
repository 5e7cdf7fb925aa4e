/**
 * Every スケジュール cell of the seed plan, with the spans, recurrences, track headings and notes
 * expected from it written out by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Precision, Recurrence, Span } from '../model/types.js';
import { findUncovered } from './coverage.js';
import { parseSchedule } from './parseSchedule.js';

/**
 * The seed's schedule cells by item serial: rows start `No.N<TAB>`, have 6 or 7 columns (code
 * and title joined or split), and the schedule is the cell before the department cell. Cells
 * that are HTML fragments (`<p>…</p> <p>…</p>`) become one line per paragraph, as a plan
 * reader gives them.
 */
function seedScheduleCells(): Map<number, string> {
  const text = readFileSync(new URL('../../../../seeds/000_247872b8d3084b37.txt', import.meta.url), 'utf8');
  const cells = new Map<number, string>();
  for (const row of text.split('\n')) {
    const serial = /^No\.(\d+)\t/.exec(row);
    if (!serial) continue;
    const columns = row.split('\t');
    const cell = columns[columns.length - 2]!.replace(/<\/?(?:p|br|ul|li)\b[^>]*>/g, '\n')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join('\n');
    cells.set(Number(serial[1]), cell);
  }
  return cells;
}

interface ExpectedSpan {
  start: string | null;
  end: string | null;
  startFiscalYear: number | null;
  endFiscalYear: number | null;
  precision: Precision;
  label: string;
  /** The exact text the span's source covers. */
  source: string;
  approximate?: boolean;
  track?: string;
}
interface ExpectedRecurrence {
  everyYears: number;
  approximate?: boolean;
  label: string;
  source: string;
}
interface Expected {
  spans?: ExpectedSpan[];
  recurrences?: ExpectedRecurrence[];
  /** Texts of the notes (headings and undated text). */
  notes?: string[];
}

const A = '取組内容や目標に記載した事項について着実に実施していきます。';
const B = '取組内容及び目標に記載した事項について着実に実施していきます。';
const everyYear = (label: string): ExpectedRecurrence => ({
  everyYears: 1,
  label,
  source: `毎年度、${label}`,
});

const EXPECTED: Record<number, Expected> = {
  1: { recurrences: [everyYear(A)] },
  2: { recurrences: [everyYear(A)] },
  3: { recurrences: [everyYear(A)] },
  4: { recurrences: [everyYear(A)] },
  5: { recurrences: [everyYear(A)] },
  6: { recurrences: [everyYear(A)] },
  7: { recurrences: [everyYear(A)] },
  8: { recurrences: [everyYear(A)] },
  9: { recurrences: [everyYear(A)] },
  10: {
    recurrences: [everyYear('収納率を確認しつつ、取組内容に記載した事項について着実に実施していきます。')],
  },
  11: {
    spans: [
      {
        start: '2021-10-01',
        end: '2021-10-31',
        startFiscalYear: 2021,
        endFiscalYear: 2021,
        precision: 'month',
        label: '10月に定期見直し',
        source: '2021(R3)年度：10月に定期見直し',
      },
    ],
    recurrences: [everyYear(A), { everyYears: 3, label: '見直しの実施', source: '3年毎：見直しの実施' }],
  },
  12: {
    recurrences: [
      everyYear(
        '公表データの年次更新を行いつつ、取組内容や目標に記載した事項について着実に実施していきます。',
      ),
    ],
  },
  13: {
    spans: [
      {
        start: '2019-04-01',
        end: '2020-03-31',
        startFiscalYear: 2019,
        endFiscalYear: 2019,
        precision: 'fiscal-year',
        label: '笠神保育所民設民営へ移行',
        source: '2019(H31)年度：笠神保育所民設民営へ移行',
      },
      {
        start: '2020-04-01',
        end: '2021-03-31',
        startFiscalYear: 2020,
        endFiscalYear: 2020,
        precision: 'fiscal-year',
        label: '鶴ヶ谷保育所民設民営へ移行',
        source: '2020(R2)年度：鶴ヶ谷保育所民設民営へ移行',
      },
      {
        start: '2021-04-01',
        end: null,
        startFiscalYear: 2021,
        endFiscalYear: null,
        precision: 'fiscal-year',
        label: '保育の需給状況を踏まえた公立保育所の方向性の検討・決定',
        source: '2021(R3)年度～：保育の需給状況を踏まえた公立保育所の方向性の検討・決定',
      },
    ],
  },
  14: {
    spans: [
      {
        start: '2018-04-01',
        end: '2019-03-31',
        startFiscalYear: 2018,
        endFiscalYear: 2018,
        precision: 'fiscal-year',
        label: '基本構想策定',
        source: '2018(H30)年度：基本構想策定',
      },
      {
        start: '2019-04-01',
        end: '2020-03-31',
        startFiscalYear: 2019,
        endFiscalYear: 2019,
        precision: 'fiscal-year',
        label: '基本設計',
        source: '2019(H31)年度：基本設計',
      },
      {
        start: '2020-04-01',
        end: '2021-03-31',
        startFiscalYear: 2020,
        endFiscalYear: 2020,
        precision: 'fiscal-year',
        label: '基本設計を見直しし基本設計（その2）作成',
        source: '2020(R2)年度：基本設計を見直しし基本設計（その2）作成',
      },
      {
        start: '2024-04-01',
        end: '2025-03-31',
        startFiscalYear: 2024,
        endFiscalYear: 2024,
        precision: 'fiscal-year',
        label: '完成、運用開始',
        source: '2024(R6)年度：完成、運用開始',
      },
    ],
  },
  15: {
    spans: [
      {
        start: '2021-04-01',
        end: '2022-03-31',
        startFiscalYear: 2021,
        endFiscalYear: 2021,
        precision: 'fiscal-year',
        label: '現状把握、検証方法の検討',
        source: '2021(R3)年度：現状把握、検証方法の検討',
      },
      {
        start: '2022-04-01',
        end: '2023-03-31',
        startFiscalYear: 2022,
        endFiscalYear: 2022,
        precision: 'fiscal-year',
        label: '指定管理者制度の検証、運用基準の改訂',
        source: '2022(R4)年度：指定管理者制度の検証、運用基準の改訂',
      },
    ],
  },
  16: { recurrences: [everyYear(B)] },
  17: {
    spans: [
      {
        start: '2021-04-01',
        end: '2022-03-31',
        startFiscalYear: 2021,
        endFiscalYear: 2021,
        precision: 'fiscal-year',
        label: '手続き・手法の検討',
        source: '2021(R3)年度：手続き・手法の検討',
      },
      {
        start: '2022-04-01',
        end: '2023-03-31',
        startFiscalYear: 2022,
        endFiscalYear: 2022,
        precision: 'fiscal-year',
        label: '受託者の選定',
        source: '2022(R4)年度：受託者の選定',
      },
      {
        start: '2023-04-01',
        end: '2024-03-31',
        startFiscalYear: 2023,
        endFiscalYear: 2023,
        precision: 'fiscal-year',
        label: '指定管理者制度の運用開始',
        source: '2023(R5)年度：指定管理者制度の運用開始',
      },
    ],
  },
  18: {
    spans: [
      {
        start: '2021-04-01',
        end: '2022-03-31',
        startFiscalYear: 2021,
        endFiscalYear: 2021,
        precision: 'fiscal-year',
        label: '手法について検討',
        source: '2021(R3)年度：手法について検討',
      },
    ],
  },
  19: { notes: ['引き続き効果的な運営手法について検証していきます。'] },
  20: { recurrences: [everyYear('取組内容及び目標に記載した事項について、柔軟に対応していきます。')] },
  21: {
    spans: [
      {
        start: '2019-04-01',
        end: '2020-03-31',
        startFiscalYear: 2019,
        endFiscalYear: 2019,
        precision: 'fiscal-year',
        label: '市民課窓口の安定的運用に向けたPPP導入等の検討開始',
        source: '2019(H31)年度：市民課窓口の安定的運用に向けたPPP導入等の検討開始',
      },
      {
        start: '2020-04-01',
        end: '2021-03-31',
        startFiscalYear: 2020,
        endFiscalYear: 2020,
        precision: 'fiscal-year',
        label: '窓口業務等の洗い出し調査、PPP導入の検討、ICT利活用の検討',
        source: '2020(R2)年度：窓口業務等の洗い出し調査、PPP導入の検討、ICT利活用の検討',
      },
      {
        start: '2021-04-01',
        end: '2022-03-31',
        startFiscalYear: 2021,
        endFiscalYear: 2021,
        precision: 'fiscal-year',
        label: '実施する方策の検討、決定',
        source: '2021(R3)年度：実施する方策の検討、決定',
      },
    ],
  },
  22: {
    spans: [
      {
        start: '2019-04-01',
        end: '2020-03-31',
        startFiscalYear: 2019,
        endFiscalYear: 2019,
        precision: 'fiscal-year',
        label: '県への要望事項に発掘業務の委託許容について追加',
        source: '2019(H31)年度：県への要望事項に発掘業務の委託許容について追加',
      },
    ],
    recurrences: [everyYear('取組内容及び目標に記載した事項について、着実に実施していきます。')],
  },
  23: { recurrences: [everyYear(B)] },
  24: { recurrences: [everyYear(B)] },
  25: { recurrences: [everyYear(B)] },
  26: {
    spans: [
      {
        start: '2021-04-01',
        end: '2022-03-31',
        startFiscalYear: 2021,
        endFiscalYear: 2021,
        precision: 'fiscal-year',
        label: '内部情報系業務BPR',
        source: '2021(R3)年度：内部情報系業務BPR',
      },
      {
        start: '2022-04-01',
        end: '2023-03-31',
        startFiscalYear: 2022,
        endFiscalYear: 2022,
        precision: 'fiscal-year',
        label: '内部情報系システム構築、試行、住民情報系業務BPR',
        source: '2022(R4)年度：内部情報系システム構築、試行、住民情報系業務BPR',
      },
      {
        start: '2023-04-01',
        end: '2024-03-31',
        startFiscalYear: 2023,
        endFiscalYear: 2023,
        precision: 'fiscal-year',
        label: '住民情報系システム構築、試行',
        source: '2023(R5)年度：住民情報系システム構築、試行',
      },
      {
        start: '2024-04-01',
        end: '2025-03-31',
        startFiscalYear: 2024,
        endFiscalYear: 2024,
        precision: 'fiscal-year',
        label: '試行を経て本格稼働',
        source: '2024(R6)年度：試行を経て本格稼働',
      },
    ],
  },
  27: {
    spans: [
      {
        start: '2020-04-01',
        end: '2021-03-31',
        startFiscalYear: 2020,
        endFiscalYear: 2020,
        precision: 'fiscal-year',
        label: '押印廃止に係る調査',
        source: '2020(R2)年度：押印廃止に係る調査',
      },
      {
        start: '2021-04-01',
        end: '2022-03-31',
        startFiscalYear: 2021,
        endFiscalYear: 2021,
        precision: 'fiscal-year',
        label: '押印廃止に係る指針の策定、押印廃止',
        source: '2021(R3)年度：押印廃止に係る指針の策定、押印廃止',
      },
    ],
  },
  28: {
    spans: [
      {
        start: '2020-04-01',
        end: '2021-03-31',
        startFiscalYear: 2020,
        endFiscalYear: 2020,
        precision: 'fiscal-year',
        label: '押印状況調査、廃止の方向で検討',
        source: '2020(R2)年度：押印状況調査、廃止の方向で検討',
      },
      {
        start: '2021-04-01',
        end: '2022-03-31',
        startFiscalYear: 2021,
        endFiscalYear: 2021,
        precision: 'fiscal-year',
        label: '電子文書、電子決裁に向けた事務見直し(BPR)、仕様決定',
        source: '2021(R3)年度：電子文書、電子決裁に向けた事務見直し(BPR)、仕様決定',
      },
      {
        start: '2022-04-01',
        end: '2023-03-31',
        startFiscalYear: 2022,
        endFiscalYear: 2022,
        precision: 'fiscal-year',
        label: 'システム構築、試行',
        source: '2022(R4)年度：システム構築、試行',
      },
      {
        start: '2023-04-01',
        end: '2024-03-31',
        startFiscalYear: 2023,
        endFiscalYear: 2023,
        precision: 'fiscal-year',
        label: '検証、本格稼働',
        source: '2023(R5)年度：検証、本格稼働',
      },
    ],
  },
  29: {
    spans: [
      {
        start: '2021-04-01',
        end: '2022-03-31',
        startFiscalYear: 2021,
        endFiscalYear: 2021,
        precision: 'fiscal-year',
        label: '事務処理の見直し(BPR)、仕様決定',
        source: '2021(R3)年度：事務処理の見直し(BPR)、仕様決定',
      },
      {
        start: '2022-04-01',
        end: '2023-03-31',
        startFiscalYear: 2022,
        endFiscalYear: 2022,
        precision: 'fiscal-year',
        label: 'システム構築、試行',
        source: '2022(R4)年度：システム構築、試行',
      },
      {
        start: '2023-04-01',
        end: '2024-03-31',
        startFiscalYear: 2023,
        endFiscalYear: 2023,
        precision: 'fiscal-year',
        label: '検証、本格稼働',
        source: '2023(R5)年度：検証、本格稼働',
      },
    ],
  },
  30: {
    spans: [
      {
        start: '2020-04-01',
        end: '2021-03-31',
        startFiscalYear: 2020,
        endFiscalYear: 2020,
        precision: 'fiscal-year',
        label: '電子会議室運用開始',
        source: '2020(R2)年度：電子会議室運用開始',
      },
      {
        start: '2021-04-01',
        end: '2022-03-31',
        startFiscalYear: 2021,
        endFiscalYear: 2021,
        precision: 'fiscal-year',
        label: 'ルール化検討',
        source: '2021(R3)年度：ルール化検討',
      },
    ],
  },
  31: { recurrences: [everyYear(B)] },
  32: { recurrences: [everyYear(B)] },
  33: {
    spans: [
      {
        start: '2021-04-01',
        end: null,
        startFiscalYear: 2021,
        endFiscalYear: null,
        precision: 'fiscal-year',
        label: '使用料見直しの検討',
        source: '2021(R3)年度～：使用料見直しの検討',
      },
    ],
    recurrences: [
      {
        everyYears: 1,
        label: '受益者負担の状況把握及び検証を実施し',
        source: '毎年度、受益者負担の状況把握及び検証を実施し、',
      },
      {
        everyYears: 5,
        approximate: true,
        label: '見直しの検討を行います。',
        source: '概ね5年ごとに見直しの検討を行います。',
      },
    ],
  },
  34: {
    spans: [
      {
        start: '2021-04-01',
        end: '2023-03-31',
        startFiscalYear: 2021,
        endFiscalYear: 2022,
        precision: 'fiscal-year',
        label: '県の計画策定に参画、広域連携手法の検討',
        source: '2021(R3)年度～2022(R4)年度：県の計画策定に参画、広域連携手法の検討',
      },
    ],
    recurrences: [everyYear(B)],
  },
  35: {
    spans: [
      {
        start: '2020-04-01',
        end: '2021-03-31',
        startFiscalYear: 2020,
        endFiscalYear: 2020,
        precision: 'fiscal-year',
        label: 'ICT利活用方針策定、RPA等導入実証実験ほかICT利活用による効率化の促進',
        source: '2020(R2)年度：ICT利活用方針策定、RPA等導入実証実験ほかICT利活用による効率化の促進',
      },
      {
        start: '2021-04-01',
        end: '2022-03-31',
        startFiscalYear: 2021,
        endFiscalYear: 2021,
        precision: 'fiscal-year',
        label: 'ICT推進室の設置、行動計画の策定、RPA本格導入、他事業との連携による効率化の促進',
        source:
          '2021(R3)年度：ICT推進室の設置、行動計画の策定、RPA本格導入、他事業との連携による効率化の促進',
      },
    ],
  },
  36: {
    spans: [
      {
        start: '2020-04-01',
        end: '2021-03-31',
        startFiscalYear: 2020,
        endFiscalYear: 2020,
        precision: 'fiscal-year',
        label: '窓口電子化に関する検討',
        source: '2020(R2)年度：窓口電子化に関する検討',
      },
      {
        start: '2021-04-01',
        end: '2022-03-31',
        startFiscalYear: 2021,
        endFiscalYear: 2021,
        precision: 'fiscal-year',
        label: 'Webフォーム基盤構築、運用',
        source: '2021(R3)年度：Webフォーム基盤構築、運用',
      },
    ],
    recurrences: [everyYear(A)],
  },
  37: { recurrences: [everyYear(A)] },
  38: {
    spans: [
      {
        start: '2021-04-01',
        end: '2022-03-31',
        startFiscalYear: 2021,
        endFiscalYear: 2021,
        precision: 'fiscal-year',
        label: '導入検討、システム選定',
        source: '2021(R3)年度：導入検討、システム選定',
        track: '内部情報系',
      },
      {
        start: '2022-04-01',
        end: '2023-03-31',
        startFiscalYear: 2022,
        endFiscalYear: 2022,
        precision: 'fiscal-year',
        label: '運用設計・構築、データ移行（現契約は1年程度再リース）',
        source: '2022(R4)年度：運用設計・構築、データ移行（現契約は1年程度再リース）',
        track: '内部情報系',
      },
      {
        start: '2023-04-01',
        end: null,
        startFiscalYear: 2023,
        endFiscalYear: null,
        precision: 'fiscal-year',
        label: '並行稼働、検証を経て本稼働',
        source: '2023(R5)年度以降：並行稼働、検証を経て本稼働',
        track: '内部情報系',
      },
      {
        start: '2022-04-01',
        end: '2023-03-31',
        startFiscalYear: 2022,
        endFiscalYear: 2022,
        precision: 'fiscal-year',
        label: '導入検討、システム選定（現契約は2年程度再リース）',
        source: '2022(R4)年度：導入検討、システム選定（現契約は2年程度再リース）',
        track: '住民情報系',
      },
      {
        start: '2023-04-01',
        end: '2024-03-31',
        startFiscalYear: 2023,
        endFiscalYear: 2023,
        precision: 'fiscal-year',
        label: '運用設計・構築、データ移行',
        source: '2023(R5)年度：運用設計・構築、データ移行',
        track: '住民情報系',
      },
      {
        start: '2024-04-01',
        end: null,
        startFiscalYear: 2024,
        endFiscalYear: null,
        precision: 'fiscal-year',
        label: '並行稼働、検証を経て本稼働',
        source: '2024(R6)年度以降：並行稼働、検証を経て本稼働',
        track: '住民情報系',
      },
    ],
    notes: ['○総合行政情報システムの更新・最適化', '【内部情報系】', '【住民情報系】'],
  },
  39: { recurrences: [everyYear(A)] },
  40: { recurrences: [everyYear(A)] },
  41: {
    spans: [
      {
        start: '2021-04-01',
        end: '2022-03-31',
        startFiscalYear: 2021,
        endFiscalYear: 2021,
        precision: 'fiscal-year',
        label: '先行事例の検討、関連課との協議',
        source: '2021（R3）年度：先行事例の検討、関連課との協議',
      },
      {
        start: '2022-04-01',
        end: '2023-03-31',
        startFiscalYear: 2022,
        endFiscalYear: 2022,
        precision: 'fiscal-year',
        label: '導入の検討、検証',
        source: '2022（R4）年度：導入の検討、検証',
      },
    ],
  },
  42: { recurrences: [everyYear(A)] },
  43: { recurrences: [everyYear(A)] },
  44: { recurrences: [everyYear(A)] },
  45: { recurrences: [everyYear(A)] },
  46: { recurrences: [everyYear(A)] },
  47: { recurrences: [everyYear(A)] },
  48: { recurrences: [everyYear(A)] },
  49: { recurrences: [everyYear(A)] },
  50: {
    notes: [
      '次世代育成支援対策推進法に基づく特定事業主行動計画等に沿った取組みを、計画期間内に着実に実施していきます。',
    ],
  },
  51: { recurrences: [everyYear(A)] },
  52: { recurrences: [everyYear(A)] },
  53: {
    recurrences: [
      {
        everyYears: 1,
        label:
          '業務プロセスの見直し及びICT技術の活用等による効率化を進め、定年延長制度等を踏まえながら、定数を管理していきます。',
        source:
          '業務プロセスの見直し及びICT技術の活用等による効率化を進め、定年延長制度等を踏まえながら、毎年度、定数を管理していきます。',
      },
    ],
  },
  54: {
    spans: [
      {
        start: '2018-04-01',
        end: '2019-03-31',
        startFiscalYear: 2018,
        endFiscalYear: 2018,
        precision: 'fiscal-year',
        label: '全庁組織改編案検討開始',
        source: '2018(H30)年度：全庁組織改編案検討開始',
      },
      {
        start: '2019-04-01',
        end: '2020-03-31',
        startFiscalYear: 2019,
        endFiscalYear: 2019,
        precision: 'fiscal-year',
        label: '一部組織改編',
        source: '2019(H31)年度：一部組織改編',
      },
      {
        start: '2020-04-01',
        end: '2021-03-31',
        startFiscalYear: 2020,
        endFiscalYear: 2020,
        precision: 'fiscal-year',
        label: '一部組織改編',
        source: '2020(R2)年度：一部組織改編',
      },
      {
        start: '2021-04-01',
        end: '2022-03-31',
        startFiscalYear: 2021,
        endFiscalYear: 2021,
        precision: 'fiscal-year',
        label: '一部組織改編、全庁組織改編案及び実施時期の検討',
        source: '2021(R3)年度：一部組織改編、全庁組織改編案及び実施時期の検討',
      },
    ],
  },
};

/** Where `needle` stands in `cell` (each expected source text occurs once per cell, or is looked up after the previous one). */
function sourceOf(cell: string, needle: string, from: number): { start: number; end: number } {
  const start = cell.indexOf(needle, from);
  if (start < 0) throw new Error(`expected source ${JSON.stringify(needle)} is not in the cell`);
  return { start, end: start + needle.length };
}

function expectedSpans(cell: string, spans: ExpectedSpan[]): Span[] {
  let from = 0;
  return spans.map((s) => {
    const source = sourceOf(cell, s.source, from);
    from = source.start + 1;
    const span: Span = {
      start: s.start,
      end: s.end,
      startFiscalYear: s.startFiscalYear,
      endFiscalYear: s.endFiscalYear,
      precision: s.precision,
      approximate: s.approximate ?? false,
      label: s.label,
      source,
    };
    if (s.track !== undefined) span.track = s.track;
    return span;
  });
}

function expectedRecurrences(cell: string, recurrences: ExpectedRecurrence[]): Recurrence[] {
  let from = 0;
  return recurrences.map((r) => {
    const source = sourceOf(cell, r.source, from);
    from = source.start + 1;
    return { everyYears: r.everyYears, approximate: r.approximate ?? false, label: r.label, source };
  });
}

const cells = seedScheduleCells();

describe('parseSchedule on the seed plan', () => {
  it('finds all 54 schedule cells', () => {
    expect([...cells.keys()]).toEqual(Array.from({ length: 54 }, (_, i) => i + 1));
    expect(Object.keys(EXPECTED).map(Number)).toEqual([...cells.keys()]);
  });

  for (const [serial, cell] of cells) {
    it(`reads No.${serial}`, () => {
      const expected = EXPECTED[serial]!;
      const schedule = parseSchedule(cell);
      expect(schedule.spans).toEqual(expectedSpans(cell, expected.spans ?? []));
      expect(schedule.recurrences).toEqual(expectedRecurrences(cell, expected.recurrences ?? []));
      expect(schedule.notes.map((n) => n.text)).toEqual(expected.notes ?? []);
      for (const note of schedule.notes)
        expect(cell.slice(note.source.start, note.source.end)).toBe(note.text);
      expect(schedule.diagnostics).toEqual([]);
      expect(findUncovered(cell, schedule)).toEqual([]);
    });
  }

  it('reads No.38 as two tracks, 内部情報系 and 住民情報系', () => {
    const schedule = parseSchedule(cells.get(38)!);
    expect([...new Set(schedule.spans.map((s) => s.track))]).toEqual(['内部情報系', '住民情報系']);
  });

  it('dates every cell but No.19 and No.50, whose text names no time', () => {
    const undated = [...cells].filter(([, cell]) => {
      const s = parseSchedule(cell);
      return s.spans.length === 0 && s.recurrences.length === 0;
    });
    expect(undated.map(([serial]) => serial)).toEqual([19, 50]);
  });
});
