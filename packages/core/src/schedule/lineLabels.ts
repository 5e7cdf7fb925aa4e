import type { Source } from '../model/types.js';
import { tidyLabel } from './buildLabel.js';
import {
  blanksSkipped,
  blanksTrimmed,
  carriesOn,
  isBullet,
  isInlineBlank,
  isLineBreak,
  type OffsetFinder,
} from './chars.js';
import { listMarkerEnd } from './listMarker.js';

/** A span or recurrence as this module sees it: a label and where it is written. */
export interface Labelled {
  label: string;
  source: Source;
}

/**
 * Labels spans and recurrences from the lines after them, in place.
 *
 * @param items - the spans and recurrences of a text (changed in place)
 * @param covered - what covers the text: the items' sources and the headings' (in any order)
 * @param coveredCount - how many of `covered` to look at (the first ones)
 * @param normal - the normalised text (blanks, bullets and line breaks are found in it)
 * @param original - the text as written (labels are taken from it)
 * @param breaks - finds the text's line breaks
 */
export type LineLabeller = (
  items: readonly Labelled[],
  covered: readonly Source[],
  coveredCount: number,
  normal: string,
  original: string,
  breaks: OffsetFinder,
) => void;

/**
 * Gives each of `items` without a label that stands alone on its line (`令和3年度`, `【令和3年度】`, `令和3年度：`)
 * the words of the lines after it, up to a blank line or a line that anything `covered` reaches into (a date, a
 * recurrence, a heading): they become its label, joined by `、` (`令和3年度\n・現状調査\n・課題整理` →
 * 現状調査、課題整理), and its source ends where they do. A list marker before a line's words is no word of it.
 *
 * Runs in time linear in the text's length: the covered sources are walked once, in order, as the lines are.
 *
 * @example
 * const span = { label: '', source: { start: 0, end: 5 } };
 * labelFromLinesAfter([span], [span.source], 1, text, text, new LineBreaks(text)); // text: '令和3年度\n・調査'
 * span; //=> { label: '調査', source: { start: 0, end: 9 } }
 */
export const labelFromLinesAfter: LineLabeller = (...args) => takeLinesAfter(LONE_DATES, ...args);

/**
 * Continues the label of each of `items` that ends its line with the indented lines after it (`令和3年度：調査\n　　結果の
 * 分析`: a cell's text wrapped under its label, or a line set in below it), up to a line that is not indented, a blank
 * line, or a line that anything `covered` reaches into: their words join its label after a blank (調査 結果の分析),
 * and its source ends where they do.
 *
 * Runs in time linear in the text's length, as {@link labelFromLinesAfter} does.
 *
 * @example
 * const span = { label: '調査', source: { start: 0, end: 8 } };
 * labelFromIndentedLines([span], [span.source], 1, text, text, new LineBreaks(text)); // text: '令和3年度：調査\n　分析'
 * span; //=> { label: '調査 分析', source: { start: 0, end: 12 } }
 */
export const labelFromIndentedLines: LineLabeller = (...args) => takeLinesAfter(INDENTED_LINES, ...args);

/**
 * Gives the items without a label written side by side on a line of their own (`令和3年度　令和4年度　令和5年度`: a
 * table's years as the headings of its columns, its row written below them) the words of the lines after it,
 * column by column: a line of as many words as there are items, between blanks, gives each item the word under it,
 * in order (`検討　実施　検証`). A word that is only an arrow, a rule or `〃` (`→`, `―`, `――→`) carries on the
 * label of the column before it (a line that starts with one is no row of the table). Lines are taken up to one of
 * another count of words, a blank line, a remark (`※`), or a line that anything `covered` reaches into; the words
 * of each line taken join each label by `、`, and each item's source ends where its last word does.
 *
 * Runs in time linear in the text's length: items and covered sources are walked once, in order, as the lines are.
 *
 * @example
 * // text: 'R3　R4\n検討　実施'
 * labelFromColumnsBelow(spans, sources, 2, text, text, new LineBreaks(text));
 * spans.map((s) => s.label); //=> ['検討', '実施']
 */
export const labelFromColumnsBelow: LineLabeller = (
  items,
  covered,
  coveredCount,
  normal,
  original,
  breaks,
) => {
  const sorted = inTextOrder(items);
  const walls = new Walls(covered, coveredCount);
  const words: number[] = [];
  for (let k = 0; k < sorted.length;) {
    const lineEnd = breaks.next(sorted[k]!.source.end);
    let last = k + 1;
    while (last < sorted.length && sorted[last]!.source.start < lineEnd) last++;
    const row = sorted.slice(k, last);
    k = last;
    if (row.length < 2 || !aloneSideBySide(normal, row, lineEnd)) continue;
    const labels = row.map(() => '');
    const ends = row.map((item) => item.source.end);
    for (let p = lineEnd + 1; p < normal.length;) {
      const next = breaks.next(p);
      const first = blanksSkipped(normal, p, next);
      if (first === next || normal.charCodeAt(first) === 0x203b /* ※ */ || walls.reachInto(p, next)) break;
      // A row of the table has a word under each year, the first no mark carrying on a label from before it.
      const count = wordsOf(normal, first, blanksTrimmed(normal, first, next), words);
      if (count !== row.length || carriesOn(normal, words[0]!, words[1]!)) break;
      let before = '';
      for (let i = 0; i < row.length; i++) {
        const from = words[2 * i]!;
        const to = words[2 * i + 1]!;
        const marker = listMarkerEnd(normal, from, to);
        const word = carriesOn(normal, from, to)
          ? before
          : tidyLabel(original.slice(marker < 0 ? from : marker, to));
        labels[i] = joinLines(labels[i]!, word);
        ends[i] = to;
        before = word;
      }
      p = next + 1;
    }
    row.forEach((item, i) => {
      if (ends[i] === item.source.end) return;
      item.label = labels[i]!;
      item.source.end = ends[i]!;
    });
  }
};

/** Which items take the lines after theirs, which lines they take, and how a line's words join a label. */
interface LineTaking {
  /** Whether `item`, whose line ends at `lineEnd`, takes the lines after it. */
  takes(normal: string, item: Labelled, lineEnd: number): boolean;
  /** Whether the line starting at `p` may be taken, before its words are looked at. */
  mayTake(normal: string, p: number): boolean;
  /** `label` with the words of the line from `first` to `end` (its first and last non-blank) added. */
  add(label: string, normal: string, original: string, first: number, end: number): string;
}

/** {@link labelFromLinesAfter}: a date alone on its line, with no label, takes any lines; their words join by `、`. */
const LONE_DATES: LineTaking = {
  takes: (normal, item, lineEnd) => item.label === '' && aloneOnLine(normal, item.source, lineEnd),
  mayTake: () => true,
  add(label, normal, original, first, end) {
    const marker = listMarkerEnd(normal, first, end);
    return joinLines(label, tidyLabel(original.slice(marker < 0 ? first : marker, end)));
  },
};

/** {@link labelFromIndentedLines}: an item ending its line takes the indented lines, their words joined by a blank. */
const INDENTED_LINES: LineTaking = {
  takes: (normal, item, lineEnd) =>
    lineEnd < normal.length && blanksSkipped(normal, item.source.end, lineEnd) === lineEnd,
  mayTake: (normal, p) => isInlineBlank(normal.charCodeAt(p)),
  add(label, _normal, original, first, end) {
    const words = tidyLabel(original.slice(first, end));
    return label === '' || words === '' ? label + words : `${label} ${words}`;
  },
};

/**
 * Gives each of `items` that `how` takes the lines after its own the words of those lines, up to a blank line, a
 * line `how` does not take, or a line that anything `covered` reaches into; its source ends where they do. Runs
 * in time linear in the text's length: the covered sources are walked once, in order, as the lines are.
 */
function takeLinesAfter(
  how: LineTaking,
  ...[items, covered, coveredCount, normal, original, breaks]: Parameters<LineLabeller>
): void {
  const n = normal.length;
  const walls = new Walls(covered, coveredCount);
  for (const item of inTextOrder(items)) {
    const { source } = item;
    const lineEnd = breaks.next(source.end);
    if (!how.takes(normal, item, lineEnd)) continue;
    let { label } = item;
    let end = source.end;
    for (let p = lineEnd + 1; p < n && how.mayTake(normal, p);) {
      const next = breaks.next(p);
      const first = blanksSkipped(normal, p, next);
      if (first === next || walls.reachInto(p, next)) break;
      end = blanksTrimmed(normal, first, next);
      label = how.add(label, normal, original, first, end);
      p = next + 1;
    }
    if (end === source.end) continue;
    item.label = label;
    // The sources of a list's spans are one stretch: each is extended.
    source.end = end;
  }
}

/** Whether `source` stands alone on its line (which ends at `lineEnd`): only blanks and bullets before it, blanks after. */
function aloneOnLine(text: string, source: Source, lineEnd: number): boolean {
  let before = source.start;
  while (before > 0 && (isInlineBlank(text.charCodeAt(before - 1)) || isBullet(text.charCodeAt(before - 1))))
    before--;
  return (
    (before === 0 || isLineBreak(text.charCodeAt(before - 1))) &&
    blanksSkipped(text, source.end, lineEnd) === lineEnd
  );
}

/** The words of lines read one after another as one label: joined by `、` unless the first ends a phrase already. */
function joinLines(before: string, line: string): string {
  if (before === '' || line === '') return before + line;
  const last = before.charCodeAt(before.length - 1);
  return last === 0x3002 /* 。 */ || last === 0x3001 /* 、 */ ? before + line : `${before}、${line}`;
}

/**
 * Whether `row` (items in text order, the first ones of their line, which ends at `lineEnd`) are all its line holds,
 * side by side: without labels, each after the one before it, with blanks only before, between and after them.
 */
function aloneSideBySide(text: string, row: readonly Labelled[], lineEnd: number): boolean {
  let p = row[0]!.source.start;
  while (p > 0 && isInlineBlank(text.charCodeAt(p - 1))) p--;
  if (p > 0 && !isLineBreak(text.charCodeAt(p - 1))) return false;
  for (let i = 0; i < row.length; i++) {
    const { label, source } = row[i]!;
    const to = i + 1 < row.length ? row[i + 1]!.source.start : lineEnd;
    if (
      label !== '' ||
      blanksSkipped(text, source.end, to) !== to ||
      (i + 1 < row.length && to === source.end)
    )
      return false;
  }
  return true;
}

/**
 * Puts the start and end of each word of `from`–`to` (between blanks) into `bounds`, two numbers a word, and gives
 * their count. `from` and `to` are the first and last non-blank of a line.
 */
function wordsOf(text: string, from: number, to: number, bounds: number[]): number {
  let count = 0;
  for (let p = from; p < to;) {
    let end = p;
    while (end < to && !isInlineBlank(text.charCodeAt(end))) end++;
    bounds[2 * count] = p;
    bounds[2 * count + 1] = end;
    count++;
    p = blanksSkipped(text, end, to);
  }
  return count;
}

/** Items in the order their sources start in the text (a copy). */
const inTextOrder = <T extends Labelled>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => a.source.start - b.source.start);

/**
 * What covers a text (dates, recurrences, headings), asked in text order whether it reaches into a line: each
 * source is passed over once in all, so that asking about every line of a text takes time linear in its length.
 */
class Walls {
  readonly #sources: Source[];
  #k = 0;

  constructor(covered: readonly Source[], count: number) {
    this.#sources = covered.slice(0, count).sort((a, b) => a.start - b.start);
  }

  /** Whether a source reaches into the line from `start` to `end` (asked for lines in text order). */
  reachInto(start: number, end: number): boolean {
    const sources = this.#sources;
    while (this.#k < sources.length && sources[this.#k]!.end <= start) this.#k++;
    return this.#k < sources.length && sources[this.#k]!.start < end;
  }
}
