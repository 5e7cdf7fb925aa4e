import { checkDistantYears, FiscalYearSpread } from './checkDistantYears.js';
import type { Diagnostic, Plan, PlanItem } from '../model/types.js';
import { buildItem } from './buildItem.js';
import { placeBySerial } from './placeBySerial.js';
import type { ItemDraft, PlanDraft } from './planDraft.js';
import { summarizeDepartments, type DepartmentTally } from './summarizeDepartments.js';

/** Checks serials: each once, none missing from 1 to the largest. */
function checkSerials(items: readonly PlanItem[]): Diagnostic[] {
  if (ascending(items)) return checkGaps(items);
  const diagnostics: Diagnostic[] = [];
  const first = new Map<number, PlanItem>();
  for (const item of items) {
    const earlier = first.get(item.serial);
    if (earlier) {
      diagnostics.push({
        code: 'duplicate-serial',
        severity: 'warning',
        message: `No.${item.serial} appears again (first on line ${earlier.line}); both items are kept.`,
        messageJa: `No.${item.serial}が重複しています（最初は${earlier.line}行目）。どちらの項目も残します。`,
        source: { start: 0, end: 0 },
        serial: item.serial,
        line: item.line,
      });
    } else {
      first.set(item.serial, item);
    }
  }
  const serials = [...first.keys()].filter((s) => s >= 1).sort((a, b) => a - b);
  let expected = 1;
  for (const serial of serials) {
    if (serial > expected) diagnostics.push(missingSerials(expected, serial, first.get(serial)!.line));
    expected = serial + 1;
  }
  return diagnostics;
}

/** The warning that serials `expected` … `serial - 1` are missing, on the line of the item numbered `serial`. */
function missingSerials(expected: number, serial: number, line: number): Diagnostic {
  const one = serial - 1 === expected;
  const range = one ? `No.${expected} is` : `No.${expected}–No.${serial - 1} are`;
  return {
    code: 'missing-serial',
    severity: 'warning',
    message: `${range} missing: serials run from 1 without gaps.`,
    messageJa: `${one ? `No.${expected}` : `No.${expected}～No.${serial - 1}`}が抜けています。通し番号は1から欠けずに続くはずです。`,
    source: { start: 0, end: 0 },
    serial: expected,
    line,
  };
}

/** True when the serials strictly ascend: each is then listed once, in order. */
function ascending(items: readonly PlanItem[]): boolean {
  for (let k = 1; k < items.length; k++) if (!(items[k]!.serial > items[k - 1]!.serial)) return false;
  return true;
}

/** {@link checkSerials} of items whose serials strictly ascend: only gaps to report. */
function checkGaps(items: readonly PlanItem[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let expected = 1;
  for (const { serial, line } of items) {
    if (!(serial >= 1)) continue;
    if (serial > expected) diagnostics.push(missingSerials(expected, serial, line));
    expected = serial + 1;
  }
  return diagnostics;
}

/** True when the diagnostics are already ordered by line (those without a line counted as 0). */
function byLine(diagnostics: readonly Diagnostic[]): boolean {
  for (let k = 1; k < diagnostics.length; k++)
    if ((diagnostics[k]!.line ?? 0) < (diagnostics[k - 1]!.line ?? 0)) return false;
  return true;
}

/**
 * Items already built, from the drafts a reader yielded as it read (those before the items of the
 * draft it returned), in the reader's order: `items[k]` with the diagnostics `diagnostics[k]`
 * (`undefined` when there are none).
 */
export interface Prebuilt {
  items: readonly PlanItem[];
  diagnostics: readonly (readonly Diagnostic[] | undefined)[];
  /** The departments of `items`, tallied in their order with the plan's aliases. */
  departments?: DepartmentTally;
  /** The spread of the fiscal years of `items`, tallied as they were built. */
  years?: FiscalYearSpread;
}

/**
 * Completes a drafted plan: builds each item ({@link buildItem}), checks the
 * serials (`'duplicate-serial'`, `'missing-serial'`) and the years ({@link checkDistantYears}), summarises the
 * departments (merging names through `aliases`), and, when no item was found,
 * adds an `'error'` diagnostic (`'no-items'`) saying what a document of that
 * format holds. Diagnostics are ordered by line (those without a line first),
 * keeping the readers' order within a line.
 *
 * @param draft - what a reader drafted: its items (after the prebuilt ones), and those listed
 *   only in its index, placed among them by serial
 * @param aliases - department name as written → name to group under
 * @param prebuilt - the items a reader built as it went, before those of `draft.items`
 * @returns the plan
 */
export function assemblePlan(
  draft: PlanDraft,
  aliases: Readonly<Record<string, string>> = {},
  prebuilt: Prebuilt = { items: [], diagnostics: [] },
): Plan {
  let items = prebuilt.items.slice();
  const diagnostics: Diagnostic[] = [...draft.diagnostics];
  for (const lifted of prebuilt.diagnostics) if (lifted) for (const d of lifted) diagnostics.push(d);
  // The tally of the prebuilt items stands for all when the items built here name no department.
  let tallied = prebuilt.departments !== undefined;
  const years = prebuilt.years ?? FiscalYearSpread.of(prebuilt.items);
  const build = (d: ItemDraft): PlanItem => {
    const built = buildItem(d);
    years.add(built.item);
    if (built.item.departments.length > 0) tallied = false;
    for (const lifted of built.diagnostics) diagnostics.push(lifted);
    return built.item;
  };
  for (const d of draft.items) items.push(build(d));
  // Their diagnostics lie on lines of their own, the index's: ordered by line below, they come
  // where they would had the items been built in the plan's order.
  if (draft.indexOnly) items = placeBySerial(items, draft.indexOnly.map(build));
  for (const d of checkSerials(items)) diagnostics.push(d);
  for (const d of checkDistantYears(items, years)) diagnostics.push(d);
  if (items.length === 0) {
    diagnostics.push({
      code: 'no-items',
      severity: 'error',
      message: `No plan items were found. ${draft.expected}`,
      messageJa: `計画の項目が見つかりませんでした。${draft.expectedJa}`,
      source: { start: 0, end: 0 },
    });
  }
  const ordered = byLine(diagnostics)
    ? diagnostics
    : diagnostics
        .map((d, i) => ({ d, i }))
        .sort((a, b) => (a.d.line ?? 0) - (b.d.line ?? 0) || a.i - b.i)
        .map(({ d }) => d);
  const plan: Plan = {
    title: draft.title,
    policies: draft.policies,
    sections: draft.sections,
    items,
    departments: tallied ? prebuilt.departments!.summary() : summarizeDepartments(items, aliases),
    diagnostics: ordered,
  };
  if (draft.notes.length > 0) plan.notes = draft.notes;
  return plan;
}
