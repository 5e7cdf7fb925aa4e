import type { DatePoint, DiagnosticSink, Expression, ExpressionList } from './expressions.js';
import { COUNTER_KA, hedgeBefore, skipInlineBlanks } from './chars.js';
import { readDateExpression, readPartEntry, type ReadHint } from './readDateExpression.js';
import { readPairedFiscalYear, YEAR_PART_FIRSTS } from './readDatePoint.js';
import { ERA_NAME_FIRSTS, eraNameAt } from './readEraName.js';
import { KANJI_NUMERALS, numeralAt } from './readNumeral.js';
import { readRecurrence } from './readRecurrence.js';
import { MARK_OF, MARKED_CODE_UNITS, type TextMarks } from './textMarks.js';
import { normalizeText } from '../text/normalizeText.js';

// お (おおむね) 概 (概ね) 約 大 (大体): words a recurrence or a date may start with.
const RECURRENCE_WORDS = 'お概約大';
// 毎 各 隔 年 月 週 半 (年1回, 月2回, 週1回, 半期ごと): words only a recurrence starts with (毎年度, 各年度, 隔年, 年1回,
// 月1回, 半年に1回).
const RECURRENCE_ONLY_WORDS = '毎各隔年月週半';
// ～ 〜 ∼ ~ ⁓: an open start (～2020年度).
const DASHES = '~〜∼⁓～';
// 翌 次 同: a fiscal year counted from the date before it (翌年度, 次年度, 同年度); 今 本 来 再 昨: from the year
// the text is written for (今年度, 本年度, 来年度, 再来年度, 昨年度).
const RELATIVE_YEAR_WORDS = '翌次同今本来再昨';
/**
 * What may follow a number that starts a date or recurrence: 2021年, 10月, 2021(R3), R3.9, 2021～2023年度 (or another
 * dash: 2021ー2023年度), 2021、2022年度, 2021から, 3か月ごと, 6ヶ月毎, 四半期ごと.
 */
const AFTER_NUMBER = new Uint8Array(0x10000);
for (const c of `年月(（./ \u3000~〜∼⁓～-−–‐—―ー、・,，${COUNTER_KA}半`) AFTER_NUMBER[c.charCodeAt(0)] = 1;

/**
 * What follows 年 after a number of one or two digits that counts years (`1年程度`, `3年間`, `5年目`, `2年後`): no
 * date or recurrence starts at such a number (a year so written has four digits, an era year its era before it),
 * and the readers are not asked to try.
 */
const countsYears = (code: number): boolean =>
  code === 0x7a0b /* 程 */ ||
  code === 0x9593 /* 間 */ ||
  code === 0x76ee /* 目 */ ||
  code === 0x5f8c; /* 後 */

const NONE = 0;
const DIGIT = 1;
const KANJI = 2;
/** May start a date only: an era name, a dash, 翌 次 同 (翌年度). */
const WORD = 3;
/** May start a date only when an era name starts there (`令和3`, `R3`): checked before reading on. */
const ERA_WORD = 6;
/** May start a recurrence or a date: 毎年度, 概ね5年ごと, 大正… */
const RECURRENCE_WORD = 4;
/** May start a recurrence only: 毎年度, 各年度, 隔年, 年1回 (no date, era name or number starts with these). */
const RECURRENCE_ONLY = 7;
/**
 * A line break, sentence end, `【`, full-width character, or what `tidyLabel` acts on, noted in the text's
 * marks: `MARK` plus the kind of mark ({@link MARK_OF}), so that one lookup tells both.
 */
const MARK = 16;
/**
 * May start a date only as a fiscal year counted from another (翌年度, 次年度, 同年度, 今年度, 来年度, 再来年度,
 * 昨年度): checked before reading on, since words begin with these far more often (次の, 本格, 今後).
 */
const YEAR_WORD = 8;
/**
 * May start a part of the year written alone as an entry's head (`上半期：…`, `第3四半期：…`): checked before reading
 * on, since words begin with these far more often (上記, 前回, 第2期).
 */
const PART = 5;

/** What each UTF-16 code unit may start, looked up once per character. */
const START = new Uint8Array(0x10000);
for (const c of YEAR_PART_FIRSTS) START[c.charCodeAt(0)] = PART;
for (const c of MARKED_CODE_UNITS) START[c] = MARK + MARK_OF[c]!;
for (const c of ERA_NAME_FIRSTS) START[c] = ERA_WORD;
for (const c of DASHES) START[c.charCodeAt(0)] = WORD;
for (const c of RELATIVE_YEAR_WORDS) START[c.charCodeAt(0)] = YEAR_WORD;
for (const c of RECURRENCE_WORDS) START[c.charCodeAt(0)] = RECURRENCE_WORD;
for (const c of RECURRENCE_ONLY_WORDS) START[c.charCodeAt(0)] = RECURRENCE_ONLY;
for (let c = 0x30; c <= 0x39; c++) START[c] = DIGIT;
for (const c of KANJI_NUMERALS) START[c.charCodeAt(0)] = KANJI;

/**
 * Whether a piece of text may begin after `code` (the code unit before it; `NaN` at the text's start): after a
 * blank, a mark, a bracket or a bullet (`・`, full-width `（ ， ：`), not after kana or kanji, inside words.
 */
function startsPiece(code: number): boolean {
  return !(code >= 0x3040) || code === 0x30fb /* ・ */ || (code >= 0xff01 && code <= 0xff20);
}

/**
 * Whether a recurrence or a date may start at `i`, where one of `お 概 約 大` is: after a hedge (`概ね`, `約`, `おおむね`,
 * `大体`, and at most the one blank the readers skip) only where a number, an era name or another word a recurrence
 * or date starts with comes next (`概ね5年ごと`, `約3年毎`, `概ね令和5年度`, `おおむね毎年度`); with no hedge, only as an
 * era name (`大正`). Most of these begin words (`契約`, `大規模`, `お知らせ`, `概要`), which the readers would try in vain.
 */
function mayStartAtHedge(text: string, i: number): boolean {
  const hedge = hedgeBefore(text, i);
  if (hedge === null) return eraNameAt(text, i) >= 0;
  const next = START[text.charCodeAt(skipInlineBlanks(text, i + hedge.length, 1))]!;
  return next !== NONE && next < MARK;
}

/** The list scanDates gives: `into`'s items (their count noted), or `found` itself. */
function finish(found: Expression[], count: number, into: ExpressionList | undefined): Expression[] {
  if (into) into.count = count;
  return found;
}

/** Where a failed read advises to resume: one record for all scans (a scan runs to its end before another starts). */
const HINT: ReadHint = { skipTo: -1 };

/**
 * Finds every date expression and recurrence in normalised text, left to right, without
 * overlaps: `2021(R3)年度：…`, `毎年度`, `R3.9`, `10月`, `～2020年度`, `3年毎`, `上半期：…` (a part of the year
 * heading an entry where a piece of text begins).
 *
 * On the same pass it notes in `marks` (when given) where the text's line breaks, sentence
 * ends and `【`s lie. Given `marks`, it may also be handed the text before normalisation: it
 * stops at the first full-width character that would read differently once normalised
 * (`marks.fullWidthAt`; `（ ） ， ： ！ ？ ～` and the ideographic space read the same), and the
 * caller scans the normalised text instead. Most text has none, and is then read in one pass.
 *
 * Runs in time linear in the text's length: each attempt reads a bounded number of
 * characters beyond the digit runs it meets, and a run of digits or kanji numerals that
 * starts no date is skipped whole.
 *
 * @param text - normalised text (see `normalizeText`), or any text when `marks` is given
 * @param sink - where absurd years and era mismatches found while reading are reported
 * @param marks - where to note line breaks, sentence ends and `【`s (optional)
 * @param into - a list to put the expressions in, from its start (optional: a new list otherwise)
 * @returns the expressions in text order (up to `marks.fullWidthAt` when that is set); given
 *   `into`, its items, of which the first `into.count` are the text's
 */
export function scanDates(
  text: string,
  sink: DiagnosticSink,
  marks?: TextMarks,
  into?: ExpressionList,
): Expression[] {
  // Written to in place: the caller reads it and keeps none of it (a list exactly as long as its
  // items is no gain here).
  const found: Expression[] = into ? into.items : [];
  let count = 0;
  const n = text.length;
  const hint = HINT;
  /** The year of the last date read: a fiscal year written without its era or century (`4年度`) takes its. */
  let lastYear: DatePoint | null = null;
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    let kind = START[code]!;
    // Most characters start nothing: passed over in a loop of their own.
    while (kind === NONE) {
      if (++i >= n) return finish(found, count, into);
      code = text.charCodeAt(i);
      kind = START[code]!;
    }
    if (kind > MARK) {
      if (marks && !marks.note(text, kind - MARK, i)) return finish(found, count, into);
      i++;
      continue;
    }
    if (kind === PART) {
      // Most of these begin words (開始, 上記, 前回): a part of the year heads an entry only where a piece begins.
      const part = startsPiece(text.charCodeAt(i - 1)) ? readPartEntry(text, i, sink) : null;
      if (part) found[count++] = part;
      i = part ? part.end : i + 1;
      continue;
    }
    if (kind === RECURRENCE_ONLY) {
      // 年度末：, 年度の上半期： start with 年, as 年1回 does; 半ば： with 半, as 半期ごと does.
      const x =
        readRecurrence(text, i) ??
        ((code === 0x5e74 /* 年 */ || code === 0x534a) /* 半 */ && startsPiece(text.charCodeAt(i - 1))
          ? readPartEntry(text, i, sink)
          : null);
      if (x) found[count++] = x;
      i = x ? x.end : i + 1;
      continue;
    }
    // An era letter or kanji starts a date only as an era name followed by its number (`R3`, not `BPR`).
    if (kind === ERA_WORD) {
      if (eraNameAt(text, i) < 0) {
        i++;
        continue;
      }
      kind = WORD;
    } else if (kind === YEAR_WORD) {
      // 年 next, or 々 (翌々年度) or 来 (再来年度) and 年 after it, or a month after 翌 (翌3月).
      const next = text.charCodeAt(i + 1);
      const twoCharacters = next === 0x3005 || next === 0x6765;
      if (
        next !== 0x5e74 &&
        !(twoCharacters && text.charCodeAt(i + 2) === 0x5e74) &&
        !(code === 0x7fcc /* 翌 */ && (START[next] === DIGIT || START[next] === KANJI))
      ) {
        i++;
        continue;
      }
      kind = WORD;
    } else if (kind === RECURRENCE_WORD && !mayStartAtHedge(text, i)) {
      i++;
      continue;
    }
    // The plans' most frequent notation, `2021(R3)年度`, is read at once: its four digits need no run of their own.
    const paired = kind === DIGIT ? readPairedFiscalYear(text, i) : null;
    // A run of digits or kanji numerals is tried only when a year, month or range may follow it,
    // and skipped whole otherwise.
    let runEnd = paired === null ? i + 1 : i + 4;
    if (paired === null && (kind === DIGIT || kind === KANJI)) {
      // The run and the character after it, each read once.
      let after = text.charCodeAt(runEnd);
      while (runEnd < n && START[after] === kind) after = text.charCodeAt(++runEnd);
      if (
        AFTER_NUMBER[after] !== 1 ||
        (after === 0x5e74 /* 年 */ && runEnd - i <= 2 && countsYears(text.charCodeAt(runEnd + 1)))
      ) {
        i = runEnd;
        continue;
      }
    }
    // Where reading goes on, and what it found there.
    let next: number;
    let x: Expression | null = null;
    // A recurrence starts with a word of its own (毎年度, 概ね…) or a count of at most two digits.
    const mayRecur = kind === RECURRENCE_WORD || kind === KANJI || (kind === DIGIT && runEnd - i <= 2);
    const recurrence = mayRecur ? readRecurrence(text, i) : null;
    if (recurrence) {
      x = recurrence;
      next = recurrence.end;
    } else {
      hint.skipTo = -1;
      const date = readDateExpression(
        text,
        i,
        sink,
        hint,
        kind === DIGIT ? paired : undefined,
        kind === DIGIT || kind === KANJI ? lastYear : null,
      );
      if (date) {
        x = date;
        next = date.end;
      } else if (hint.skipTo > i) {
        next = hint.skipTo;
      } else if (kind === WORD || kind === RECURRENCE_WORD) {
        // An era name whose number starts no date: the number is the era's, never a Western year (令和1000年度).
        const numberAt = eraNameAt(text, i);
        const end = numberAt < 0 ? -1 : numeralAt(text, numberAt, true);
        next = end < 0 ? i + 1 : end;
      } else {
        next = runEnd;
      }
    }
    // Text skipped without an expression is looked at for marks too. An expression holds none but
    // blanks, ) and 、 (readers never take a line break, a sentence end, a 【 or a full-width
    // character that needs normalising), and those are not noted: see TextMarks.tidy.
    if (marks && !x && !marks.noteRange(text, i + 1, next)) return finish(found, count, into);
    if (x) {
      if (x.type === 'date')
        for (let k = 0; k < x.points.length; k++) {
          const point = x.points[k]!;
          if (point.diagnostics.length > 0) for (const d of point.diagnostics) sink.add(d);
          if (point.kind === 'year' && point.year !== null) lastYear = point;
        }
      found[count++] = x;
    }
    i = next;
  }
  return finish(found, count, into);
}

/**
 * Scans a text as {@link scanDates} does, in one pass where it can: the text as it is, noting its marks,
 * unless it holds a full-width character that reads differently once normalised (`２０２１`, `Ｒ３`); then
 * its normalised copy, from the start (`sink` and `marks` started over). Most text has none.
 *
 * @param original - any text
 * @param sink - where absurd years and era mismatches are reported (started over first)
 * @param marks - where the scanned text's marks are noted (started over first)
 * @param into - the list the expressions go in: its first `into.count` items
 * @returns the text scanned: `original`, or its normalised copy (of the same length: offsets hold in both)
 * @example
 * const normal = scanText('２０２１年度：検討', new DiagnosticSink(), new TextMarks(), found);
 * normal; //=> '2021年度:検討'
 */
export function scanText(
  original: string,
  sink: DiagnosticSink,
  marks: TextMarks,
  into: ExpressionList,
): string {
  sink.reset();
  marks.reset();
  scanDates(original, sink, marks, into);
  if (marks.fullWidthAt < 0) return original;
  const normal = normalizeText(original);
  sink.reset();
  marks.reset();
  scanDates(normal, sink, marks, into);
  return normal;
}
