/**
 * The data model shared by every part of plan-timeline: the schedule parser,
 * the plan readers, the layout and the `<plan-timeline>` element.
 *
 * Calendar dates travel as ISO `YYYY-MM-DD` strings and fiscal years as the
 * Western year in which they start (FY2021 = 2021-04-01 … 2022-03-31), so no
 * value depends on the machine's time zone.
 *
 * @module
 */

/** A UTF-16 range `[start, end)` in the text a value was read from. */
export interface Source {
  /** Offset of the first UTF-16 code unit. */
  start: number;
  /** Offset just past the last UTF-16 code unit (exclusive). */
  end: number;
}

/** How finely a span's dates are known. */
export type Precision =
  'fiscal-year' | 'fiscal-half' | 'fiscal-quarter' | 'month' | 'day' | 'calendar-year' | 'decade';

/**
 * A period of time read from text: `2021(R3)年度` is one span from
 * 2021-04-01 to 2022-03-31; `2023(R5)年度以降` has `end: null`.
 */
export interface Span {
  /** First day, ISO `YYYY-MM-DD`, inclusive; `null` for an open start (`～2020年度`). */
  start: string | null;
  /** Last day, ISO `YYYY-MM-DD`, inclusive; `null` for an open end (`以降`, `～`). */
  end: string | null;
  /** Fiscal year holding `start`, or `null` when open. */
  startFiscalYear: number | null;
  /** Fiscal year holding `end`, or `null` when open. */
  endFiscalYear: number | null;
  /** The finest unit the text gave (of the start, or of the end when the start is open). */
  precision: Precision;
  /** The text hedged the date: 目途, おおむね, 頃, 予定. */
  approximate: boolean;
  /** What happens then: the text after `：`, or the sentence around the date. */
  label: string;
  /** The sub-track heading in force (`【内部情報系】`, a leading `○` line), without brackets. */
  track?: string;
  /** Where the span's date and label were read. */
  source: Source;
}

/** Work repeated every N years: 毎年度 → 1, 3年毎 → 3; perhaps several times a year (年2回, 毎月). */
export interface Recurrence {
  /** Years between repetitions (the smaller bound of `3年~5年ごと`). */
  everyYears: number;
  /** Up to this many years (`3年~5年ごと` → 5); absent when fixed. */
  everyYearsMax?: number;
  /**
   * How many times in each year it comes, where the text says more than once: `年2回` → 2, `半期ごと` → 2,
   * `毎月` → 12, `毎四半期` → 4, `毎週` → 52, `毎日` → 365; the fewer of a range (`年2～3回` → 2). Absent for once a
   * year, or when the text does not say.
   */
  timesPerYear?: number;
  /** Up to this many times in each year (`年2～3回` → 3, `年1～2回` → 2); absent when the text says one number. */
  timesPerYearMax?: number;
  /** The text hedged the period: 概ね, おおむね, 目安. */
  approximate: boolean;
  /**
   * When in each year it comes, where the text says (`毎年度末`, `毎年4月`, `毎年度上半期`): the months of
   * the calendar from `from` to `to`, 1–12, a `from` after `to` running over the new year (下半期 of a
   * fiscal year is 10 to 3). Absent when the text names no time of year.
   */
  months?: MonthRange;
  /** What is repeated. */
  label: string;
  /** The sub-track heading in force, without brackets. */
  track?: string;
  /** Where it was read. */
  source: Source;
}

/** Months of the calendar, `from` to `to` (1–12); a `from` after `to` runs over the new year (12 to 2). */
export interface MonthRange {
  from: number;
  to: number;
}

/** Text that carries no date: kept, never dropped. */
export interface Note {
  text: string;
  source: Source;
}

/** How serious a diagnostic is. */
export type Severity = 'error' | 'warning' | 'info';

/** Something a reader noticed: an era mismatch, an undated item, a row it could not read. */
export interface Diagnostic {
  /** Stable machine-readable code, such as `'era-mismatch'`, `'undated'`, `'unread-row'`. */
  code: string;
  severity: Severity;
  /** A sentence for people, in English. */
  message: string;
  /**
   * The same sentence in Japanese, for the people who write and check plans. Every diagnostic core reports
   * has one; a diagnostic of a plan read from JSON has one when the JSON does.
   */
  messageJa?: string;
  /** Where in the text the problem lies (offsets into the schedule text, or into the plan input). */
  source: Source;
  /** The item's serial (No.), when the diagnostic belongs to an item. */
  serial?: number;
  /** 1-based line in the plan input, when known. */
  line?: number;
}

/** The result of {@link parseSchedule}: every character of the text ends up in one of these. */
export interface Schedule {
  spans: Span[];
  recurrences: Recurrence[];
  notes: Note[];
  diagnostics: Diagnostic[];
}

/** A department in charge of an item, as written in 主務課. */
export interface Department {
  /** The name as written (`財政`, `所管課`). */
  name: string;
  /** `◎` lead (primary) or `○` participating. */
  role: 'primary' | 'participating';
  /** Units named in brackets after it: `総務（人事）` → `['人事']`. */
  units?: string[];
  /** The larger organisation it sits in: `市民（市民経済部）` → `'市民経済部'`. */
  parent?: string;
}

/** Which items a department leads and joins (item serials). */
export interface DepartmentSummary {
  name: string;
  leads: number[];
  joins: number[];
}

/** A 実施方針 (policy) of the plan. */
export interface Policy {
  number: number;
  title: string;
  /** Plan references such as `六次総基本構想` (without 【】). */
  references: string[];
  /** The department in charge of the whole policy, when the plan names one (`◎総務課`). */
  lead?: Department;
}

/** A 施策 (section) inside a policy: `(1) 健全な財政の維持`. */
export interface Section {
  policy: number;
  number: number;
  title: string;
  references: string[];
  /** The section's lead, such as `◎財政経営担当`. */
  lead?: Department;
}

/** A numeric goal: `市税(現年+滞繰)97.9%の維持`, `448人 → 439人`. */
export interface Target {
  /** What is measured. */
  label: string;
  /** The value today, when the text gives one. */
  from?: number;
  /** The value aimed at. */
  value: number;
  /** The unit as written: `%`, `人`, `件`. */
  unit: string;
  /** By when, when the text says (its `source` offsets point into the item's goal). */
  by?: Span;
  /** The text the target was read from. */
  text: string;
}

/** One 取組項目 (item) of a plan. */
export interface PlanItem {
  /** 通し番号: No.13 → 13. */
  serial: number;
  /** The item's code: `'5-1'`. */
  code: string;
  /** The code of the item it belongs to: `'5'` for `'5-1'`. */
  parentCode?: string;
  title: string;
  /** 取組内容 as plain text; paragraphs and bullets (・) kept as lines. */
  content: string;
  /** 目標 as plain text. */
  goal: string;
  /** The スケジュール cell as plain text. */
  scheduleText: string;
  /** {@link parseSchedule} of `scheduleText`. */
  schedule: Schedule;
  /** 主務課, in the order written. */
  departments: Department[];
  policy: { number: number; title: string };
  section: { number: number; title: string };
  /** Plan references such as `六次総基本計画07-04-02` (without 【】). */
  references: string[];
  targets: Target[];
  /**
   * Dated mentions in content and goal: H28.10策定, 2020(R2)年12月に策定. Their `source` offsets
   * point into `content + '\n' + goal`.
   */
  mentions: Span[];
  /** 1-based line where the item's row starts in the input. */
  line: number;
}

/** A whole plan, as every reader returns it. */
export interface Plan {
  title: string;
  policies: Policy[];
  sections: Section[];
  items: PlanItem[];
  departments: DepartmentSummary[];
  diagnostics: Diagnostic[];
  /** Notes that hold for the whole plan, such as the legend's (凡例) `※1 年の表記は…`, one per note. */
  notes?: string[];
}
