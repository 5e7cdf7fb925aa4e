import { isAsciiDigit } from './chars.js';
import type { DiagnosticSink, Expression } from './expressions.js';
import { readDateExpression } from './readDateExpression.js';
import { mayStartEraName, readEraName } from './readEraName.js';
import { isKanjiNumeral, readNumeral } from './readNumeral.js';
import { readRecurrence } from './readRecurrence.js';

// 毎 隔 年 (年1回) お (おおむね) 概 (概ね) 約 ～ 〜 ∼ ~
const OTHER_STARTS = new Set(
  ['毎', '隔', '年', 'お', '概', '約', '~', '〜', '∼', '⁓'].map((c) => c.charCodeAt(0)),
);

/**
 * Finds every date expression and recurrence in normalised text, left to right, without
 * overlaps: `2021(R3)年度：…`, `毎年度`, `R3.9`, `10月`, `～2020年度`, `3年毎`.
 *
 * Runs in time linear in the text's length: each attempt reads a bounded number of
 * characters beyond the digit runs it meets, and a run of digits or kanji numerals that
 * starts no date is skipped whole.
 *
 * @param text - normalised text (see `normalizeText`)
 * @param sink - where absurd years and era mismatches found while reading are reported
 * @returns the expressions in text order
 */
export function scanDates(text: string, sink: DiagnosticSink): Expression[] {
  const found: Expression[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isAsciiDigit(c) || isKanjiNumeral(c) || mayStartEraName(c) || OTHER_STARTS.has(c)) {
      const recurrence = readRecurrence(text, i);
      if (recurrence) {
        found.push(recurrence);
        i = recurrence.end;
        continue;
      }
      const hint = { skipTo: -1 };
      const date = readDateExpression(text, i, sink, hint);
      if (date) {
        for (const point of date.points) for (const d of point.diagnostics) sink.add(d);
        found.push(date);
        i = date.end;
        continue;
      }
      if (hint.skipTo > i) {
        i = hint.skipTo;
        continue;
      }
      // An era name whose number starts no date: the number is the era's, never a Western year (令和1000年度).
      const era = readEraName(text, i);
      const number = era && readNumeral(text, era.numberAt, true);
      if (number) {
        i = number.end;
        continue;
      }
    }
    if (isAsciiDigit(c)) {
      i++;
      while (i < n && isAsciiDigit(text.charCodeAt(i))) i++;
    } else if (isKanjiNumeral(c)) {
      i++;
      while (i < n && isKanjiNumeral(text.charCodeAt(i))) i++;
    } else {
      i++;
    }
  }
  return found;
}
