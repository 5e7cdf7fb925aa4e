import type { Diagnostic, Note, Schedule } from '../model/types.js';
import { append, NONE } from './append.js';
import { flatCopy } from '../text/flatCopy.js';
import { normalizeText } from '../text/normalizeText.js';
import { isBlank, isHeadingBullet, SortedOffsets } from './chars.js';
import { DiagnosticSink, ExpressionList } from './expressions.js';
import { fillNotes } from './fillNotes.js';
import { findHeadings } from './findHeadings.js';
import { RegionReader } from './readRegion.js';
import { scanText } from './scanDates.js';
import { TextMarks } from './textMarks.js';
import { isReadableYear } from './readDatePoint.js';
import type { DateContext } from './resolveDates.js';
import { errorMessage } from '../model/errorMessage.js';

const byStart = (a: { source: { start: number } }, b: { source: { start: number } }): number =>
  a.source.start - b.source.start;

// What reading one text needs, made once and started over for each text (parsing never calls
// back into itself, and no reader keeps them past a call).
const SINK = new DiagnosticSink();
const MARKS = new TextMarks();
const FOUND = new ExpressionList();
const STOPS = new SortedOffsets(NONE, 0);
const TIDY = new SortedOffsets(NONE, 0);
const OPENS = new SortedOffsets(NONE, 0);
const BREAKS = new SortedOffsets(NONE, 0);
const READER = new RegionReader('', '', STOPS, TIDY);

/**
 * Texts this long and longer are read from a copy of their own ({@link flatCopy}): a slice of a longer string,
 * or text a browser handed over (`fetch`, files, form fields), is read through a reference to other memory at
 * every character, and most characters are read two or three times. Shorter texts save less than the copy
 * costs (about 70 ns). Labels and notes are still cut from the text as given, so that the copy is dropped once
 * read: kept by the labels, copies made `parsePlan` slower. Measured in docs/benchmarks.md (27 November 2026,
 * before midnight).
 */
const COPIED_FROM_LENGTH = 40;

/** Options of {@link parseSchedule} and `parseDateMentions`. */
export interface ScheduleOptions {
  /**
   * The fiscal year the text is written for (an annual plan's 令和6年度, 1000–9998): a month written
   * before any year (`4月～6月：調査`, `1月：公表`) is in it, 翌年度 before any year counts from it, and
   * 今年度 (本年度), 来年度, 再来年度 and 昨年度 count from it. Without it those stay text.
   */
  fiscalYear?: number;
}

/** The date context `options.fiscalYear` starts a text with, or `null` (none, or not a year the readers take). */
export function startContext(options: ScheduleOptions | undefined): DateContext | null {
  const year = options?.fiscalYear;
  return isReadableYear(year) ? { year, fiscal: true, from: year } : null;
}

/** Reads `readable` (equal to `original`, perhaps a copy of it), cutting labels and notes from `original`. */
function parse(original: string, readable: string, start: DateContext | null): Schedule {
  // One pass over the text finds its dates and where its lines, sentences and 【s lie (two where it holds
  // full-width characters that read differently once normalised: ２０２１, Ｒ３).
  const sink = SINK;
  const marks = MARKS;
  const found = FOUND;
  const normal = scanText(readable, sink, marks, found);
  const expressions = found.items;
  const n = normal.length;
  const lineBreaks = marks.lineBreaks.items;
  const lineBreakCount = marks.lineBreaks.count;
  const { sentenceEnds, tidy, headingOpens } = marks;
  // Spans, recurrences and headings cover their sources in text order: notes fill the gaps once, at the end.
  const reader = READER.reset(
    normal,
    original,
    STOPS.reset(sentenceEnds.items, n, sentenceEnds.count),
    TIDY.reset(tidy.items, n, tidy.count),
    start,
  );
  let headings: Note[] = NONE;
  const opens = headingOpens.count === 0 ? null : OPENS.reset(headingOpens.items, n, headingOpens.count);
  let track: string | undefined;
  // A line after the first starts with a blank (its words may continue the label above it).
  let indented = false;
  let e = 0;
  let lineStart = 0;
  for (let b = 0; lineStart <= n; b++) {
    const lineEnd = b < lineBreakCount ? lineBreaks[b]! : n;
    const lineFrom = e;
    while (e < found.count && expressions[e]!.start < lineEnd) e++;
    let first = lineStart;
    let c = normal.charCodeAt(first);
    while (first < lineEnd && isBlank(c)) c = normal.charCodeAt(++first);
    if (first > lineStart && first < lineEnd && lineStart > 0) indented = true;
    if (first < lineEnd && !isHeadingBullet(c) && (!opens || opens.next(first) >= lineEnd)) {
      // No heading can start in this line (most lines): it is one piece of text.
      reader.read(lineStart, lineEnd, expressions, lineFrom, e, track);
    } else {
      let k = lineFrom;
      const pieces = findHeadings(
        normal,
        original,
        lineStart,
        lineEnd,
        expressions,
        lineFrom,
        e,
        opens ?? undefined,
      );
      for (const piece of pieces) {
        if (piece.type === 'heading') {
          const source = { start: piece.start, end: piece.end };
          headings = append(headings, { text: original.slice(piece.start, piece.end), source });
          reader.cover(source);
          track = piece.track;
          continue;
        }
        while (k < e && expressions[k]!.start < piece.start) k++;
        const from = k;
        while (k < e && expressions[k]!.start < piece.end) k++;
        reader.read(piece.start, piece.end, expressions, from, k, track);
      }
    }
    lineStart = lineEnd + 1;
  }
  const breaks = BREAKS.reset(lineBreaks, n, lineBreakCount);
  // Dates side by side on a line of their own take the words under them, a date alone on its line the words of the
  // lines after it (most texts have none without a label).
  if (reader.unlabelledCount > 1) reader.labelColumns(breaks);
  if (reader.unlabelledCount > 0) reader.labelLoneDates(breaks);
  if (indented) reader.labelIndentedLines(breaks);
  const filled = fillNotes(original, normal, reader.covered, breaks, reader.coveredCount);
  const notes =
    headings.length === 0 ? filled : filled.length === 0 ? headings : [...headings, ...filled].sort(byStart);
  const diagnostics: Diagnostic[] =
    reader.diagnostics.length > 0
      ? [...sink.list, ...reader.diagnostics].sort(byStart)
      : sink.list.length > 0
        ? sink.list
        : [];
  return { spans: reader.spans(), recurrences: reader.recurrences(), notes, diagnostics };
}

/**
 * Reads the スケジュール (schedule) text of a plan item into fiscal-year spans, recurrences,
 * notes and diagnostics.
 *
 * Reads what Japanese public-sector plans write: Western years with the era in brackets in
 * either order (`2021(R3)年度`, `令和3年度(2021年度)`, `2018年(平成30年)度`, `平成 29(2017)年度`), an era year
 * with the same year in the next era in brackets (`平成31年度（令和元年度）`),
 * the era alone (`令和3年度`, `R3年度`, `令3年度`, `令和元年度`, kanji numerals), full-width
 * digits and brackets; ranges with `～ 〜 ~ ∼ -` and `から…まで`, 年度 written on the last year only
 * (`平成17~平成21年度`) or nowhere after an era year (`R4～R6`, `H30-R2`, `R4：…`, `R9～`, `R3 検討`, `R3検討`, `【R3】`,
 * `（R3）`, `R3　R4　R5`: fiscal years),
 * eras carried to bare later years (`平成17年度から19年度まで`,
 * `令和元年度・2年度`, `平成25、26年度`, `令和4年度及び5年度`, `R3/R4`; a list's last item a range or open: `平成25、26～28年度`,
 * `令和3、5年度～`), a fiscal year written without its era after a date with one (`令和3年度：調査 4年度：設計`), a
 * count of years (`令和6年度から3年間`,
 * `2024年度～5か年`); open ends (`2021(R3)年度～`, `以降`, `から継続`) and
 * open starts (`～2020年度`, `年度末までに`); months and days (`10月` or `4月～6月`, `4～6月` inside a fiscal-year entry
 * or after a fiscal year and a blank, `令和3年度 4月～9月 調査`, or in prose after one with no words, `令和3年度、10月に公表`;
 * a span for each piece of its label a month opens: `2021年度：4月 調査、10月 分析`; `R3.9`, `R3.4～6`, `2020.12.18`,
 * `令和3年9月28日`, `2016年(平成28年)2月～3月`, `令和3年4～6月`, later days of a date's month `R3.4.1～6`,
 * `令和3年4月1日～6日`, `2021.4.1～6.30`); parts of years
 * (`上半期`, `前半`, `第3四半期`, `年度当初`, `年度末`, `上旬`, `平成20年代`; seasons `令和4年秋頃` and the middle
 * `令和5年度半ば` / `中頃`, approximate; written alone as an entry's head, `令和6年度 上半期：設計 下半期：試行`, a part of
 * the year before it); fiscal years counted from the fiscal year written before them
 * (`2021(R3)年度：検討 翌年度：実施`; `次年度`, `翌々年度`, `同年度`; left as text with none before them); months of the
 * calendar year after, or the same as, the date before them (`2021年10月～翌年3月`, `10月～翌3月`, `同年9月`); recurrences (`毎年度`,
 * `3年毎`, `3年度ごと`, `概ね5年ごと`, `3年に1度`, `3年~5年ごと`; more than once a year, `年2回`, `半期ごと`, `毎月`, `毎四半期`:
 * `timesPerYear`); hedges (`目途`, `おおむね`, `頃`, `予定`);
 * track headings (`【内部情報系】`, a leading `○` line).
 *
 * A fiscal year runs April 1 to March 31 (`2021(R3)年度` → 2021-04-01…2022-03-31); a calendar
 * month lands in its own fiscal year (2009年2月 is in FY2008). Dates are ISO strings computed
 * by arithmetic alone, so no result depends on the time zone.
 *
 * Labels: an entry's text after its `：`, up to the next entry, a date after a blank, the end of its
 * sentence, or a period of its own after a `、` (`令和4年度：試行、令和5年度から本格実施` → 試行, 本格実施;
 * a year alone there, `2021(R3)年度の結果を踏まえ`, is words of the label); in prose, the words of the
 * date's sentence; for a date alone on its line, the lines of words after it up to a blank line, a date or a
 * heading (`令和3年度\n・現状調査\n・課題整理` → 現状調査、課題整理); for dates side by side on a line of their own (a
 * table's column headings), the word under each in the lines of as many words after it (`R3　R4　R5\n検討　→　実施`
 * → 検討, 検討, 実施: an arrow, a rule or `〃` carries the label on); a label that ends its line goes on with the lines
 * indented under it (`令和3年度：調査\n　　結果の分析` → 調査 結果の分析). A sentence with several dates is cut
 * between them, after the last `、 → ；` between two dates when the words of the first lie before it
 * (`計画策定（令和4年度）、運用開始（令和5年度）` → 計画策定, 運用開始), else where the next date starts
 * (`令和4年度に計画策定、令和5年度から運用開始` → 計画策定, 運用開始), or where a bracket around it opens
 * (`3年ごとに見直し（次回：令和6年度）` → 見直し, 次回), or where the words before that bracket start after a blank
 * (`調査（令和4年度） 設計（令和5年度）` → 調査, 設計); a bracket around all of a label, or left without its pair
 * at an end, is dropped.
 *
 * Diagnostics (warnings): `'era-mismatch'` where a Western year and its era year disagree
 * (`2020(R3)年`: the Western year is kept, the source is the notation); `'absurd-year'` for years
 * outside 1000–9998 (`99999年度`, a 10,000-digit number: kept as notes); `'invalid-date'` for days
 * the calendar lacks (`2021年2月29日`); `'reversed-range'` for a range that ends before it starts
 * (read the right way round); `'count-mismatch'` for a count of years after a range that says another
 * length (`令和5年度から令和7年度までの5年間`: the range is kept). Notes (severity `'info'`): `'era-ended'`
 * where a year, month or day is written in an era that had ended by then (`平成32年度` is read as FY2020,
 * 令和2年度; so is 32 of `平成30年度～32年度`, which takes its era from the year before it; `2019(H31)年度`,
 * begun under 平成, is not noted); `'uncounted-year'` where `翌年度`, `次年度` or `同年度` has no fiscal year
 * written before it to count from (`翌年度から実施` alone, or after `2021年10月`), `翌年3月` no date, or `来年度` (`今年度`,
 * `本年度`, `再来年度`, `昨年度`) no `options.fiscalYear`: it stays text; `'yearless-month'` where a month has no
 * year written before it and no `options.fiscalYear` places it (`4月～6月：調査` alone): it stays text too;
 * `'yearless-part'` likewise for a part of the year heading an entry (`上半期：設計` alone).
 *
 * `options.fiscalYear` names the fiscal year the text is written for (an annual plan's): a month
 * written before any year is in it (`4月～6月：調査` of 2024 is April to June 2024, `1月` January 2025), so is
 * a part of the year heading an entry (`上半期：設計`),
 * 翌年度 before any year counts from it, and 今年度 and 本年度 are it, 来年度 and 再来年度 the years after,
 * 昨年度 the one before (alone, in ranges, lists and counts: `今年度～来年度`, `来年度から3年間`). Without
 * it, such a month, and such a year, is a note.
 *
 * Never throws, and runs in time linear in the text's length. Nothing is lost: every non-blank
 * character of `text` lies inside the `source` of some span, recurrence or note (track headings
 * and undated text become notes). Offsets are UTF-16 offsets into `text` as given.
 *
 * @param text - the schedule cell as plain text (paragraphs on their own lines); any string
 * @param options - `fiscalYear`, the fiscal year the text is written for (optional)
 * @returns the spans, recurrences, notes and diagnostics, each in text order
 *
 * @example
 * parseSchedule('2021(R3)年度：内部情報系業務BPR 2023(R5)年度以降：並行稼働').spans
 * //=> [
 * //   { start: '2021-04-01', end: '2022-03-31', startFiscalYear: 2021, endFiscalYear: 2021,
 * //     precision: 'fiscal-year', approximate: false, label: '内部情報系業務BPR', source: { start: 0, end: 21 } },
 * //   { start: '2023-04-01', end: null, startFiscalYear: 2023, endFiscalYear: null,
 * //     precision: 'fiscal-year', approximate: false, label: '並行稼働', source: { start: 22, end: 39 } },
 * // ]
 * parseSchedule('毎年度、取組内容を着実に実施していきます。').recurrences
 * //=> [{ everyYears: 1, approximate: false, label: '取組内容を着実に実施していきます。', source: { start: 0, end: 21 } }]
 * parseSchedule('2020(R3)年度：検討').diagnostics[0].code
 * //=> 'era-mismatch'
 * parseSchedule('4月～6月：調査', { fiscalYear: 2024 }).spans.map((s) => [s.start, s.end])
 * //=> [['2024-04-01', '2024-06-30']]
 */
export function parseSchedule(text: string, options?: ScheduleOptions): Schedule {
  const original = typeof text === 'string' ? text : '';
  try {
    const readable = original.length >= COPIED_FROM_LENGTH ? flatCopy(original) : original;
    return parse(original, readable, startContext(options));
  } catch (error) {
    const why = errorMessage(error);
    // A bug must never cost the reader its text: keep it all as one note and say so.
    const notes = fillNotes(original, normalizeText(original), []);
    return {
      spans: [],
      recurrences: [],
      notes,
      diagnostics: [
        {
          code: 'internal-error',
          severity: 'error',
          message: `The schedule could not be read (${why}); its text is kept as notes`,
          messageJa: `スケジュールを読み取れませんでした（${why}）。文字はすべて注記として残します`,
          source: { start: 0, end: original.length },
        },
      ],
    };
  }
}
