/**
 * What the readers of each format hand to {@link assemblePlan}: the plan's
 * rows as plain text, before schedules, departments, references, targets and
 * mentions are read from them. Internal to `plan/`.
 *
 * @module
 */
import type { Diagnostic, Policy, Section, Source } from '../model/types.js';

/** The places in the input an item's cells came from (offsets into the decoded input). */
export interface ItemCellSources {
  title?: Source;
  content?: Source;
  goal?: Source;
  schedule?: Source;
  departments?: Source;
}

/** One item as read from a row, its cells already plain text. */
export interface ItemDraft {
  serial: number;
  code: string;
  title: string;
  content: string;
  goal: string;
  scheduleText: string;
  /** The 主務課 cell as plain text, read by `parseDepartments`. */
  departmentsText: string;
  policy: { number: number; title: string };
  section: { number: number; title: string };
  /** 1-based line where the item's row starts. */
  line: number;
  /** The row in the input. */
  source: Source;
  cells: ItemCellSources;
  /** Listed in the plan's index only, with no row in its table: its cells are empty. */
  indexOnly?: boolean;
}

/** A plan as a reader saw it. */
export interface PlanDraft {
  title: string;
  notes: string[];
  policies: Policy[];
  sections: Section[];
  /**
   * The items read from rows, in the document's order. A reader that yields each item's draft as it
   * reads it (`readPlanTextSteps`, `readDelimitedSteps`) returns, once done, a draft whose items are
   * those it did not yield: none.
   */
  items: ItemDraft[];
  /**
   * Items listed only in the plan's index, with no row in its table (`indexOnly`), in the index's
   * order: each goes before the first item whose serial is greater, or last (`placeBySerial`). Only
   * the seed's layout has an index.
   */
  indexOnly?: ItemDraft[];
  diagnostics: Diagnostic[];
  /** What a document of this format holds, said in the error when no item is found. */
  expected: string;
  /** The same in Japanese. */
  expectedJa: string;
}
