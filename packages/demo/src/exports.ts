/**
 * Exports: the current view as SVG or PNG (drawn by the element) and the plan
 * as JSON, CSV or ICS (written by core), downloaded as files.
 *
 * @module
 */
import { toCSV, toICS, toJSON } from '@plan-timeline/core';
import type { Plan } from '@plan-timeline/core';
import type { TimelineElement } from './timeline-api.js';

/** What can be exported. */
export type ExportKind = 'svg' | 'png' | 'json' | 'csv' | 'ics';

/** A file ready to download. */
export interface ExportFile {
  blob: Blob;
  fileName: string;
}

export const EXPORT_KINDS: readonly ExportKind[] = ['svg', 'png', 'json', 'csv', 'ics'];

const MIME: Record<ExportKind, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
};

/**
 * A file name for an export: the plan's title (or its file's name, without a plan
 * extension) without characters file systems reject or that do not show (direction
 * controls), at most 80 characters, then the extension.
 *
 * @param title - the plan's title
 * @param kind - the export
 * @returns a safe file name
 * @example
 * exportFileName('多賀城市役所経営プラン 取組項目一覧', 'csv') //=> '多賀城市役所経営プラン_取組項目一覧.csv'
 * exportFileName('a/b:c', 'svg')                         //=> 'a_b_c.svg'
 * exportFileName('keikaku.csv', 'ics')                   //=> 'keikaku.ics'
 */
export function exportFileName(title: string, kind: ExportKind): string {
  const cleaned = title
    .replace(INVISIBLE, '')
    .replace(/\.(txt|csv|tsv|json)$/i, '')
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f-\u009f]+/g, '_')
    .replace(/\s+/g, '_')
    .replace(/^[._]+|[._]+$/g, '');
  // Cut by code points, so that a character outside the BMP is not split into a lone surrogate.
  const base = Array.from(cleaned).slice(0, 80).join('');
  return `${base === '' ? 'plan' : base}.${kind}`;
}

/**
 * Characters a file name must not hold though nothing shows them: direction controls (U+202E turns
 * `plan` U+202E `gpj.svg` into what shows as `plangvs.jpg`), marks, isolates, the byte-order mark, and lone surrogates.
 */
const INVISIBLE =
  /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Builds an export of the plan (JSON, CSV, ICS) or of the element's current view (SVG, PNG). The CSV is for
 * spreadsheets: cells that begin like a formula are written as text (`'=…`); the JSON reads back as the plan.
 *
 * @param kind - the export
 * @param el - the `<plan-timeline>` element
 * @param plan - the plan shown
 * @param name - what to name the file after (default: the plan's title)
 * @returns the file
 * @example
 * (await buildExport('svg', el, plan)).fileName //=> '多賀城市役所経営プラン_取組項目一覧.svg'
 */
export async function buildExport(
  kind: ExportKind,
  el: TimelineElement,
  plan: Plan,
  name: string = plan.title,
): Promise<ExportFile> {
  const fileName = exportFileName(name, kind);
  let part: BlobPart;
  switch (kind) {
    case 'svg':
      part = el.exportSVG();
      break;
    case 'png':
      return { blob: await el.exportPNG(2), fileName };
    case 'json':
      part = toJSON(plan);
      break;
    case 'csv':
      // For a spreadsheet: a cell that begins like a formula (=, +, -, @) is written as text, not run.
      part = toCSV(plan, { guardFormulas: true });
      break;
    case 'ics':
      // Stamped (DTSTAMP) with the time of the download: when this copy of the calendar was made.
      part = toICS(plan, { timestamp: new Date() });
      break;
  }
  return { blob: new Blob([part], { type: MIME[kind] }), fileName };
}

/**
 * Offers a file for download through a temporary link.
 *
 * @param file - what to download
 * @param doc - the document to use
 * @returns nothing; the browser saves the file
 * @example
 * downloadFile({ blob: new Blob(['x']), fileName: 'x.txt' }, document)
 */
export function downloadFile(file: ExportFile, doc: Document): void {
  const url = URL.createObjectURL(file.blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
