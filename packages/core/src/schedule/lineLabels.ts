import type { Source } from '../model/types.js';
import { tidyLabel } from './buildLabel.js';
import {
  blanksSkipped,
  blanksTrimmed,
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
 * Gives each of `items` without a label that stands alone on its line (`令和3年度`, `【令和3年度】`, `令和3年度：`)
 * the words of the lines after it, up to a blank line or a line that anything `covered` reaches into (a date, a
 * recurrence, a heading): they become its label, joined by `、` (`令和3年度\n・現状調査\n・課題整理` →
 * 現状調査、課題整理), and its source ends where they do. A list marker before a line's words is no word of it.
 *
 * Runs in time linear in the text's length: the covered sources are walked once, in order, as the lines are.
 *
 * @param items - the spans and recurrences of a text (changed in place)
 * @param covered - what covers the text: the items' sources and the headings' (in any order)
 * @param coveredCount - how many of `covered` to look at (the first ones)
 * @param normal - the normalised text (blanks, bullets and line breaks are found in it)
 * @param original - the text as written (labels are taken from it)
 * @param breaks - finds the text's line breaks
 * @example
 * const span = { label: '', source: { start: 0, end: 5 } };
 * labelFromLinesAfter([span], [span.source], 1, text, text, new LineBreaks(text)); // text: '令和3年度\n・調査'
 * span; //=> { label: '調査', source: { start: 0, end: 9 } }
 */
export function labelFromLinesAfter(
  items: readonly Labelled[],
  covered: readonly Source[],
  coveredCount: number,
  normal: string,
  original: string,
  breaks: OffsetFinder,
): void {
  const n = normal.length;
  const lonely = items.filter((item) => item.label === '').sort((a, b) => a.source.start - b.source.start);
  const walls = covered.slice(0, coveredCount).sort((a, b) => a.start - b.start);
  let c = 0;
  for (const item of lonely) {
    const { source } = item;
    const lineEnd = breaks.next(source.end);
    if (!aloneOnLine(normal, source, lineEnd)) continue;
    let words = '';
    let end = source.end;
    for (let p = lineEnd + 1; p < n;) {
      const next = breaks.next(p);
      const first = blanksSkipped(normal, p, next);
      if (first === next) break;
      while (c < walls.length && walls[c]!.end <= p) c++;
      if (c < walls.length && walls[c]!.start < next) break;
      end = blanksTrimmed(normal, first, next);
      const marker = listMarkerEnd(normal, first, end);
      words = joinLines(words, tidyLabel(original.slice(marker < 0 ? first : marker, end)));
      p = next + 1;
    }
    if (end === source.end) continue;
    item.label = words;
    // The sources of a list's spans are one stretch: each is extended.
    source.end = end;
  }
}

/**
 * Continues the label of each of `items` that ends its line with the indented lines after it (`令和3年度：調査\n　　結果の
 * 分析`: a cell's text wrapped under its label, or a line set in below it), up to a line that is not indented, a blank
 * line, or a line that anything `covered` reaches into: their words join its label after a blank (調査 結果の分析),
 * and its source ends where they do.
 *
 * Runs in time linear in the text's length, as {@link labelFromLinesAfter} does.
 *
 * @param items - the spans and recurrences of a text (changed in place)
 * @param covered - what covers the text: the items' sources and the headings' (in any order)
 * @param coveredCount - how many of `covered` to look at (the first ones)
 * @param normal - the normalised text (blanks and line breaks are found in it)
 * @param original - the text as written (labels are taken from it)
 * @param breaks - finds the text's line breaks
 * @example
 * const span = { label: '調査', source: { start: 0, end: 8 } };
 * labelFromIndentedLines([span], [span.source], 1, text, text, new LineBreaks(text)); // text: '令和3年度：調査\n　分析'
 * span; //=> { label: '調査 分析', source: { start: 0, end: 12 } }
 */
export function labelFromIndentedLines(
  items: readonly Labelled[],
  covered: readonly Source[],
  coveredCount: number,
  normal: string,
  original: string,
  breaks: OffsetFinder,
): void {
  const n = normal.length;
  const sorted = [...items].sort((a, b) => a.source.start - b.source.start);
  const walls = covered.slice(0, coveredCount).sort((a, b) => a.start - b.start);
  let c = 0;
  for (const item of sorted) {
    const { source } = item;
    const lineEnd = breaks.next(source.end);
    if (lineEnd >= n || blanksSkipped(normal, source.end, lineEnd) !== lineEnd) continue;
    let { label } = item;
    let end = source.end;
    for (let p = lineEnd + 1; p < n && isInlineBlank(normal.charCodeAt(p));) {
      const next = breaks.next(p);
      const first = blanksSkipped(normal, p, next);
      if (first === next) break;
      while (c < walls.length && walls[c]!.end <= p) c++;
      if (c < walls.length && walls[c]!.start < next) break;
      end = blanksTrimmed(normal, first, next);
      const words = tidyLabel(original.slice(first, end));
      label = label === '' || words === '' ? label + words : `${label} ${words}`;
      p = next + 1;
    }
    if (end === source.end) continue;
    item.label = label;
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
