import type { Diagnostic, Plan, PlanItem } from '../model/types.js';
import { buildItem, type BuiltItem } from './buildItem.js';
import type { ItemDraft, PlanDraft } from './planDraft.js';
import { summarizeDepartments } from './summarizeDepartments.js';

/** Checks serials: each once, none missing from 1 to the largest. */
function checkSerials(items: readonly PlanItem[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const first = new Map<number, PlanItem>();
  for (const item of items) {
    const earlier = first.get(item.serial);
    if (earlier) {
      diagnostics.push({
        code: 'duplicate-serial',
        severity: 'warning',
        message: `No.${item.serial} appears again (first on line ${earlier.line}); both items are kept.`,
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
    if (serial > expected) {
      const range = serial - 1 === expected ? `No.${expected} is` : `No.${expected}–No.${serial - 1} are`;
      diagnostics.push({
        code: 'missing-serial',
        severity: 'warning',
        message: `${range} missing: serials run from 1 without gaps.`,
        source: { start: 0, end: 0 },
        serial: expected,
        line: first.get(serial)!.line,
      });
    }
    expected = serial + 1;
  }
  return diagnostics;
}

/**
 * Completes a drafted plan: builds each item ({@link buildItem}), checks the
 * serials (`'duplicate-serial'`, `'missing-serial'`), summarises the
 * departments (merging names through `aliases`), and, when no item was found,
 * adds an `'error'` diagnostic (`'no-items'`) saying what a document of that
 * format holds. Diagnostics are ordered by line (those without a line first),
 * keeping the readers' order within a line.
 *
 * @param draft - what a reader drafted
 * @param aliases - department name as written → name to group under
 * @param prebuilt - items already built from some of the drafts (by a reader that
 *   builds them as they come); the others are built here
 * @returns the plan
 */
export function assemblePlan(
  draft: PlanDraft,
  aliases: Readonly<Record<string, string>> = {},
  prebuilt: ReadonlyMap<ItemDraft, BuiltItem> = new Map(),
): Plan {
  const items: PlanItem[] = [];
  const diagnostics: Diagnostic[] = [...draft.diagnostics];
  for (const d of draft.items) {
    const built = prebuilt.get(d) ?? buildItem(d);
    items.push(built.item);
    diagnostics.push(...built.diagnostics);
  }
  diagnostics.push(...checkSerials(items));
  if (items.length === 0) {
    diagnostics.push({
      code: 'no-items',
      severity: 'error',
      message: `No plan items were found. ${draft.expected}`,
      source: { start: 0, end: 0 },
    });
  }
  const ordered = diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.line ?? 0) - (b.d.line ?? 0) || a.i - b.i);
  const plan: Plan = {
    title: draft.title,
    policies: draft.policies,
    sections: draft.sections,
    items,
    departments: summarizeDepartments(items, aliases),
    diagnostics: ordered.map(({ d }) => d),
  };
  if (draft.notes.length > 0) plan.notes = draft.notes;
  return plan;
}
