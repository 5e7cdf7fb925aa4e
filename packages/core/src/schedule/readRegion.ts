import type { Diagnostic, Recurrence, Source, Span } from '../model/types.js';
import {
  BLANK_CODE_UNITS,
  blanksSkipped,
  blanksTrimmed,
  BULLETS,
  isBlank,
  isBullet,
  isCloseParen,
  isColon,
  isInlineBlank,
  isOpenParen,
  SentenceEnds,
  type OffsetFinder,
} from './chars.js';
import { append, NONE } from './append.js';
import { proseLabel, sliceLabel, wholeBrackets } from './buildLabel.js';
import {
  labelFromColumnsBelow,
  labelFromIndentedLines,
  labelFromLinesAfter,
  type Labelled,
  type LineLabeller,
} from './lineLabels.js';
import { listMarkerBefore, listMarkerEnd } from './listMarker.js';
import {
  isCountedMonth,
  isRoughPart,
  type DateExpression,
  type DatePoint,
  type Expression,
  type RecurrenceExpression,
  type YearPart,
} from './expressions.js';
import { partOfYearWordAt, quote, YEAR_PART_FIRSTS, yearPartWordAt } from './readDatePoint.js';
import { Resolution, resolveInto, type DateContext } from './resolveDates.js';

interface Entry {
  head: Expression;
  /** Offset of the `：`. */
  colon: number;
  /** Where the entry's source starts (a leading bullet included). */
  start: number;
  /** Months and other dates written in the label: `expressions[innerFrom, innerTo)`. */
  innerFrom: number;
  innerTo: number;
  /** How far the label has been searched for a `。`. */
  scanned: number;
  /** Offset of the first `。` in the label, or -1. */
  stop: number;
}

/** A piece of an entry's label that starts with a month or a part of the year (see `RegionReader.#readPieces`). */
interface Piece {
  month: DateExpression | null;
  part: YearPart | null;
  /** Where the month or part ends. */
  headEnd: number;
  /** Where the piece (its label) starts and ends, and where its source ends (a separator after it included). */
  start: number;
  end: number;
  sourceEnd: number;
}

/** The first `count` items of `list`, as a new list (short ones written out: cheaper than a call to `slice`). */
function copyOf<T>(list: readonly T[], count: number): T[] {
  switch (count) {
    case 0:
      return [];
    case 1:
      return [list[0]!];
    case 2:
      return [list[0]!, list[1]!];
    case 3:
      return [list[0]!, list[1]!, list[2]!];
    case 4:
      return [list[0]!, list[1]!, list[2]!, list[3]!];
    default:
      return list.slice(0, count);
  }
}

/** One whole fiscal year (`令和3年度`, `翌年度`), which a month or a part of the year written after it may narrow. */
function isWholeFiscalYear(x: DateExpression): boolean {
  const point = x.points[0]!;
  return (
    x.form === 'single' &&
    (point.kind === 'year' || point.kind === 'relative' || point.kind === 'current') &&
    point.unit === 'fiscal' &&
    point.month === null &&
    point.yearPart === null
  );
}

/** A month without a year of its own: `4月`, or one counted from the date before it (`翌年3月`, `翌3月`). */
const isYearlessMonth = (point: DatePoint): boolean => point.kind === 'month' || isCountedMonth(point);

/** A month, or a range of months, written without a year: `4月`, `4～6月`, `10月～翌3月` (the head of a piece of a label). */
const isMonthHead = (x: Expression): x is DateExpression =>
  x.type === 'date' &&
  x.points[0]!.kind === 'month' &&
  (x.form === 'single' || (x.form === 'range' && isYearlessMonth(x.points[1]!)));

function hasYear(x: Expression): boolean {
  if (x.type === 'recurrence') return true;
  for (const p of x.points) if (p.kind !== 'month' && p.kind !== 'part') return true;
  return false;
}

/**
 * The note (severity `'info'`) for a date of a schedule that only a year it lacks would place: `'yearless-month'`
 * for a month with no year written before it (`4月～6月：調査`) and no fiscal year given for the text,
 * `'yearless-part'` likewise for a part of the year written alone (`上半期：制度設計`), `'uncounted-year'` for
 * `翌年度`, `次年度` or `同年度` with no fiscal year written before it to count from, `翌年3月` with no date before
 * it, or `来年度` and the like with no fiscal year given. Its text is kept, and nothing of it is on the timeline.
 */
function yearless(text: string, point: DatePoint): Diagnostic {
  const written = quote(text, point.start, point.end);
  const source = { start: point.start, end: point.end };
  if (point.kind === 'month' || point.kind === 'part') {
    return {
      code: point.kind === 'month' ? 'yearless-month' : 'yearless-part',
      severity: 'info',
      message: `${written} names no year, none is written before it, and no fiscal year is given for the text (the fiscalYear option; --fiscal-year of the CLI); kept as text`,
      messageJa: `${written}には年がなく、前にも年が書かれておらず、計画の対象年度も指定されていません（fiscalYear、CLI では --fiscal-year）。文字のまま残します`,
      source,
    };
  }
  const fromPlan = point.kind === 'current';
  // What it counts from: the date before it (翌年3月), or the fiscal year before it (翌年度).
  const [before, beforeJa] = point.unit === 'calendar' ? ['date', '日付'] : ['fiscal year', '年度'];
  return {
    code: 'uncounted-year',
    severity: 'info',
    message: fromPlan
      ? `${written} counts from the fiscal year the plan is for, and none is given (the fiscalYear option; --fiscal-year of the CLI); kept as text`
      : `${written} counts from a ${before} written before it, and none is; kept as text`,
    messageJa: fromPlan
      ? `${written}は計画の対象年度から数えますが、対象年度が指定されていません（fiscalYear、CLI では --fiscal-year）。文字のまま残します`
      : `${written}は前に書かれた${beforeJa}から数えますが、その${beforeJa}がありません。文字のまま残します`,
    source,
  };
}

// What each UTF-16 code unit is to the region reader (bits of KIND): one lookup per character, as it passes
// over the words between dates and looks at the start of labels.
/** `、 ， , ； ; / ／ → ⇒`: where one dated piece of a sentence may end and the next begin. */
const SEPARATOR = 1;
/**
 * No word of a label: the separators, brackets and marks (`（ ） ( ) 「 」 【 】 ［ ］ [ ] ： :`), blanks and bullets
 * (`○ ● ・ ※` …).
 */
const NO_WORD = 2;
const KIND = new Uint8Array(0x10000);
for (const c of '、，,；;/／→⇒') KIND[c.charCodeAt(0)] = SEPARATOR | NO_WORD;
for (const c of '（）()「」【】［］[]：:') KIND[c.charCodeAt(0)] = NO_WORD;
for (const c of BLANK_CODE_UNITS) KIND[c] = NO_WORD;
for (const c of BULLETS) KIND[c.charCodeAt(0)] = NO_WORD;
/**
 * What a label that starts with a part of the year starts with: a blank, 年 (年度末) or a part's first character
 * ({@link YEAR_PART_FIRSTS}). Most labels start with none, and are not read further for it.
 */
const PART_LEAD = 4;
for (const c of `${YEAR_PART_FIRSTS}年`) KIND[c.charCodeAt(0)]! |= PART_LEAD;
for (const c of BLANK_CODE_UNITS) KIND[c]! |= PART_LEAD;

/** A bracket that may hold a date, opening or closing: round ones (either width), 【 and 】. */
const isBracket = (c: number): boolean =>
  isOpenParen(c) || isCloseParen(c) || c === 0x3010 /* 【 */ || c === 0x3011; /* 】 */

/** `open` and `close` make a pair of brackets that may hold a date: round ones (either width), or 【 and 】. */
function bracketsPair(open: number, close: number): boolean {
  return open === 0x3010 /* 【 */ ? close === 0x3011 /* 】 */ : isOpenParen(open) && isCloseParen(close);
}

const isPieceSeparator = (c: number): boolean => (KIND[c]! & SEPARATOR) !== 0;

/** True when `text[from, to)` holds a character other than blanks, bullets, brackets and separators. */
function holdsWords(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((KIND[text.charCodeAt(k)]! & NO_WORD) === 0) return true;
  return false;
}

/**
 * Reads the regions of one schedule text, line piece by line piece, carrying the date context
 * (for months without a year) from one to the next, and collects what they hold in text order.
 */
export class RegionReader {
  /** What resolving dates noticed (invalid dates, reversed ranges); the shared empty list when none. */
  diagnostics: Diagnostic[] = NONE;
  // The spans, recurrences and sources read so far: lists kept from text to text (and never handed
  // out), the first `#…Count` items of each being this text's.
  #spans: Span[] = [];
  #spanCount = 0;
  #recurrences: Recurrence[] = [];
  #recurrenceCount = 0;
  #covered: Source[] = [];
  #coveredCount = 0;
  #unlabelledCount = 0;
  #normal: string;
  #original: string;
  #stops: OffsetFinder;
  #tidy: OffsetFinder | undefined;
  /** The date a month without a year is dated by, carried from region to region. */
  #context: DateContext | null = null;
  /** The fiscal year the text is written for (今年度 is it), if known. */
  #base: number | null = null;
  // The dates of the expression being read, and of a month that narrows it (or of the next
  // expression in a sentence): two records, filled anew for each expression.
  readonly #resolved = new Resolution();
  readonly #narrowed = new Resolution();
  /** The dates of a date in prose narrowed to the part of the year written after it. */
  readonly #partOfYear = new Resolution();
  /** The entry being read: one record, filled anew for each entry. */
  readonly #entry: Entry = {
    head: null as unknown as Expression,
    colon: 0,
    start: 0,
    innerFrom: 0,
    innerTo: 0,
    scanned: 0,
    stop: -1,
  };
  /** The expressions of the region being read (indices below point into it). */
  #expressions: readonly Expression[] = NONE;
  #end = 0;
  #track: string | undefined;

  /**
   * @param normal - the normalised text
   * @param original - the original text (labels are taken from it)
   * @param stops - finds the sentence ends of `normal` (searched for when not given)
   * @param tidy - finds what `tidyLabel` acts on (`TextMarks.tidy`), when known: labels with none are only trimmed
   */
  constructor(
    normal: string,
    original: string,
    stops: OffsetFinder = new SentenceEnds(normal),
    tidy?: OffsetFinder,
  ) {
    this.#normal = normal;
    this.#original = original;
    this.#stops = stops;
    this.#tidy = tidy;
  }

  /**
   * Starts over on another text, as a new reader would (see the constructor); the lists read
   * so far are left as they are, and new ones begin. `context` is the date context the text starts
   * in (the fiscal year it is written for, which 今年度 is), if any.
   */
  reset(
    normal: string,
    original: string,
    stops: OffsetFinder,
    tidy?: OffsetFinder,
    context: DateContext | null = null,
  ): this {
    this.#normal = normal;
    this.#original = original;
    this.#stops = stops;
    this.#tidy = tidy;
    this.#spanCount = 0;
    this.#recurrenceCount = 0;
    this.#coveredCount = 0;
    this.#unlabelledCount = 0;
    this.diagnostics = NONE;
    this.#context = context;
    this.#base = context === null ? null : context.year;
    this.#expressions = NONE;
    this.#end = 0;
    this.#track = undefined;
    return this;
  }

  /** The spans read so far, in text order: a new list. */
  spans(): Span[] {
    return copyOf(this.#spans, this.#spanCount);
  }

  /** The recurrences read so far, in text order: a new list. */
  recurrences(): Recurrence[] {
    return copyOf(this.#recurrences, this.#recurrenceCount);
  }

  /**
   * The sources of the spans and recurrences read so far, and of what {@link RegionReader.cover}
   * added, in text order: the first {@link RegionReader.coveredCount} items of a list the
   * reader keeps (read it before reading on).
   */
  get covered(): readonly Source[] {
    return this.#covered;
  }

  /** How many items of {@link RegionReader.covered} are this text's. */
  get coveredCount(): number {
    return this.#coveredCount;
  }

  /** How many spans and recurrences of this text were read without a label. */
  get unlabelledCount(): number {
    return this.#unlabelledCount;
  }

  /**
   * Labels the spans and recurrences without a label written side by side on a line of their own with the words
   * under each in the lines after it (see {@link labelFromColumnsBelow}). Asked once all the text is read, and only
   * when two or more were read without a label.
   *
   * @param breaks - finds the text's line breaks
   */
  labelColumns(breaks: OffsetFinder): void {
    this.#labelWith(labelFromColumnsBelow, breaks);
  }

  /**
   * Labels each span or recurrence without a label that stands alone on its line with the words of the lines
   * after it (see {@link labelFromLinesAfter}). Asked once all the text is read, and only when some were read
   * without a label.
   *
   * @param breaks - finds the text's line breaks
   */
  labelLoneDates(breaks: OffsetFinder): void {
    this.#labelWith(labelFromLinesAfter, breaks);
  }

  /**
   * Continues the labels of the spans and recurrences that end their lines with the indented lines after them
   * (see {@link labelFromIndentedLines}). Asked once all the text is read (after {@link labelLoneDates}), and only
   * when a line after the first is indented.
   *
   * @param breaks - finds the text's line breaks
   */
  labelIndentedLines(breaks: OffsetFinder): void {
    this.#labelWith(labelFromIndentedLines, breaks);
  }

  /** Has `labeller` label the spans and recurrences read so far from the lines after them. */
  #labelWith(labeller: LineLabeller, breaks: OffsetFinder): void {
    const spans: Labelled[] = this.#spans.slice(0, this.#spanCount);
    const items = spans.concat(this.#recurrences.slice(0, this.#recurrenceCount));
    labeller(items, this.#covered, this.#coveredCount, this.#normal, this.#original, breaks);
  }

  /** Adds a source that something other than a span or recurrence covers (a track heading), in text order. */
  cover(source: Source): void {
    this.#covered[this.#coveredCount++] = source;
  }

  /**
   * Reads one region of a schedule line (between track headings) into spans and recurrences.
   *
   * Two ways of writing are read:
   * - entries `DATE：label` (the seed's `2021(R3)年度：内部情報系業務BPR 2022(R4)年度：…`): the label
   *   is the text after `：` up to the next entry, the next date after a blank, the end of the
   *   first sentence, or a period of its own after a `、` (`令和4年度：試行、令和5年度から本格実施`). A month in
   *   the label (`2021(R3)年度：10月に定期見直し`) narrows a fiscal year.
   * - prose (`毎年度、…を実施し、概ね5年ごとに…。`): each sentence is cut before each date in it; a
   *   date's label is its piece of the sentence without the date (the first piece keeps the
   *   sentence's opening words).
   *
   * Text with no date (and dates that cannot be dated) is left for notes.
   *
   * @param start - where the region starts
   * @param end - where it ends
   * @param expressions - the expressions of the text, in order
   * @param from - index of the region's first expression in `expressions`
   * @param to - index just past its last
   * @param track - the track heading in force
   */
  read(
    start: number,
    end: number,
    expressions: readonly Expression[],
    from: number,
    to: number,
    track: string | undefined,
  ): void {
    this.#end = end;
    this.#track = track;
    this.#expressions = expressions;
    const normal = this.#normal;
    let cursor = start;
    // The expressions read as prose so far: expressions[proseFrom, k).
    let proseFrom = from;
    // The entry being read, if any (one record, filled anew for each entry).
    const entry = this.#entry;
    let inEntry = false;
    for (let k = from; k < to; k++) {
      const x = expressions[k]!;
      const colon = this.#colonAfter(x);
      if (colon >= 0) {
        // A list marker right before the date opens the entry (`②令和5年度：運用`): it is no word of the text before.
        const marker = inEntry
          ? this.#markerInEntry(x, k, from, cursor)
          : this.#markerBefore(x, k, from, cursor);
        const lead = marker >= 0 ? marker : x.start;
        let entryStart = lead;
        if (inEntry) {
          this.#readEntry(entry, lead);
          cursor = lead;
        } else {
          // A bullet or blank before the first entry belongs to it (○2021年度：…).
          let onlyBullets = proseFrom === k;
          for (let p = cursor; onlyBullets && p < lead; p++) {
            const c = normal.charCodeAt(p);
            if (!isBlank(c) && !isBullet(c)) onlyBullets = false;
          }
          if (onlyBullets) entryStart = this.#trimmedStart(cursor, x.start);
          else this.#readProse(cursor, lead, proseFrom, k);
        }
        entry.head = x;
        entry.colon = colon;
        entry.start = entryStart;
        entry.innerFrom = k + 1;
        entry.innerTo = k + 1;
        entry.scanned = colon + 1;
        entry.stop = -1;
        inEntry = true;
        continue;
      }
      if (inEntry) {
        if (entry.stop < 0) {
          const stop = this.#stops.next(entry.scanned);
          if (stop < x.start) entry.stop = stop;
        }
        entry.scanned = Math.max(entry.scanned, x.start);
        let entryEnd = entry.stop >= 0 ? entry.stop + 1 : -1;
        if (entryEnd < 0 && hasYear(x)) {
          const marker = this.#markerInEntry(x, k, from, cursor);
          if (marker >= 0) entryEnd = marker;
          else if (isBlank(normal.charCodeAt(x.start - 1)) || this.#startsPeriodAfterSeparator(x))
            entryEnd = x.start;
        }
        if (entryEnd >= 0) {
          // The entry ends at its sentence, or where a new date begins after a blank or a list marker, or a
          // period of its own after a 、 (2021(R3)年度：検討、2022(R4)年度から実施).
          this.#readEntry(entry, entryEnd);
          inEntry = false;
          cursor = entryEnd;
          proseFrom = k;
        } else {
          entry.innerTo = k + 1;
        }
      }
    }
    if (inEntry) this.#readEntry(entry, end);
    else this.#readProse(cursor, end, proseFrom, to);
  }

  /**
   * `x` is a period of its own (a range, or open at one end: `2022(R4)年度から`, `翌年度以降`, `～2024年度`)
   * written right after a separator (`、 ， , ； ; / ／ → ⇒`): in an entry's label, it begins the next thing
   * scheduled, not words of the label (a date alone there, `2021(R3)年度の結果を踏まえ`, stays in it).
   */
  #startsPeriodAfterSeparator(x: Expression): boolean {
    if (x.type !== 'date' || x.form === 'single' || x.form === 'list') return false;
    const text = this.#normal;
    let q = x.start - 1;
    while (q > 0 && isBlank(text.charCodeAt(q))) q--;
    return isPieceSeparator(text.charCodeAt(q));
  }

  /**
   * Where a list marker written right before `x` (`expressions[k]` of the region's `[from, …)`) starts, or -1:
   * looked for after the expression before it and `cursor` (see {@link listMarkerBefore}).
   */
  #markerBefore(x: Expression, k: number, from: number, cursor: number): number {
    const floor = k > from ? Math.max(cursor, this.#expressions[k - 1]!.end) : cursor;
    return x.start > floor ? listMarkerBefore(this.#normal, x.start, floor) : -1;
  }

  /**
   * {@link RegionReader.#markerBefore} inside the entry being read: a marker that is all its label so far, with a
   * blank after it, is the label (`2021年度：●　2022年度：●`, years marked as in a table's columns), not the next
   * entry's marker (`令和4年度：〇令和5年度：運用`).
   */
  #markerInEntry(x: Expression, k: number, from: number, cursor: number): number {
    const marker = this.#markerBefore(x, k, from, cursor);
    if (marker < 0 || !isBlank(this.#normal.charCodeAt(x.start - 1))) return marker;
    return this.#trimmedStart(this.#entry.colon + 1, marker) >= marker ? -1 : marker;
  }

  /** Where the `：` right after `x` lies (past up to three blanks, in the region), or -1. */
  #colonAfter(x: Expression): number {
    const text = this.#normal;
    const end = this.#end;
    let q = x.end;
    let c = text.charCodeAt(q);
    while (q < end && q - x.end < 3 && isInlineBlank(c)) c = text.charCodeAt(++q);
    return q < end && isColon(c) ? q : -1;
  }

  #trimmedEnd(from: number, to: number): number {
    return blanksTrimmed(this.#normal, from, to);
  }

  #trimmedStart(from: number, to: number): number {
    return blanksSkipped(this.#normal, from, to);
  }

  #pushDates(dates: Resolution, approximate: boolean, label: string, s: number, e: number): void {
    for (let k = 0; k < dates.count; k++) {
      const span = dates.span(k, approximate, label, { start: s, end: e });
      if (this.#track !== undefined) span.track = this.#track;
      if (label === '') this.#unlabelledCount++;
      this.#spans[this.#spanCount++] = span;
      this.#covered[this.#coveredCount++] = span.source;
    }
  }

  #pushRecurrence(x: RecurrenceExpression, label: string, s: number, e: number): void {
    const r: Recurrence = {
      everyYears: x.everyYears,
      approximate: x.approximate,
      label,
      source: { start: s, end: e },
    };
    if (x.everyYearsMax !== undefined) r.everyYearsMax = x.everyYearsMax;
    if (x.timesPerYear !== undefined) r.timesPerYear = x.timesPerYear;
    if (x.timesPerYearMax !== undefined) r.timesPerYearMax = x.timesPerYearMax;
    if (x.months !== undefined) r.months = x.months;
    if (this.#track !== undefined) r.track = this.#track;
    if (label === '') this.#unlabelledCount++;
    this.#recurrences[this.#recurrenceCount++] = r;
    this.#covered[this.#coveredCount++] = r.source;
    // 毎年6月と12月: a recurrence for each time of the year, alike but for its months.
    if (x.moreMonths !== undefined)
      for (const months of x.moreMonths) {
        if (label === '') this.#unlabelledCount++;
        this.#recurrences[this.#recurrenceCount++] = { ...r, months };
      }
  }

  /** Resolves `x` into `out` (one of the reader's records), keeping what it noticed. */
  #resolve(x: DateExpression, context: DateContext | null, out: Resolution): Resolution {
    const r = resolveInto(x, this.#normal, context, out, this.#base);
    if (r.diagnostics.length > 0)
      for (const d of r.diagnostics) this.diagnostics = append(this.diagnostics, d);
    else if (r.yearless !== null)
      this.diagnostics = append(this.diagnostics, yearless(this.#normal, r.yearless));
    return r;
  }

  /** Reads `expressions[i, j)`, written as prose between `from` and `to`, sentence by sentence. */
  #readProse(from: number, to: number, i: number, j: number): void {
    if (i >= j) return;
    let sentenceStart = from;
    let k = i;
    for (let p = this.#stops.next(from); p < to; p = this.#stops.next(p + 1)) {
      k = this.#readSentence(sentenceStart, p + 1, k, j);
      sentenceStart = p + 1;
    }
    if (sentenceStart < to) this.#readSentence(sentenceStart, to, k, j);
  }

  /** Reads the expressions of one sentence (from `expressions[k]`, before `j`); returns the index of the first one after it. */
  #readSentence(s: number, e: number, k: number, j: number): number {
    const xs = this.#expressions;
    // Each dated expression's piece of the sentence runs to the next one: it is written once that is known.
    let dated: Expression | null = null;
    // The dates of `dated` and of the expression read after it: the reader's two records, in turn.
    let datedSpans = this.#resolved;
    let spans = this.#narrowed;
    let pieceStart = s;
    // The piece holds an expression that dates nothing (its text is then part of the label).
    let holdsUndated = false;
    // The label of the piece before, when the date of this one is written in brackets after its words.
    let wordsBefore = '';
    // Where the source of the next piece's dates starts, when a fiscal year before it only gave its month a year.
    let sourceFrom = -1;
    while (k < j && xs[k]!.start < e) {
      const x = xs[k++]!;
      // Where the text after `x` is its own: up to the next expression or the sentence's end.
      const ownEnd = k < j && xs[k]!.start < e ? xs[k]!.start : e;
      if (x.type === 'date') {
        const r = this.#resolve(x, this.#context, spans);
        if (r.count === 0) {
          holdsUndated = true;
          continue;
        }
        this.#context = r.context;
      }
      if (dated) {
        let cut = holdsUndated ? x.start : this.#pieceEnd(dated, pieceStart, x.start);
        let bracketed = false;
        if (cut === x.start) {
          // A list marker before the next date goes with it (`〇令和4年度 設計 〇令和5年度 運用`), and so does a
          // bracket around it (`3年ごとに見直し（次回：令和6年度）`), which, holding the date alone, dates the words
          // before (`毎年度実施（令和3年度～）`); words written after a blank right before the bracket are what it
          // dates, and go with it too (`調査（令和4年度） 設計（令和5年度）`, `前期（令和3～5年度）：… 後期（…）：…`).
          // Words written after a blank and ended by a ： right before the date name it (`前期：R3～R5 後期：R6～R8`).
          const marker = listMarkerBefore(this.#normal, x.start, dated.end);
          const opening = marker < 0 ? this.#bracketAround(x, dated.end, ownEnd) : -1;
          const named =
            opening >= 0
              ? this.#wordsStartBefore(opening, dated.end)
              : marker < 0
                ? this.#namingWordsBefore(x, dated.end)
                : -1;
          bracketed = opening >= 0 && named < 0;
          if (marker >= 0 || opening >= 0 || named >= 0) cut = Math.max(marker, named >= 0 ? named : opening);
        }
        // A fiscal year with no words of its own right before a month of it (`令和3年度、10月に公表`, `令和3年度は
        // 10月に…`) is that month's year, not a period of its own: its text is in the month's source.
        const yearOfMonth =
          !holdsUndated &&
          cut === x.start &&
          dated.type === 'date' &&
          isWholeFiscalYear(dated) &&
          isMonthHead(x);
        const label = this.#pushProse(
          dated,
          datedSpans,
          pieceStart,
          cut,
          holdsUndated,
          wordsBefore,
          sourceFrom,
          yearOfMonth,
        );
        sourceFrom = label === null ? this.#trimmedStart(pieceStart, dated.start) : -1;
        wordsBefore = bracketed && label !== null ? label : '';
        pieceStart = cut;
        holdsUndated = false;
      }
      dated = x;
      const swap = datedSpans;
      datedSpans = spans;
      spans = swap;
    }
    if (dated)
      this.#pushProse(dated, datedSpans, pieceStart, e, holdsUndated, wordsBefore, sourceFrom, false);
    return k;
  }

  /**
   * Where the bracket opens that holds `x` (`（令和3年度～）`, `【令和4年度】`, `（次回：令和6年度）`, `（直近：令和3年度改定）`):
   * the last bracket between `floor` and `x`, when it opens, and the first between `x` and `limit` closes it; or -1.
   * Each stretch is read once (`floor` is the end of the expression before, `limit` the start of the one after).
   */
  #bracketAround(x: Expression, floor: number, limit: number): number {
    const text = this.#normal;
    let q = x.start - 1;
    while (q >= floor && !isBracket(text.charCodeAt(q))) q--;
    if (q < floor) return -1;
    let r = x.end;
    while (r < limit && !isBracket(text.charCodeAt(r))) r++;
    return r < limit && bracketsPair(text.charCodeAt(q), text.charCodeAt(r)) ? q : -1;
  }

  /**
   * Where the words written right before `at` start, when a blank after `floor` comes before them
   * (`…基盤整備 後期（令和6～8年度）`: 後期); or -1.
   */
  #wordsStartBefore(at: number, floor: number): number {
    const text = this.#normal;
    let w = at;
    while (w > floor && (KIND[text.charCodeAt(w - 1)]! & NO_WORD) === 0) w--;
    return w < at && w > floor && isInlineBlank(text.charCodeAt(w - 1)) ? w : -1;
  }

  /** Where the words that name `x` start, written after a blank after `floor` and ended by a ： right before it; or -1. */
  #namingWordsBefore(x: Expression, floor: number): number {
    const text = this.#normal;
    let q = x.start - 1;
    while (q > floor && isInlineBlank(text.charCodeAt(q))) q--;
    return q > floor && isColon(text.charCodeAt(q)) ? this.#wordsStartBefore(q, floor) : -1;
  }

  /**
   * Where the piece of a sentence that `x` dates ends, the next date starting at `next`: just after
   * the last separator between them (`、 ， , ； ; / ／ → ⇒`) when `x`'s words lie before it or between it
   * and that separator, so that words written before their date stay with it (`計画策定（令和4年度）、
   * 運用開始（令和5年度）`, `計画策定は令和4年度、運用開始は令和5年度`); else at the next date
   * (`令和4年度、計画策定を行い令和5年度から運用`: the words after a date are its own).
   */
  #pieceEnd(x: Expression, from: number, next: number): number {
    const text = this.#normal;
    let q = next - 1;
    while (q >= x.end && !isPieceSeparator(text.charCodeAt(q))) q--;
    if (q < x.end) return next;
    return holdsWords(text, from, x.start) || holdsWords(text, x.end, q) ? q + 1 : next;
  }

  /**
   * Adds a date or recurrence written in prose, its label the words from `from` to `to` around it
   * (`holdsExpression`: other expressions lie there, whose blanks, `)` and `、` the marks leave out), or
   * `wordsBefore` when there are none, its source from `sourceFrom` when that is earlier (≥ 0); returns the label.
   * With `onlyWithWords`, a date whose label is empty is not added, and `null` is returned.
   */
  #pushProse(
    x: Expression,
    spans: Resolution,
    from: number,
    to: number,
    holdsExpression: boolean,
    wordsBefore: string,
    sourceFrom: number,
    onlyWithWords: boolean,
  ): string | null {
    const segStart = this.#trimmedStart(from, x.start);
    const segEnd = this.#trimmedEnd(x.end, to);
    const tidy = holdsExpression ? undefined : this.#tidy;
    // A list marker that opens the piece (`・計画策定は令和4年度`, `〇令和5年度 運用開始`) is in its source, not its label.
    const markerEnd = listMarkerEnd(this.#normal, segStart, x.start);
    const labelStart = markerEnd >= 0 ? markerEnd : segStart;
    // A date alone in its brackets at the start of its piece (`（令和3年度）：調査`): the brackets go with it, and the
    // words after them lose what ties them to it (：), as after a date written bare.
    const wrapped = this.#bracketedAlone(x, labelStart, segEnd);
    // A date in brackets with no words of its own dates the words before it (`毎年度実施（令和3年度～）`: 実施).
    const label =
      wholeBrackets(
        proseLabel(
          this.#original,
          labelStart,
          segEnd,
          wrapped ? x.start - 1 : x.start,
          wrapped ? x.end + 1 : x.end,
          tidy,
        ),
      ) || wordsBefore;
    if (onlyWithWords && label === '') return null;
    const sourceStart = sourceFrom >= 0 && sourceFrom < segStart ? sourceFrom : segStart;
    if (x.type === 'recurrence') {
      this.#pushRecurrence(x, label, segStart, segEnd);
      return label;
    }
    // A part of the year written after the date and a blank narrows it, as one an entry's label starts with
    // does (`令和3年度 第3四半期 調査`; `令和3年度第3四半期`, with no blank, is one date).
    const part =
      isInlineBlank(this.#normal.charCodeAt(x.end)) && isWholeFiscalYear(x)
        ? (this.#partWordAt(x.end, segEnd)?.part ?? null)
        : null;
    const narrowed = part === null ? null : this.#narrow(x, null, part, spans.context, this.#partOfYear);
    if (narrowed !== null && narrowed.count > 0)
      this.#pushDates(narrowed, x.approximate || isRoughPart(part), label, sourceStart, segEnd);
    else this.#pushDates(spans, x.approximate, label, sourceStart, segEnd);
    return label;
  }

  /** `x` is alone in a pair of brackets (`（令和3年度）`, `【R3】`) that opens its piece from `from`, before `to`. */
  #bracketedAlone(x: Expression, from: number, to: number): boolean {
    const text = this.#normal;
    const close = x.end < to ? text.charCodeAt(x.end) : 0;
    return (
      (isCloseParen(close) || close === 0x3011) /* 】 */ &&
      x.start > from &&
      bracketsPair(text.charCodeAt(x.start - 1), close) &&
      this.#trimmedStart(from, x.start - 1) === x.start - 1
    );
  }

  /** The dates of the fiscal year `head` names, narrowed to `month` or, without one, to `part` (into `out`). */
  #narrow(
    head: DateExpression,
    month: DateExpression | null,
    part: YearPart | null,
    context: DateContext | null,
    out: Resolution,
  ): Resolution {
    const narrowed = month ?? { ...head, points: [{ ...head.points[0]!, yearPart: part }] };
    return this.#resolve(narrowed, context, out);
  }

  /**
   * The part of the year (`上半期`, `第3四半期`, `年度末`, `秋頃`) a label from `from` starts with, and where its word
   * ends, before `e`; or `null`.
   */
  #partWordAt(from: number, e: number): { part: YearPart; end: number } | null {
    const q = this.#trimmedStart(from, e);
    const part = q < e ? partOfYearWordAt(this.#normal, q) : null;
    return part !== null && part.end <= e ? part : null;
  }

  /**
   * The pieces of an entry's label that start with a part of the year, from `first` (which the label starts with)
   * to each other part named where a piece of the label begins, after a separator or a blank
   * (`令和6年度：上半期 制度設計、下半期 試行`); `null` when it names no other part so.
   */
  #partPieces(entry: Entry, first: { part: YearPart; end: number }, e: number): Piece[] | null {
    const text = this.#normal;
    const pieces: Piece[] = [
      { month: null, part: first.part, headEnd: first.end, start: entry.colon + 1, end: e, sourceEnd: e },
    ];
    for (let q = first.end; q < e; q++) {
      const c = text.charCodeAt(q);
      if (!isPieceSeparator(c) && !isInlineBlank(c)) continue;
      const r = this.#trimmedStart(q + 1, e);
      const next = r < e && (KIND[text.charCodeAt(r)]! & PART_LEAD) !== 0 ? yearPartWordAt(text, r) : null;
      if (next === null) continue;
      this.#endPiece(pieces[pieces.length - 1]!, q);
      pieces.push({ month: null, part: next.part, headEnd: next.end, start: r, end: e, sourceEnd: e });
      q = next.end - 1;
    }
    return pieces.length > 1 ? pieces : null;
  }

  /**
   * The pieces of an entry's label that each start with a month or a range of months (`2021年度：4月 調査、10月 分析`,
   * `2021年度：4～6月 調査、10～12月 分析`): the label starts
   * with one, and each other begins a piece of the label, after a separator or a blank; `null` when the label is
   * not so written, or holds another date.
   */
  #monthPieces(entry: Entry, e: number): Piece[] | null {
    const text = this.#normal;
    const labelStart = this.#trimmedStart(entry.colon + 1, e);
    const pieces: Piece[] = [];
    for (let k = entry.innerFrom; k < entry.innerTo; k++) {
      const x = this.#expressions[k]!;
      if (x.start >= e) break;
      if (!isMonthHead(x)) return null;
      if (pieces.length === 0) {
        if (x.start !== labelStart) return null;
      } else {
        // The blanks before the month, and the separator before them if any.
        const blanks = this.#trimmedEnd(labelStart, x.start);
        const separator = blanks > labelStart && isPieceSeparator(text.charCodeAt(blanks - 1));
        if (!separator && blanks === x.start) return null;
        this.#endPiece(pieces[pieces.length - 1]!, separator ? blanks - 1 : blanks);
      }
      pieces.push({
        month: x,
        part: null,
        headEnd: x.end,
        start: pieces.length === 0 ? entry.colon + 1 : x.start,
        end: e,
        sourceEnd: e,
      });
    }
    return pieces.length > 1 ? pieces : null;
  }

  /** Ends `piece` at `q`, a separator (which its source keeps) or a blank. */
  #endPiece(piece: Piece, q: number): void {
    piece.end = this.#trimmedEnd(piece.start, q);
    piece.sourceEnd = isPieceSeparator(this.#normal.charCodeAt(q)) ? q + 1 : piece.end;
  }

  /**
   * Reads an entry of the fiscal year `head` (its dates `whole`) piece by piece: a span for each piece, narrowed to
   * its month or part of the year, its label the piece. Returns `false`, having read nothing, when a piece holds
   * nothing but its month or part (`上半期、下半期とも実施`, `4月、10月に実施`: one thing done in both).
   */
  #readPieces(
    entry: Entry,
    head: DateExpression,
    whole: Resolution,
    pieces: readonly Piece[],
    e: number,
    tidy: OffsetFinder | undefined,
  ): boolean {
    for (const piece of pieces) if (this.#trimmedStart(piece.headEnd, piece.end) >= piece.end) return false;
    let sourceStart = entry.start;
    for (const piece of pieces) {
      const narrowed = this.#narrow(head, piece.month, piece.part, whole.context, this.#narrowed);
      const label = sliceLabel(this.#original, piece.start, piece.end, tidy);
      const approximate =
        head.approximate || (piece.month !== null ? piece.month.approximate : isRoughPart(piece.part));
      // The whole year when a month cannot date it (the readers read no such month: a safeguard).
      const dates = narrowed.count > 0 ? narrowed : whole;
      this.#pushDates(dates, approximate, label, sourceStart, piece.sourceEnd);
      sourceStart = piece.sourceEnd === piece.end ? this.#trimmedStart(piece.end, e) : piece.sourceEnd;
    }
    return true;
  }

  /**
   * The first month, or range of months, without a year written in an entry's label before `e` (`4月～6月`,
   * `10月～翌3月`, `翌年3月～6月`), or `null`.
   */
  #monthIn(entry: Entry, e: number): DateExpression | null {
    for (let k = entry.innerFrom; k < entry.innerTo; k++) {
      const x = this.#expressions[k]!;
      if (x.start >= e) break;
      if (x.type !== 'date' || !isYearlessMonth(x.points[0]!)) continue;
      if (x.form === 'single' || (x.form === 'range' && isYearlessMonth(x.points[1]!))) return x;
    }
    return null;
  }

  #readEntry(entry: Entry, to: number): void {
    // The label ends at its first 。 when more text follows.
    let stop = entry.stop;
    if (stop < 0) {
      const next = this.#stops.next(entry.scanned);
      if (next < to) stop = next;
    }
    let e = to;
    if (stop >= 0 && this.#trimmedStart(stop + 1, to) < to) e = stop + 1;
    e = this.#trimmedEnd(entry.colon + 1, e);
    // Months and other dates written in the label: their blanks, ) and 、 are not among the marks.
    const tidy = entry.innerFrom < entry.innerTo ? undefined : this.#tidy;
    const head = entry.head;
    if (head.type === 'recurrence') {
      this.#pushRecurrence(head, sliceLabel(this.#original, entry.colon + 1, e, tidy), entry.start, e);
      return;
    }
    const r = this.#resolve(head, this.#context, this.#resolved);
    if (r.count === 0) return;
    this.#context = r.context;
    let dates = r;
    let approximate = head.approximate;
    if (isWholeFiscalYear(head)) {
      // A month in the label narrows the fiscal year (2021(R3)年度：10月に定期見直し), and so does a part of it that
      // the label starts with (2021(R3)年度：第3四半期に調査, 令和3年度：年度末に公表).
      const month = this.#monthIn(entry, e);
      const partWord =
        month === null && (KIND[this.#normal.charCodeAt(entry.colon + 1)]! & PART_LEAD) !== 0
          ? this.#partWordAt(entry.colon + 1, e)
          : null;
      // Other months or parts of the year after it, each opening a piece of the label (令和6年度：上半期 設計、下半期
      // 試行; 2021年度：4月 調査、10月 分析).
      const pieces =
        partWord !== null
          ? this.#partPieces(entry, partWord, e)
          : month !== null && entry.innerTo - entry.innerFrom > 1
            ? this.#monthPieces(entry, e)
            : null;
      if (pieces !== null && this.#readPieces(entry, head, r, pieces, e, tidy)) return;
      const part = partWord === null ? null : partWord.part;
      if (month !== null || part !== null) {
        const narrowed = this.#narrow(head, month, part, r.context, this.#narrowed);
        if (narrowed.count > 0) {
          dates = narrowed;
          approximate ||= month !== null ? month.approximate : isRoughPart(part);
        }
      }
    }
    this.#pushDates(dates, approximate, sliceLabel(this.#original, entry.colon + 1, e, tidy), entry.start, e);
  }
}
