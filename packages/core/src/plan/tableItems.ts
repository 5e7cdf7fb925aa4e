import type { Source } from '../model/types.js';
import type { ItemDraft } from './planDraft.js';
import { withRoom } from './withRoom.js';

/** Fields of an item in {@link TableItems}' table. */
const SERIAL = 0;
const LINE = 1;
const START = 2;
const END = 3;
const POLICY = 4;
const SECTION = 5;
const FIELDS = 6;

/**
 * The items read from a plan's table, as the checks made once the whole document is read (against
 * the plan's index) need them: serial, code, title, line, row, and the numbers of their policy and
 * section. A reader keeps them here as each draft is handed on, rather than the drafts themselves,
 * so that a draft lives only until its item is built: numbers in one table (each below 2³¹: a
 * serial has at most 9 digits, a policy or section number at most 6), and the code and title,
 * which the item holds anyway. Internal to `plan/`.
 *
 * @example
 * const items = new TableItems();
 * items.add(draft); // the draft of No.13, on line 121
 * [items.size, items.serialAt(0), items.lineAt(0)]
 * //=> [1, 13, 121]
 */
export class TableItems {
  #table = new Int32Array(FIELDS * 64);
  readonly #codes: string[] = [];
  readonly #titles: string[] = [];
  #size = 0;

  /** How many items are kept. */
  get size(): number {
    return this.#size;
  }

  /** Keeps what the checks need of an item's draft, once the draft is complete. */
  add(draft: ItemDraft): void {
    const at = this.#size * FIELDS;
    const table = (this.#table = withRoom(this.#table, at + FIELDS));
    table[at + SERIAL] = draft.serial;
    table[at + LINE] = draft.line;
    table[at + START] = draft.source.start;
    table[at + END] = draft.source.end;
    table[at + POLICY] = draft.policy.number;
    table[at + SECTION] = draft.section.number;
    this.#codes.push(draft.code);
    this.#titles.push(draft.title);
    this.#size++;
  }

  /** The serial of the `k`th item (from 0, in the order kept). */
  serialAt(k: number): number {
    return this.#table[k * FIELDS + SERIAL]!;
  }

  /** The 1-based line where the `k`th item's row starts. */
  lineAt(k: number): number {
    return this.#table[k * FIELDS + LINE]!;
  }

  /** The `k`th item's row in the input: a new object at each call. */
  sourceAt(k: number): Source {
    return { start: this.#table[k * FIELDS + START]!, end: this.#table[k * FIELDS + END]! };
  }

  /** The number of the policy the `k`th item lies under. */
  policyAt(k: number): number {
    return this.#table[k * FIELDS + POLICY]!;
  }

  /** The number of the section the `k`th item lies under. */
  sectionAt(k: number): number {
    return this.#table[k * FIELDS + SECTION]!;
  }

  /** The `k`th item's code. */
  codeAt(k: number): string {
    return this.#codes[k]!;
  }

  /** The `k`th item's title. */
  titleAt(k: number): string {
    return this.#titles[k]!;
  }
}
