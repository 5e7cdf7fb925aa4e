/**
 * Small hand-built plans for the layout tests: each shows one thing.
 * Only tests import this file.
 */
import type { Department, Plan, PlanItem, Recurrence, Span } from '../src/model/types.js';

/** A fiscal-year span `fy`…`endFy` (or open when `endFy` is null). */
export function fySpan(fy: number | null, endFy: number | null = fy, extra: Partial<Span> = {}): Span {
  return {
    start: fy === null ? null : `${fy}-04-01`,
    end: endFy === null ? null : `${endFy + 1}-03-31`,
    startFiscalYear: fy,
    endFiscalYear: endFy,
    precision: 'fiscal-year',
    approximate: false,
    label: '',
    source: { start: 0, end: 0 },
    ...extra,
  };
}

/** A month milestone: `month` of calendar year `year`. */
export function monthSpan(year: number, month: number, extra: Partial<Span> = {}): Span {
  const mm = String(month).padStart(2, '0');
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const fy = month >= 4 ? year : year - 1;
  return {
    start: `${year}-${mm}-01`,
    end: `${year}-${mm}-${last}`,
    startFiscalYear: fy,
    endFiscalYear: fy,
    precision: 'month',
    approximate: false,
    label: '',
    source: { start: 0, end: 0 },
    ...extra,
  };
}

/** A recurrence every `everyYears` years. */
export function every(everyYears: number, label = ''): Recurrence {
  return { everyYears, approximate: false, label, source: { start: 0, end: 0 } };
}

/** A department reference: `◎name` (lead) or `○name` (join). */
export function dept(name: string, role: Department['role'] = 'primary'): Department {
  return { name, role };
}

/** An item with the given serial and code; everything else empty unless given. */
export function item(serial: number, code: string, extra: Partial<PlanItem> = {}): PlanItem {
  const dash = code.lastIndexOf('-');
  return {
    serial,
    code,
    ...(dash > 0 ? { parentCode: code.slice(0, dash) } : {}),
    title: `Item ${code}`,
    content: '',
    goal: '',
    scheduleText: '',
    schedule: { spans: [], recurrences: [], notes: [], diagnostics: [] },
    departments: [],
    policy: { number: 1, title: 'Policy one' },
    section: { number: 1, title: 'Section one' },
    references: [],
    targets: [],
    mentions: [],
    line: serial,
    ...extra,
  };
}

/** Spans and recurrences as a schedule. */
export function schedule(spans: Span[], recurrences: Recurrence[] = []): PlanItem['schedule'] {
  return { spans, recurrences, notes: [], diagnostics: [] };
}

/** A plan holding the items; departments summarised from the items when not given. */
export function plan(items: PlanItem[], extra: Partial<Plan> = {}): Plan {
  return {
    title: 'Test plan',
    policies: [],
    sections: [],
    items,
    departments: [],
    diagnostics: [],
    ...extra,
  };
}

/** A deep copy-and-freeze helper, to prove that a function leaves its input alone. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
