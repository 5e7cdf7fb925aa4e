import type { Diagnostic, Recurrence, Span } from '../model/types.js';
import { isBlank, isBullet, isSentenceEnd, skipInlineBlanks } from './chars.js';
import { proseLabel, tidyLabel } from './buildLabel.js';
import type { DateExpression, Expression, RecurrenceExpression } from './expressions.js';
import { resolveDates, type DateContext, type SpanDates } from './resolveDates.js';

/** What reading regions adds to, in text order. */
export interface RegionOutput {
  spans: Span[];
  recurrences: Recurrence[];
  diagnostics: Diagnostic[];
}

/** Carried from region to region: the date a month without a year is dated by. */
export interface RegionState {
  context: DateContext | null;
}

interface Entry {
  head: Expression;
  /** Offset of the `：`. */
  colon: number;
  /** Where the entry's source starts (a leading bullet included). */
  start: number;
  /** Months and other dates written in the label. */
  inner: Expression[];
  /** How far the label has been searched for a `。`. */
  scanned: number;
  /** Offset of the first `。` in the label, or -1. */
  stop: number;
}

const hasYear = (x: Expression): boolean =>
  x.type === 'recurrence' || x.points.some((p) => p.kind !== 'month');

/**
 * Reads one region of a schedule line (between track headings) into spans and recurrences.
 *
 * Two ways of writing are read:
 * - entries `DATE：label` (the seed's `2021(R3)年度：内部情報系業務BPR 2022(R4)年度：…`): the label
 *   is the text after `：` up to the next entry, the next date after a blank, or the end of the
 *   first sentence. A month in the label (`2021(R3)年度：10月に定期見直し`) narrows a fiscal year.
 * - prose (`毎年度、…を実施し、概ね5年ごとに…。`): each sentence is cut before each date in it; a
 *   date's label is its piece of the sentence without the date (the first piece keeps the
 *   sentence's opening words).
 *
 * Text with no date (and dates that cannot be dated) is left for notes.
 *
 * @param normal - the normalised text
 * @param original - the original text (labels are taken from it)
 * @param start - where the region starts
 * @param end - where it ends
 * @param expressions - the expressions in the region, in order
 * @param track - the track heading in force
 * @param state - the date context, updated
 * @param out - where spans, recurrences and diagnostics are added
 */
export function readRegion(
  normal: string,
  original: string,
  start: number,
  end: number,
  expressions: readonly Expression[],
  track: string | undefined,
  state: RegionState,
  out: RegionOutput,
): void {
  const colonAfter = (x: Expression): number => {
    const q = skipInlineBlanks(normal, x.end, 3, end);
    return q < end && normal[q] === ':' ? q : -1;
  };

  const trimmedEnd = (from: number, to: number): number => {
    let e = to;
    while (e > from && isBlank(normal.charCodeAt(e - 1))) e--;
    return e;
  };
  const trimmedStart = (from: number, to: number): number => {
    let s = from;
    while (s < to && isBlank(normal.charCodeAt(s))) s++;
    return s;
  };

  const pushDates = (dates: SpanDates[], approximate: boolean, label: string, s: number, e: number): void => {
    for (const d of dates) {
      const span: Span = {
        start: d.start,
        end: d.end,
        startFiscalYear: d.startFiscalYear,
        endFiscalYear: d.endFiscalYear,
        precision: d.precision,
        approximate,
        label,
        source: { start: s, end: e },
      };
      if (track !== undefined) span.track = track;
      out.spans.push(span);
    }
  };
  const pushRecurrence = (x: RecurrenceExpression, label: string, s: number, e: number): void => {
    const r: Recurrence = {
      everyYears: x.everyYears,
      approximate: x.approximate,
      label,
      source: { start: s, end: e },
    };
    if (x.everyYearsMax !== undefined) r.everyYearsMax = x.everyYearsMax;
    if (track !== undefined) r.track = track;
    out.recurrences.push(r);
  };
  const resolve = (x: DateExpression, context: DateContext | null) => {
    const r = resolveDates(x, normal, context);
    out.diagnostics.push(...r.diagnostics);
    return r;
  };

  const readProse = (from: number, to: number, xs: Expression[]): void => {
    let sentenceStart = from;
    let k = 0;
    const readSentence = (s: number, e: number): void => {
      const dated: { x: Expression; dates: SpanDates[] }[] = [];
      while (k < xs.length && xs[k]!.start < e) {
        const x = xs[k++]!;
        if (x.type === 'recurrence') {
          dated.push({ x, dates: [] });
          continue;
        }
        const r = resolve(x, state.context);
        if (r.spans.length > 0) {
          state.context = r.context;
          dated.push({ x, dates: r.spans });
        }
      }
      for (let j = 0; j < dated.length; j++) {
        const { x, dates } = dated[j]!;
        const segStart = trimmedStart(j === 0 ? s : x.start, x.start);
        const segEnd = trimmedEnd(x.end, j + 1 < dated.length ? dated[j + 1]!.x.start : e);
        const label = proseLabel(original, segStart, segEnd, x.start, x.end);
        if (x.type === 'recurrence') pushRecurrence(x, label, segStart, segEnd);
        else pushDates(dates, x.approximate, label, segStart, segEnd);
      }
    };
    for (let p = from; p < to; p++) {
      if (isSentenceEnd(normal.charCodeAt(p))) {
        readSentence(sentenceStart, p + 1);
        sentenceStart = p + 1;
      }
    }
    if (sentenceStart < to) readSentence(sentenceStart, to);
  };

  const readEntry = (entry: Entry, to: number): void => {
    // The label ends at its first 。 when more text follows.
    let stop = entry.stop;
    for (let p = entry.scanned; stop < 0 && p < to; p++) if (isSentenceEnd(normal.charCodeAt(p))) stop = p;
    let e = to;
    if (stop >= 0 && trimmedStart(stop + 1, to) < to) e = stop + 1;
    e = trimmedEnd(entry.colon + 1, e);
    const label = tidyLabel(original.slice(entry.colon + 1, e));
    const head = entry.head;
    if (head.type === 'recurrence') {
      pushRecurrence(head, label, entry.start, e);
      return;
    }
    const r = resolve(head, state.context);
    if (r.spans.length === 0) return;
    state.context = r.context;
    let dates = r.spans;
    let approximate = head.approximate;
    const point = head.points[0]!;
    const wholeFiscalYear =
      head.form === 'single' &&
      point.kind === 'year' &&
      point.unit === 'fiscal' &&
      point.month === null &&
      point.yearPart === null;
    if (wholeFiscalYear) {
      const month = entry.inner.find(
        (x): x is DateExpression =>
          x.type === 'date' && x.form === 'single' && x.points[0]!.kind === 'month' && x.start < e,
      );
      if (month) {
        const narrowed = resolve(month, r.context);
        if (narrowed.spans.length > 0) {
          dates = narrowed.spans;
          approximate ||= month.approximate;
        }
      }
    }
    pushDates(dates, approximate, label, entry.start, e);
  };

  let cursor = start;
  let prose: Expression[] = [];
  let entry: Entry | null = null;

  const closeEntry = (to: number): void => {
    readEntry(entry!, to);
    entry = null;
    cursor = to;
  };

  for (const x of expressions) {
    const colon = colonAfter(x);
    if (colon >= 0) {
      let entryStart = x.start;
      if (entry) {
        closeEntry(x.start);
      } else {
        // A bullet or blank before the first entry belongs to it (○2021年度：…).
        let onlyBullets = prose.length === 0;
        for (let p = cursor; onlyBullets && p < x.start; p++) {
          const c = normal.charCodeAt(p);
          if (!isBlank(c) && !isBullet(c)) onlyBullets = false;
        }
        if (onlyBullets) entryStart = trimmedStart(cursor, x.start);
        else readProse(cursor, x.start, prose);
        prose = [];
      }
      entry = { head: x, colon, start: entryStart, inner: [], scanned: colon + 1, stop: -1 };
      continue;
    }
    if (entry) {
      const open: Entry = entry;
      for (let p = open.scanned; open.stop < 0 && p < x.start; p++)
        if (isSentenceEnd(normal.charCodeAt(p))) open.stop = p;
      open.scanned = Math.max(open.scanned, x.start);
      if (open.stop >= 0) {
        closeEntry(open.stop + 1);
        prose = [x];
        continue;
      }
      if (hasYear(x) && isBlank(normal.charCodeAt(x.start - 1))) {
        closeEntry(x.start);
        prose = [x];
        continue;
      }
      open.inner.push(x);
      continue;
    }
    prose.push(x);
  }
  if (entry) closeEntry(end);
  else readProse(cursor, end, prose);
}
