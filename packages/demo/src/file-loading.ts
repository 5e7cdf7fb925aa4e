/**
 * Loading a user's own plan: a file (picker or drag-and-drop) or pasted text.
 * Bytes go to `parsePlan` as they are, so it can tell UTF-8 from Shift_JIS.
 *
 * @module
 */
import { diagnosticMessage, parsePlan } from '@plan-timeline/core';
import type { Plan, PlanFormat } from '@plan-timeline/core';
import { MAX_PLAN_BYTES } from '@plan-timeline/timeline-element';

/** What a plan was read from, kept so that it can be read again (for another fiscal year). */
export interface PlanSource {
  /** The text, or a file's bytes as they came (UTF-8 or Shift_JIS, told apart by `parsePlan`). */
  input: string | Uint8Array;
  /** The format a file's extension names; detected from the content when absent. */
  format?: PlanFormat;
  /** The name to show for it: a file's name, or what the page calls pasted text. */
  name: string;
}

/** A plan read from some input, with a name to show for it and the input itself. */
export interface LoadedPlan {
  plan: Plan;
  name: string;
  source: PlanSource;
}

/**
 * Reads a plan from its source, for the fiscal year an annual plan is for (`null`: none given, or the one
 * its title names).
 *
 * @param source - the input, its format and name
 * @param fiscalYear - the plan's fiscal year, or `null`
 * @returns the plan
 * @example
 * readSource({ input: '通し番号,項目,スケジュール\n1,調査,4月～6月：調査', name: 'a.csv' }, 2024)
 *   .items[0].schedule.spans[0].start //=> '2024-04-01'
 */
export function readSource(source: PlanSource, fiscalYear: number | null): Plan {
  return parsePlan(source.input, {
    ...(source.format === undefined ? {} : { format: source.format }),
    ...(fiscalYear === null ? {} : { fiscalYear }),
  });
}

/**
 * Why a plan that was read has nothing to show: the message of its error, when it has no items and an
 * error says why (an Excel workbook instead of its CSV, a table with no header row).
 *
 * @param plan - the plan as read
 * @param lang - the language of the message
 * @returns the message, or `null` when the plan can be shown
 * @example
 * unreadableBecause(parsePlan('a,b\n1,2'), 'en') //=> 'The first row "a,b" does not name …'
 */
export function unreadableBecause(plan: Plan, lang: 'ja' | 'en'): string | null {
  if (plan.items.length > 0) return null;
  const error = plan.diagnostics.find((d) => d.severity === 'error');
  return error ? diagnosticMessage(error, lang) : null;
}

/**
 * What the page calls a plan it shows: its title, unless it is too long to be one (the first line of a file
 * that holds no plan), or the plan has no items (nothing read as a plan: its "title" is whatever came first);
 * the name of its file or source otherwise.
 *
 * @param plan - the plan as read
 * @param name - the name of the file or source it came from
 * @returns the name to show
 * @example
 * planName(parsePlan(seedText), 'seed.txt')            //=> '多賀城市役所経営プラン 取組項目一覧'
 * planName(parsePlan('これは計画ではありません'), 'a.txt') //=> 'a.txt'
 */
export function planName(plan: Plan, name: string): string {
  const title = plan.title.trim();
  return plan.items.length > 0 && title !== '' && title.length <= MAX_TITLE_LENGTH ? title : name;
}

/** The longest title {@link planName} shows: a plan's title is one line of a heading. */
const MAX_TITLE_LENGTH = 200;

/**
 * The format a file's extension names, or `undefined` to let `parsePlan` detect it.
 *
 * @param fileName - the file's name
 * @returns the format, or `undefined` (`.txt` and unknown extensions)
 * @example
 * formatFromFileName('plan.CSV')  //=> 'csv'
 * formatFromFileName('plan.txt')  //=> undefined
 */
export function formatFromFileName(fileName: string): PlanFormat | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  switch (extension) {
    case 'csv':
      return 'csv';
    case 'tsv':
    case 'tab':
      return 'tsv';
    case 'json':
      return 'json';
    default:
      return undefined;
  }
}

/** A file the page refuses to read: larger than `MAX_PLAN_BYTES`, the limit `<plan-timeline>` puts on a `src`. */
export class FileTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`the file is ${(bytes / 1024 / 1024).toFixed(1)} MB, over ${MAX_PLAN_BYTES / 1024 / 1024} MB`);
    this.name = 'FileTooLargeError';
  }
}

/**
 * Reads a file and parses it as a plan. A file over `MAX_PLAN_BYTES` (16 MB) is not read.
 *
 * @param file - from the picker or a drop
 * @param fiscalYear - the plan's fiscal year (see {@link readSource}), or `null`
 * @returns the plan, the file's name and its bytes
 * @throws {FileTooLargeError} when the file is over `MAX_PLAN_BYTES`
 * @example
 * (await readPlanFile(new File(['通し番号,項目\n1,…'], 'plan.csv'))).name //=> 'plan.csv'
 */
export async function readPlanFile(
  file: Blob & { name: string },
  fiscalYear: number | null = null,
): Promise<LoadedPlan> {
  if (file.size > MAX_PLAN_BYTES) throw new FileTooLargeError(file.size);
  const format = formatFromFileName(file.name);
  const source: PlanSource = {
    input: new Uint8Array(await file.arrayBuffer()),
    ...(format === undefined ? {} : { format }),
    name: file.name,
  };
  return { plan: readSource(source, fiscalYear), name: file.name, source };
}

/**
 * The files a drag carries, or none when it carries no file.
 *
 * @param transfer - `event.dataTransfer`
 * @returns the files
 * @example
 * droppedFiles(event.dataTransfer) //=> [File]
 */
export function droppedFiles(transfer: DataTransfer | null): File[] {
  return transfer === null ? [] : [...transfer.files];
}

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Lets files be dropped anywhere on `target`, showing `overlay` while a file is
 * dragged over it.
 *
 * @param target - what accepts drops (the page body)
 * @param overlay - shown during the drag
 * @param onFile - called with the first dropped file
 * @returns a function that removes the listeners
 * @example
 * const detach = attachDropTarget(document.body, overlay, (file) => load(file))
 */
export function attachDropTarget(
  target: HTMLElement,
  overlay: HTMLElement,
  onFile: (file: File) => void,
): () => void {
  let depth = 0;
  const show = (visible: boolean): void => {
    overlay.hidden = !visible;
  };
  const enter = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth += 1;
    show(true);
  };
  const over = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };
  const leave = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) show(false);
  };
  const drop = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth = 0;
    show(false);
    const [file] = droppedFiles(event.dataTransfer);
    if (file) onFile(file);
  };
  target.addEventListener('dragenter', enter);
  target.addEventListener('dragover', over);
  target.addEventListener('dragleave', leave);
  target.addEventListener('drop', drop);
  return () => {
    target.removeEventListener('dragenter', enter);
    target.removeEventListener('dragover', over);
    target.removeEventListener('dragleave', leave);
    target.removeEventListener('drop', drop);
  };
}
