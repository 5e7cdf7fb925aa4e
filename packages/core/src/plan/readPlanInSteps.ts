import type { Diagnostic, Plan, PlanItem } from '../model/types.js';
import { assemblePlan, type Prebuilt } from './assemblePlan.js';
import { buildItem } from './buildItem.js';
import { binaryFormatOf, COPY_AS_TEXT } from './binaryFormat.js';
import { isWebPage } from './isWebPage.js';
import { decodeBytes } from './decodeBytes.js';
import { fiscalYearFromTitleNote, fiscalYearOfTitle } from './fiscalYearOfTitle.js';
import type { ScheduleOptions } from '../schedule/parseSchedule.js';
import { detectFormat, type PlanFormat } from './detectFormat.js';
import type { ParsePlanOptions } from './parsePlan.js';
import { readDelimitedSteps } from './readDelimited.js';
import { readPlanJson, readPlanJsonSteps } from './readPlanJson.js';
import { readPlanTextSteps } from './readPlanText.js';
import { DepartmentTally } from './summarizeDepartments.js';
import { FiscalYearSpread } from './checkDistantYears.js';
import { errorMessage } from '../model/errorMessage.js';

/** A plan document being read a slice at a time; see {@link readPlanInSteps}. */
export interface PlanReading {
  /**
   * Reads on, item after item, until `stop()` returns true (it is asked after
   * each item) or the whole document is read. Never throws: an internal error
   * ends the reading with a plan that reports it.
   *
   * @param stop - when to pause; without it the reading runs to the end
   * @returns whether the whole document is read
   */
  step(stop?: () => boolean): boolean;
  /** Whether the whole document is read. */
  readonly done: boolean;
  /** Items read so far (once done: all of them). */
  readonly itemsRead: number;
  /** How much of the input is read, from 0 to 1. */
  readonly progress: number;
  /**
   * The plan read so far. Until the reading is done it holds the items read so
   * far, complete and in the order of the document, and the title once read,
   * but nothing else (no policies, sections, department summary or
   * diagnostics: those need the whole document). Once done it is the plan {@link parsePlan} returns
   * for the same input, the same object on every call.
   */
  plan(): Plan;
}

const FORMATS: readonly PlanFormat[] = ['plan-text', 'csv', 'tsv', 'json'];

/** A plan with no items and one error: what a document that cannot be read gives. */
function failedPlan(message: string, messageJa: string, code: string): Plan {
  return {
    title: '',
    policies: [],
    sections: [],
    items: [],
    departments: [],
    diagnostics: [{ code, severity: 'error', message, messageJa, source: { start: 0, end: 0 } }],
  };
}

/** Items built so far, with their diagnostics, kept in lists that only grow. */
interface Built extends Prebuilt {
  items: PlanItem[];
  diagnostics: (readonly Diagnostic[] | undefined)[];
}

/** What a reading tells as it goes, and is told by whoever steps it. */
interface ReadingState {
  /** How much of the input is read, from 0 to 1. */
  progress: number;
  /** The plan's title, once read. */
  title: string;
  /** Whether the reading runs to its end without a pause (told before it starts). */
  atOnce: boolean;
}

/**
 * Whether a value is a `Uint8Array` (a Node `Buffer` too), also one made in another realm (an iframe, a `vm`
 * context), which `instanceof` does not see as one.
 */
function isUint8Array(value: unknown): value is Uint8Array {
  return ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]';
}

/** The reading itself: builds each item as its draft comes (into `built`), returns the finished plan. */
function* readSteps(
  input: string | Uint8Array,
  options: ParsePlanOptions,
  at: ReadingState,
  built: Built,
): Generator<undefined, Plan, undefined> {
  let text: string;
  // What the plan's diagnostics open with: how its bytes were decoded, the year its title names.
  let opening: Diagnostic[] = [];
  if (typeof input === 'string') {
    text = input.startsWith('\ufeff') ? input.slice(1) : input;
  } else if (isUint8Array(input)) {
    const binary = binaryFormatOf(input);
    if (binary) {
      return failedPlan(
        `The file is ${binary.name}, not text: ${binary.advice}.`,
        `このファイルは${binary.nameJa}で、テキストではありません。${binary.adviceJa}。`,
        'not-text',
      );
    }
    const decoded = decodeBytes(input);
    text = decoded.text;
    opening = decoded.diagnostics;
  } else {
    return failedPlan(
      'parsePlan reads a string or a Uint8Array; it was given neither.',
      'parsePlan が読むのは文字列か Uint8Array です。そのどちらでもないものが渡されました。',
      'invalid-input',
    );
  }
  if (isWebPage(text)) {
    return failedPlan(
      `The file is a web page (HTML), not a plan: ${COPY_AS_TEXT.advice}.`,
      `このファイルはウェブページ（HTML）で、計画ではありません。${COPY_AS_TEXT.adviceJa}。`,
      'web-page',
    );
  }
  const withOpening = (plan: Plan): Plan =>
    opening.length > 0 ? { ...plan, diagnostics: [...opening, ...plan.diagnostics] } : plan;

  const aliases = options.aliases ?? {};
  const format =
    options.format !== undefined && FORMATS.includes(options.format) ? options.format : detectFormat(text);
  if (format === 'json') {
    // Read without a pause, the document is parsed whole: one JSON.parse is quicker than one per item.
    if (at.atOnce) return withOpening(readPlanJson(text, options.aliases));
    // Items come whole: they need no building, only keeping for the plan read so far.
    const json = readPlanJsonSteps(text, options.aliases, at);
    for (;;) {
      const next = json.next();
      if (next.done) return withOpening(next.value);
      built.items.push(next.value);
      yield;
    }
  }

  // The fiscal year an annual plan is for: as given, or as its title names it (and then said).
  let schedules: ScheduleOptions = options;
  if (options.fiscalYear === undefined) {
    const title = fiscalYearOfTitle(text);
    if (title) {
      schedules = { fiscalYear: title.fiscalYear };
      opening = [...opening, fiscalYearFromTitleNote(title)];
    }
  }
  const drafts =
    format === 'plan-text'
      ? readPlanTextSteps(text, at)
      : readDelimitedSteps(text, format === 'csv' ? ',' : '\t');
  const length = Math.max(1, text.length);
  const departments = new DepartmentTally(aliases);
  built.departments = departments;
  const years = new FiscalYearSpread();
  built.years = years;
  for (;;) {
    const next = drafts.next();
    if (next.done) return withOpening(assemblePlan(next.value, aliases, built));
    const { item, diagnostics } = buildItem(next.value, schedules);
    built.items.push(item);
    // Only lists that hold something are kept: most items have no diagnostics.
    built.diagnostics.push(diagnostics.length > 0 ? diagnostics : undefined);
    // Counted now, while the item is at hand, rather than all again at the end.
    departments.add(item);
    years.add(item);
    at.progress = Math.min(1, next.value.source.end / length);
    yield;
  }
}

/**
 * Reads a plan document like {@link parsePlan}, but a slice at a time: each
 * call of `step` reads items until its `stop` callback asks for a pause, so
 * that a page can show the first items of a long plan, and stay responsive,
 * while the rest is read. `plan()` gives the items read so far, and, once the
 * reading is done, exactly the plan `parsePlan` returns (`parsePlan` is this
 * reading run in one step).
 *
 * Documents in the seed's layout, CSV and TSV are read row by row, JSON item
 * by item (a JSON document found broken once read to its end gives the plan
 * `parsePlan` gives: its errors and no items, though items were shown before).
 * A reading whose first `step` has no `stop` runs to its end at once, and
 * parses JSON whole, which is quicker than item by item.
 *
 * @param input - the document, as text or as the bytes of a file
 * @param options - as for `parsePlan`: `format` to force one, `aliases` to group departments, `fiscalYear`
 * @returns the reading, not yet started
 * @example
 * const reading = readPlanInSteps(text);
 * const until = performance.now() + 10;
 * reading.step(() => performance.now() > until); // the first items, within about 10 ms
 * show(reading.plan().items);
 * while (!reading.step(() => performance.now() > nextPause())) await nextFrame();
 * reading.plan(); // the whole plan, the same as parsePlan(text)
 */
export function readPlanInSteps(input: string | Uint8Array, options: ParsePlanOptions = {}): PlanReading {
  const at: ReadingState = { progress: 0, title: '', atOnce: false };
  let started = false;
  const built: Built = { items: [], diagnostics: [] };
  const items = built.items;
  const steps = readSteps(input, options, at, built);
  let finished: Plan | null = null;

  return {
    step(stop?: () => boolean): boolean {
      if (!started) {
        started = true;
        at.atOnce = stop === undefined;
      }
      while (finished === null) {
        try {
          const next = steps.next();
          if (next.done) {
            finished = next.value;
            break;
          }
        } catch (error) {
          // A bug must never cost a caller their page: report it as the plan's one error.
          const message = errorMessage(error);
          finished = failedPlan(
            `The plan could not be read because of an internal error (${message}); please report it with the document.`,
            `内部エラーのため計画を読めませんでした（${message}）。この文書を添えて報告してください。`,
            'internal-error',
          );
          break;
        }
        if (stop?.()) break;
      }
      return finished !== null;
    },
    get done(): boolean {
      return finished !== null;
    },
    get itemsRead(): number {
      return finished ? finished.items.length : items.length;
    },
    get progress(): number {
      return finished ? 1 : at.progress;
    },
    plan(): Plan {
      return (
        finished ?? {
          title: at.title,
          policies: [],
          sections: [],
          items: items.slice(),
          departments: [],
          diagnostics: [],
        }
      );
    },
  };
}
