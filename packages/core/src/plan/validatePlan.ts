import type {
  Department,
  DepartmentSummary,
  Diagnostic,
  MonthRange,
  Note,
  Plan,
  PlanItem,
  Policy,
  Recurrence,
  Schedule,
  Section,
  Source,
  Span,
  Target,
} from '../model/types.js';

/** One way a value differs from the {@link Plan} shape. */
export interface PlanProblem {
  /** Where, as a JSON path: `$.items[3].schedule.spans[0].start`. */
  path: string;
  /** What was expected there: `expected an ISO date or null`. */
  message: string;
  /** The same in Japanese: `ISO形式の日付（YYYY-MM-DD）か null が必要です`. */
  messageJa: string;
}

/** Options for {@link validatePlan}. */
export interface ValidatePlanOptions {
  /** Stop after this many problems (default 100), so a huge wrong document stays cheap to report. */
  maxProblems?: number;
}

/** Collects problems up to a limit. */
interface Report {
  problems: PlanProblem[];
  max: number;
}

/**
 * Checks a value found at `key` of the value at `path` (at `path` itself when `key` is
 * undefined). The value's own path is written out only when there is a problem to report or
 * values inside it to check: most values are leaves that pass.
 */
type Check = (value: unknown, path: string, out: Report, key?: string | number) => void;

/** The JSON path of `key` in the value at `path`: `$.items[3]`, `$.title`. */
const pathOf = (path: string, key: string | number | undefined): string =>
  key === undefined ? path : typeof key === 'number' ? `${path}[${key}]` : `${path}.${key}`;

/** An empty report that stops at `options.maxProblems` (default 100, at least 1). */
const reportFor = (options: ValidatePlanOptions): Report => ({
  problems: [],
  max: Math.max(1, options.maxProblems ?? 100),
});

const add = (out: Report, path: string, message: string, messageJa: string): void => {
  if (out.problems.length < out.max) out.problems.push({ path, message, messageJa });
};

const ISO_DATE = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const leaf =
  (test: (value: unknown) => boolean, expected: string, expectedJa: string): Check =>
  (value, path, out, key) => {
    if (!test(value)) add(out, pathOf(path, key), `expected ${expected}`, `${expectedJa}が必要です`);
  };

const string = leaf((v) => typeof v === 'string', 'a string', '文字列');
const boolean = leaf((v) => typeof v === 'boolean', 'a boolean', '真偽値（true か false）');
const number = leaf((v) => typeof v === 'number' && Number.isFinite(v), 'a number', '数値');
const integer = leaf((v) => Number.isInteger(v), 'an integer', '整数');
const count = leaf((v) => Number.isInteger(v) && (v as number) >= 0, 'an integer ≥ 0', '0以上の整数');
const positive = leaf((v) => Number.isInteger(v) && (v as number) >= 1, 'an integer ≥ 1', '1以上の整数');
const integerOrNull = leaf((v) => v === null || Number.isInteger(v), 'an integer or null', '整数か null');
const isoDateOrNull = leaf(
  (v) => v === null || (typeof v === 'string' && ISO_DATE.test(v)),
  'an ISO date or null',
  'ISO形式の日付（YYYY-MM-DD）か null',
);
const oneOf = (...values: string[]): Check =>
  leaf(
    (v) => typeof v === 'string' && values.includes(v),
    `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`,
    `${values.map((v) => JSON.stringify(v)).join('、')}のどれか`,
  );

function array(item: Check): Check {
  return (value, path, out, key) => {
    const here = pathOf(path, key);
    if (!Array.isArray(value)) {
      add(out, here, 'expected an array', '配列が必要です');
      return;
    }
    for (let index = 0; index < value.length && out.problems.length < out.max; index++) {
      item(value[index], here, out, index);
    }
  };
}

/**
 * The checks for every property of `T`, optional ones spelt with a trailing `?`: the type
 * checker then refuses a shape that misses a property the model has, or names one it lacks.
 */
type Shape<T> = {
  [K in keyof T as undefined extends T[K] ? `${K & string}?` : K & string]-?: Check;
};

/** An object with required and optional (`?`-suffixed) properties; others are allowed. */
function object<T>(shape: Shape<T>): Check {
  const fields = Object.entries(shape as Record<string, Check>).map(([key, check]) => ({
    name: key.endsWith('?') ? key.slice(0, -1) : key,
    optional: key.endsWith('?'),
    check,
  }));
  return (value, path, out, key) => {
    const here = pathOf(path, key);
    if (!isObject(value)) {
      add(out, here, 'expected an object', 'オブジェクトが必要です');
      return;
    }
    for (const { name, optional, check } of fields) {
      if (!Object.hasOwn(value, name)) {
        if (!optional) add(out, pathOf(here, name), 'is missing', '必須の項目がありません');
        continue;
      }
      check(value[name], here, out, name);
    }
  };
}

const source = object<Source>({ start: count, end: count });
const monthOfYear = leaf(
  (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 12,
  'a month, 1 to 12',
  '1から12までの月',
);
const months = object<MonthRange>({ from: monthOfYear, to: monthOfYear });
const strings = array(string);
const span = object<Span>({
  start: isoDateOrNull,
  end: isoDateOrNull,
  startFiscalYear: integerOrNull,
  endFiscalYear: integerOrNull,
  precision: oneOf('fiscal-year', 'fiscal-half', 'fiscal-quarter', 'month', 'day', 'calendar-year', 'decade'),
  approximate: boolean,
  label: string,
  'track?': string,
  source,
});
const recurrence = object<Recurrence>({
  everyYears: positive,
  'everyYearsMax?': positive,
  'timesPerYear?': positive,
  'timesPerYearMax?': positive,
  approximate: boolean,
  'months?': months,
  label: string,
  'track?': string,
  source,
});
const note = object<Note>({ text: string, source });
const diagnostic = object<Diagnostic>({
  code: string,
  severity: oneOf('error', 'warning', 'info'),
  message: string,
  'messageJa?': string,
  source,
  'serial?': integer,
  'line?': positive,
});
const schedule = object<Schedule>({
  spans: array(span),
  recurrences: array(recurrence),
  notes: array(note),
  diagnostics: array(diagnostic),
});
const department = object<Department>({
  name: string,
  role: oneOf('primary', 'participating'),
  'units?': strings,
  'parent?': string,
});
const numberedTitle = object<PlanItem['policy']>({ number: integer, title: string });
const target = object<Target>({
  label: string,
  'from?': number,
  value: number,
  unit: string,
  'by?': span,
  text: string,
});
const planItem = object<PlanItem>({
  serial: integer,
  code: string,
  'parentCode?': string,
  title: string,
  content: string,
  goal: string,
  scheduleText: string,
  schedule,
  departments: array(department),
  policy: numberedTitle,
  section: numberedTitle,
  references: strings,
  targets: array(target),
  mentions: array(span),
  line: count,
});
const plan = object<Plan>({
  title: string,
  policies: array(
    object<Policy>({ number: integer, title: string, references: strings, 'lead?': department }),
  ),
  sections: array(
    object<Section>({
      policy: integer,
      number: integer,
      title: string,
      references: strings,
      'lead?': department,
    }),
  ),
  items: array(planItem),
  departments: array(
    object<DepartmentSummary>({ name: string, leads: array(integer), joins: array(integer) }),
  ),
  diagnostics: array(diagnostic),
  'notes?': strings,
});

/**
 * Checks that a value (typically parsed JSON) has the shape of a {@link Plan}, the same rules
 * as the package's `plan.schema.json`, without a schema compiler (so it runs under a strict
 * Content-Security-Policy). Properties the model does not name are allowed.
 *
 * @param value - any value
 * @param options - `maxProblems` (default 100)
 * @returns the problems found, each with the JSON path of the value at fault; empty when the
 *   value is a valid Plan (never throws)
 *
 * @example
 * validatePlan({ title: 'x', policies: [], sections: [], items: [], departments: [], diagnostics: [] })
 * //=> []
 * validatePlan({ title: 1 }).map((p) => `${p.path}: ${p.message}`)[0]
 * //=> '$.title: expected a string'
 * validatePlan({ title: 1 })[0].messageJa
 * //=> '文字列が必要です'
 */
export function validatePlan(value: unknown, options: ValidatePlanOptions = {}): PlanProblem[] {
  const out = reportFor(options);
  plan(value, '$', out);
  return out.problems;
}

/**
 * Checks one element of a plan's `items` the way {@link validatePlan} checks it inside a plan, so
 * that a long plan can be checked an item at a time: what `validatePlan` reports under
 * `$.items[index]` for the same value.
 *
 * @param value - any value
 * @param index - its place in `items`, for the paths of the problems
 * @param options - `maxProblems` (default 100)
 * @returns the problems found; empty when the value is a valid PlanItem (never throws)
 *
 * @example
 * validatePlanItem({ serial: 'x' }, 3)[0].path
 * //=> '$.items[3].serial'
 */
export function validatePlanItem(
  value: unknown,
  index: number,
  options: ValidatePlanOptions = {},
): PlanProblem[] {
  const out = reportFor(options);
  planItem(value, '$.items', out, index);
  return out.problems;
}
