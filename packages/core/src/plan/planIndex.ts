/**
 * The item index of a plan in the seed's layout (`code<TAB>title<TAB>No.N` lines under policy and
 * section headings), kept lazily: lines are noted by their place, and read (serials, duplicates)
 * only when the index is first asked about, codes and titles only when asked for. Internal to
 * `plan/`.
 *
 * @module
 */
import { blanksSkipped, blanksTrimmed } from '../schedule/chars.js';
import { withRoom } from './withRoom.js';

/** A policy or section an index line lies under (`{ number: 0, title: '' }` for none). */
export interface IndexContext {
  number: number;
  title: string;
}

/** An index line, read. */
export interface IndexEntry {
  serial: number;
  code: string;
  title: string;
  /** 1-based line number. */
  line: number;
  /** The line's place in the input. */
  start: number;
  end: number;
  policy: IndexContext;
  section: IndexContext;
}

/**
 * A run of up to 1024 index lines written plainly, as the seed and generated plans write them:
 * `5-1<TAB>title<TAB>No.13` — a code of ASCII digits and `-` alone in the first cell, any title
 * without a tab, and `No.` with 1 to 9 ASCII digits in the last cell, nothing else. Such a line is
 * an index line whatever comes before it (in no reading is it blank, a serial row, a header, a
 * legend or a heading), and the index reads it without splitting it into cells. Matched from a
 * line's start (`lastIndex`), the run ends after the last line's line break (or at the end of the
 * text).
 *
 * @example
 * PLAIN_INDEX_LINES.lastIndex = 0;
 * PLAIN_INDEX_LINES.test('1\ta\tNo.1\n1-1\tb\tNo.2\n(2) 施策\n');
 * PLAIN_INDEX_LINES.lastIndex
 * //=> 20
 */
export const PLAIN_INDEX_LINES =
  /(?:[0-9]{1,6}(?:-[0-9]{1,6})*\t[^\t\n\r]*\tNo\.[0-9]{1,9}(?:\r\n?|\n|$)){1,1024}/y;

/** An index line listing a serial listed before. */
export interface DuplicateLine {
  serial: number;
  line: number;
  start: number;
  end: number;
  /** The line that first lists the serial. */
  first: number;
}

/** Index lines noted but not yet read: a run of plain lines, or one line read by the caller. */
interface Pending {
  start: number;
  end: number;
  line: number;
  policy: IndexContext;
  section: IndexContext;
  /** The serial, code and title of a line read by the caller; `undefined` for a run. */
  read: { serial: number; code: string; title: string } | undefined;
}

/** Fields of a slot in {@link PlanIndex}'s table. */
const SERIAL = 0;
const LINE = 1;
const START = 2;
const END = 3;
const CONTEXT = 4;
const FIELDS = 5;

/**
 * The first line of each serial an index lists, in the order listed. Lines are noted as they come,
 * cheaply (runs of plain lines by where they lie), and read, serials compared, only when the index
 * is first asked about; codes and titles only for the slots asked for.
 *
 * @example
 * const text = '1\ta\tNo.1\n1\tb\tNo.1\n';
 * const index = new PlanIndex(text, (duplicates) => report(duplicates));
 * index.addRun(0, text.length, 1, policy, section); // nothing read yet
 * index.entry(index.slotOf(1)) // reads the lines, reports line 2 (No.1 again)
 * //=> { serial: 1, code: '1', title: 'a', line: 1, start: 0, end: 8, policy, section }
 */
export class PlanIndex {
  readonly #text: string;
  readonly #onDuplicates: (lines: DuplicateLine[]) => void;
  /** Lines noted since the index was last asked about, in the order of the document. */
  #pending: Pending[] = [];
  /**
   * One slot per serial, in the order first listed: serial, line number, start, end and context of
   * its line, {@link FIELDS} numbers a slot (numbers below 2³¹: a serial has at most 9 digits).
   */
  #table = new Int32Array(FIELDS * 64);
  #size = 0;
  /** The policy and section of each context, two entries per context. */
  readonly #contexts: IndexContext[] = [];
  /** Code and title of the lines read by the caller (not written plainly), by slot. */
  readonly #read = new Map<number, { code: string; title: string }>();
  /** Serial → slot; `null` while the serials listed are 1, 2, 3 … (slot = serial - 1). */
  #slots: Map<number, number> | null = null;

  /**
   * @param text - the document the lines are in
   * @param onDuplicates - told, when lines noted are read, of those whose serial was listed before,
   *   in the order of the document
   */
  constructor(text: string, onDuplicates: (lines: DuplicateLine[]) => void) {
    this.#text = text;
    this.#onDuplicates = onDuplicates;
  }

  /**
   * Notes a run of index lines written plainly, as {@link PLAIN_INDEX_LINES} matched it.
   *
   * @param start - where the first line starts
   * @param end - where the run ends (after the last line's line break, if any)
   * @param line - the first line's number
   */
  addRun(start: number, end: number, line: number, policy: IndexContext, section: IndexContext): void {
    this.#pending.push({ start, end, line, policy, section, read: undefined });
  }

  /** Notes one index line, read by the caller. */
  add(
    read: { serial: number; code: string; title: string },
    line: number,
    start: number,
    end: number,
    policy: IndexContext,
    section: IndexContext,
  ): void {
    this.#pending.push({ start, end, line, policy, section, read });
  }

  /** How many serials are listed. */
  get size(): number {
    this.#settle();
    return this.#size;
  }

  /** The slot of a serial (from 0, in the order listed), or -1 when the index does not list it. */
  slotOf(serial: number): number {
    this.#settle();
    return this.#find(serial);
  }

  /** The line number of a slot's line. */
  lineAt(slot: number): number {
    this.#settle();
    return this.#table[slot * FIELDS + LINE]!;
  }

  /** The policy a slot's line lies under. */
  policyAt(slot: number): IndexContext {
    this.#settle();
    return this.#contexts[this.#table[slot * FIELDS + CONTEXT]!]!;
  }

  /** The section a slot's line lies under. */
  sectionAt(slot: number): IndexContext {
    this.#settle();
    return this.#contexts[this.#table[slot * FIELDS + CONTEXT]! + 1]!;
  }

  /** The code a slot's line gives. */
  codeAt(slot: number): string {
    this.#settle();
    const read = this.#read.get(slot);
    if (read) return read.code;
    const start = this.#table[slot * FIELDS + START]!;
    return this.#text.slice(start, this.#text.indexOf('\t', start));
  }

  /** The title a slot's line gives: its middle cell, trimmed. */
  titleAt(slot: number): string {
    this.#settle();
    const read = this.#read.get(slot);
    if (read) return read.title;
    const [from, to] = this.#titleBounds(slot);
    return this.#text.slice(from, to);
  }

  /** Whether a slot's code is `code`, without reading it. */
  hasCode(slot: number, code: string): boolean {
    this.#settle();
    const read = this.#read.get(slot);
    if (read) return read.code === code;
    const start = this.#table[slot * FIELDS + START]!;
    return this.#text.charCodeAt(start + code.length) === 0x09 && this.#text.startsWith(code, start);
  }

  /** Whether a slot's title is `title` exactly, without reading it. */
  hasTitle(slot: number, title: string): boolean {
    this.#settle();
    const read = this.#read.get(slot);
    if (read) return read.title === title;
    const [from, to] = this.#titleBounds(slot);
    return to - from === title.length && this.#text.startsWith(title, from);
  }

  /** A slot's line, read. */
  entry(slot: number): IndexEntry {
    this.#settle();
    const at = slot * FIELDS;
    return {
      serial: this.#table[at + SERIAL]!,
      code: this.codeAt(slot),
      title: this.titleAt(slot),
      line: this.#table[at + LINE]!,
      start: this.#table[at + START]!,
      end: this.#table[at + END]!,
      policy: this.policyAt(slot),
      section: this.sectionAt(slot),
    };
  }

  #find(serial: number): number {
    if (this.#slots !== null) return this.#slots.get(serial) ?? -1;
    return serial >= 1 && serial <= this.#size ? serial - 1 : -1;
  }

  /** Reads the lines noted since the index was last asked about. */
  #settle(): void {
    if (this.#pending.length === 0) return;
    const pending = this.#pending;
    this.#pending = [];
    const duplicates: DuplicateLine[] = [];
    const text = this.#text;
    for (const { start, end, line, policy, section, read } of pending) {
      if (read) {
        const slot = this.#note(read.serial, line, start, end, policy, section, duplicates);
        if (slot >= 0) this.#read.set(slot, { code: read.code, title: read.title });
        continue;
      }
      // A run: each line is `code\ttitle\tNo.N` and a line break (the last one may have none).
      let number = line;
      for (let at = start; at < end; number++) {
        const lastTab = text.indexOf('\t', text.indexOf('\t', at) + 1);
        let lineEnd = lastTab + 4;
        let serial = 0;
        for (let c = text.charCodeAt(lineEnd); c >= 0x30 && c <= 0x39; c = text.charCodeAt(++lineEnd))
          serial = serial * 10 + (c - 0x30);
        this.#note(serial, number, at, lineEnd, policy, section, duplicates);
        at =
          text.charCodeAt(lineEnd) === 0x0d && text.charCodeAt(lineEnd + 1) === 0x0a
            ? lineEnd + 2
            : lineEnd + 1;
      }
    }
    if (duplicates.length > 0) this.#onDuplicates(duplicates);
  }

  /** Gives a line a slot, unless its serial has one: then it is a duplicate (-1). */
  #note(
    serial: number,
    line: number,
    start: number,
    end: number,
    policy: IndexContext,
    section: IndexContext,
    duplicates: DuplicateLine[],
  ): number {
    const earlier = this.#find(serial);
    if (earlier >= 0) {
      duplicates.push({ serial, line, start, end, first: this.#table[earlier * FIELDS + LINE]! });
      return -1;
    }
    const slot = this.#size++;
    if (this.#slots === null && serial !== slot + 1) {
      this.#slots = new Map();
      for (let k = 0; k < slot; k++) this.#slots.set(k + 1, k);
    }
    this.#slots?.set(serial, slot);
    const contexts = this.#contexts;
    let context = contexts.length - 2;
    if (context < 0 || contexts[context] !== policy || contexts[context + 1] !== section) {
      context = contexts.length;
      contexts.push(policy, section);
    }
    const at = slot * FIELDS;
    const table = (this.#table = withRoom(this.#table, at + FIELDS));
    table[at + SERIAL] = serial;
    table[at + LINE] = line;
    table[at + START] = start;
    table[at + END] = end;
    table[at + CONTEXT] = context;
    return slot;
  }

  /** Where the middle cell of a plainly written line starts and ends, trimmed. */
  #titleBounds(slot: number): [number, number] {
    const text = this.#text;
    const cell = text.indexOf('\t', this.#table[slot * FIELDS + START]!) + 1;
    const end = text.indexOf('\t', cell);
    const from = blanksSkipped(text, cell, end);
    return [from, blanksTrimmed(text, from, end)];
  }
}
