/**
 * Character classes the schedule scanner uses, all on single UTF-16 code units of the
 * normalised text (full-width ASCII already made half-width by `normalizeText`, but for the
 * full-width `（ ） ， ： ！ ？ ～` and the ideographic space, which the classes that look for
 * them also know: see `READ_AS_HALF_WIDTH`).
 *
 * @module
 */

/** `0`–`9`. */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** `A`–`Z`, `a`–`z`. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Blank: ASCII white space, NBSP, the ideographic space and the other Unicode spaces. */
export function isBlank(code: number): boolean {
  // Ordered so that kana and kanji, the most frequent, are settled in three comparisons.
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0x2000) return code === 0xa0 || code === 0x1680;
  if (code > 0x3000) return code === 0xfeff;
  return (
    code <= 0x200a ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/**
 * Every code unit {@link isBlank} accepts, ascending: for building code-unit tables by listing
 * their members rather than testing all 65,536 code units when a module loads.
 *
 * @example
 * const table = new Uint8Array(0x10000);
 * for (const c of BLANK_CODE_UNITS) table[c] = 1;
 */
export const BLANK_CODE_UNITS: readonly number[] = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];

/** A blank that does not end a line (spaces and tabs inside a line). */
export function isInlineBlank(code: number): boolean {
  return isBlank(code) && !isLineBreak(code);
}

/** `\n`, `\r`, and the other line terminators. */
export function isLineBreak(code: number): boolean {
  return code <= 0x0d ? code >= 0x0a : code === 0x2028 || code === 0x2029;
}

/** `(` or the full-width `（`. */
export function isOpenParen(code: number): boolean {
  return code === 0x28 || code === 0xff08;
}

/** `)` or the full-width `）`. */
export function isCloseParen(code: number): boolean {
  return code === 0x29 || code === 0xff09;
}

/** `→` or `⇒`: an arrow between the steps of a schedule (`基本設計（2021年度）→実施設計（2022年度）`). */
export function isArrow(code: number): boolean {
  return code === 0x2192 || code === 0x21d2;
}

/** か and its spellings, written between a number and 月 or 年 in a count: 3か月, 6ヶ月, 5ケ年, 2箇月. */
export const COUNTER_KA = 'かヶケカヵ箇';
const COUNTER_KA_CODES = new Set([...COUNTER_KA].map((c) => c.charCodeAt(0)));

/** Whether `code` is one of {@link COUNTER_KA}: the か of a count (`3か月`). */
export function isCounterKa(code: number): boolean {
  return COUNTER_KA_CODES.has(code);
}

const CARRY_ON_MARKS = new Set([...'→⇒➡▶►>＞―─━—–‐-－ー~～〜〃'].map((c) => c.charCodeAt(0)));

/**
 * Whether `text` from `from` to `to` is only marks that carry work on, and not empty: arrows, rules and dashes drawn
 * across a table's cell, or `〃`, what a schedule drawn as a table writes in a year to carry on the work of the year
 * before it (`検討　→　実施`, `――→`).
 *
 * @example
 * carriesOn('――→') //=> true
 * carriesOn('検討') //=> false
 */
export function carriesOn(text: string, from = 0, to = text.length): boolean {
  if (from >= to) return false;
  for (let p = from; p < to; p++) if (!CARRY_ON_MARKS.has(text.charCodeAt(p))) return false;
  return true;
}

/** `から` at `p` (looked for after every date: two comparisons, no call). */
export const karaAt = (text: string, p: number): boolean =>
  text.charCodeAt(p) === 0x304b /* か */ && text.charCodeAt(p + 1) === 0x3089; /* ら */

/** `:` or the full-width `：`. */
export function isColon(code: number): boolean {
  return code === 0x3a || code === 0xff1a;
}

/** The wave dashes that write a range or an open end: `~` (also full-width ～), `〜`, `∼`. */
export function isWaveDash(code: number): boolean {
  return code === 0x7e || code === 0xff5e || code === 0x301c || code === 0x223c || code === 0x2053;
}

/**
 * Dashes that join the two ends of a range when a date follows: the wave dashes and `-` `‐` `−` `–` `—` `―`, and `ー`,
 * the long vowel mark often typed for a dash (after a date it lengthens no kana: `令和4年度ー令和8年度`).
 */
export function isRangeDash(code: number): boolean {
  return (
    isWaveDash(code) ||
    code === 0x2d ||
    code === 0x2010 ||
    code === 0x2212 ||
    code === 0x2013 ||
    code === 0x2014 ||
    code === 0x2015 ||
    code === 0x30fc
  );
}

/** The marks {@link isBullet} tells, for tables of characters: `○ ◯ ● ◆ ◇ ■ □ ・ ※ • * -`. */
export const BULLETS = '○◯●◆◇■□・※•*-';

/** Marks that open a bullet or heading line: `○ ◯ ● ◆ ◇ ■ □ ・ ※ • * -`. */
export function isBullet(code: number): boolean {
  return (
    code === 0x25cb || // ○
    code === 0x25ef || // ◯
    code === 0x25cf || // ●
    code === 0x25c6 || // ◆
    code === 0x25c7 || // ◇
    code === 0x25a0 || // ■
    code === 0x25a1 || // □
    code === 0x30fb || // ・
    code === 0x203b || // ※
    code === 0x2022 || // •
    code === 0x2a || // *
    code === 0x2d // -
  );
}

/** The marks of a heading line (a bullet that names a track): `○ ◯ ● ◆ ◇ ■ □`. */
export function isHeadingBullet(code: number): boolean {
  return (
    code === 0x25cb ||
    code === 0x25ef ||
    code === 0x25cf ||
    code === 0x25c6 ||
    code === 0x25c7 ||
    code === 0x25a0 ||
    code === 0x25a1
  );
}

/**
 * Where `text[from, to)` starts once the blanks at its start are left out (`to` when it is all blanks).
 *
 * @example
 * blanksSkipped('  検討', 0, 4) //=> 2
 */
export function blanksSkipped(text: string, from: number, to: number): number {
  let s = from;
  while (s < to && isBlank(text.charCodeAt(s))) s++;
  return s;
}

/**
 * Where `text[from, to)` ends once the blanks at its end are left out (`from` when it is all blanks).
 *
 * @example
 * blanksTrimmed('検討\n ', 0, 4) //=> 2
 */
export function blanksTrimmed(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && isBlank(text.charCodeAt(e - 1))) e--;
  return e;
}

/** Index of the first position at or after `i` (and before `limit`) that is not an inline blank, reading at most `max` blanks. */
export function skipInlineBlanks(text: string, i: number, max: number, limit = text.length): number {
  let j = i;
  while (j < limit && j - i < max && isInlineBlank(text.charCodeAt(j))) j++;
  return j;
}

/**
 * True when `word` is written in `text` at `p`: `text.startsWith(word, p)` compared code unit by
 * code unit (the readers look for short words, most often settled at the first or second unit).
 * Offsets outside the text find nothing (where `startsWith` would move them inside).
 *
 * @param known - how many of the word's first code units the caller has already seen at `p` (they are
 *   not read again; default 0)
 */
export function wordAt(text: string, word: string, p: number, known = 0): boolean {
  const n = word.length;
  if (p < 0 || p + n > text.length) return false;
  for (let k = known; k < n; k++) if (text.charCodeAt(p + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** Bit `k` of a code unit's entry: the code unit starts a word of the `k`-th matcher made. */
const WORD_FIRSTS = new Uint16Array(0x10000);
let matchersMade = 0;

/**
 * A matcher for a fixed list of words: the first that starts at an offset, looked for only when
 * the character there can start one of them (most characters cannot, and `startsWith` is slow).
 * The first sixteen matchers made look their first characters up in one shared table; later
 * ones in a set of their own.
 *
 * @param words - the words, in the order they should be tried (longer before their prefixes)
 * @returns a function giving the word at `p` in `text`, or `null`
 */
export function wordMatcher(words: readonly string[]): (text: string, p: number) => string | null {
  const find = (text: string, p: number): string | null => {
    const second = text.charCodeAt(p + 1);
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      // The second character settles most words without a call to startsWith.
      if (w.length > 1 && w.charCodeAt(1) !== second) continue;
      if (wordAt(text, w, p)) return w;
    }
    return null;
  };
  if (matchersMade < 16) {
    const bit = 1 << matchersMade++;
    for (const w of words) WORD_FIRSTS[w.charCodeAt(0)]! |= bit;
    return (text, p) => ((WORD_FIRSTS[text.charCodeAt(p)]! & bit) === 0 ? null : find(text, p));
  }
  const firsts = new Set(words.map((w) => w.charCodeAt(0)));
  return (text, p) => (firsts.has(text.charCodeAt(p)) ? find(text, p) : null);
}

/** おおむね, 概ね, 大体, 約 at an offset: a hedge written before a date or a recurrence (`概ね5年ごと`, `約3年`). */
export const hedgeBefore = wordMatcher(['おおむね', '概ね', '大体', '約']);

/**
 * Where a hedge written after a date or a recurrence at `p` ends: past one blank and を, a word `marker` matches
 * (`を目途`, `程度`), or a word `bracketed` matches in brackets of its own (`（予定）`, `（目安）`); -1 when none is
 * written there.
 *
 * @param text - normalised text
 * @param p - where the date or recurrence ends
 * @param marker - the hedges written after it
 * @param bracketed - the hedges written after it in brackets (`marker`'s by default)
 * @returns the offset just past the hedge (and its closing bracket), or -1
 * @example
 * hedgeAfter('2024年度（予定）：', 6, wordMatcher(['予定'])); //=> 10
 */
export function hedgeAfter(
  text: string,
  p: number,
  marker: (text: string, p: number) => string | null,
  bracketed = marker,
): number {
  let q = skipInlineBlanks(text, p, 1);
  const bracket = isOpenParen(text.charCodeAt(q));
  if (bracket) q++;
  if (text.charCodeAt(q) === 0x3092 /* を */) q++;
  const word = (bracket ? bracketed : marker)(text, q);
  if (word === null) return -1;
  const end = q + word.length;
  if (!bracket) return end;
  return isCloseParen(text.charCodeAt(end)) ? end + 1 : -1;
}

/**
 * Items grouped by a code unit (most often the first character of a word), looked up through a
 * table of code units rather than by hashing: the readers ask at nearly every character they
 * look at, and most characters start no item. Up to 255 groups.
 */
export class ByCodeUnit<T> {
  readonly #index = new Uint8Array(0x10000);
  readonly #groups: T[][] = [[]];
  readonly #codes: number[] = [];

  /**
   * @param items - the items, in the order each group should list them
   * @param codes - the code units each item is found under (one or more)
   */
  constructor(items: Iterable<T>, codes: (item: T) => number | readonly number[]) {
    for (const item of items) {
      const keys = codes(item);
      for (const code of typeof keys === 'number' ? [keys] : keys) {
        let k = this.#index[code]!;
        if (k === 0) {
          k = this.#groups.length;
          if (k > 255) throw new RangeError('ByCodeUnit: more than 255 groups');
          this.#index[code] = k;
          this.#groups.push([]);
          this.#codes.push(code);
        }
        const group = this.#groups[k]!;
        if (!group.includes(item)) group.push(item);
      }
    }
  }

  /** The items found under `code`, in order, or `null` when none. */
  get(code: number): readonly T[] | null {
    const k = this.#index[code]!;
    return k === 0 ? null : this.#groups[k]!;
  }

  /** True when some item is found under `code`. */
  has(code: number): boolean {
    return this.#index[code] !== 0;
  }

  /** The code units some item is found under, in the order they were first met. */
  codes(): readonly number[] {
    return this.#codes;
  }
}

/** Something that finds the next offset of some kind at or after an offset (the text's length when none). */
export interface OffsetFinder {
  next(p: number): number;
}

/**
 * Finds the next of a known, ascending list of offsets at or after an offset, or `end` when none.
 * Asked in increasing order it walks the list once in all; asked backwards it searches it.
 */
export class SortedOffsets implements OffsetFinder {
  #offsets: readonly number[];
  #count: number;
  #end: number;
  #k = 0;

  /**
   * @param offsets - the offsets, ascending
   * @param end - what {@link SortedOffsets.next} gives past the last (the text's length)
   * @param count - how many of `offsets` to look at (the first ones; default all)
   */
  constructor(offsets: readonly number[], end: number, count = offsets.length) {
    this.#offsets = offsets;
    this.#count = count;
    this.#end = end;
  }

  /** Starts over on other offsets, as a new finder would: see the constructor. */
  reset(offsets: readonly number[], end: number, count = offsets.length): this {
    this.#offsets = offsets;
    this.#count = count;
    this.#end = end;
    this.#k = 0;
    return this;
  }

  /** The first offset at or after `p`, or `end` when none. */
  next(p: number): number {
    const xs = this.#offsets;
    const count = this.#count;
    let k = this.#k;
    if (k > 0 && xs[k - 1]! >= p) {
      // Asked backwards: the first offset at or after p lies before k.
      let lo = 0;
      let hi = k - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (xs[mid]! >= p) hi = mid;
        else lo = mid + 1;
      }
      k = lo;
    }
    while (k < count && xs[k]! < p) k++;
    this.#k = k;
    return k < count ? xs[k]! : this.#end;
  }
}

/** Finds one character's next occurrence, remembering its last answer (offsets asked in increasing order cost one pass in all). */
export class CharFinder implements OffsetFinder {
  readonly #text: string;
  readonly #char: string;
  #from = -1;
  #found = -1;

  /**
   * @param text - the text to search
   * @param char - the character (one UTF-16 code unit) to find
   */
  constructor(text: string, char: string) {
    this.#text = text;
    this.#char = char;
  }

  /** The offset of the first occurrence at or after `p`, or the text's length when none. */
  next(p: number): number {
    if (p >= this.#from && p <= this.#found) return this.#found;
    const found = this.#text.indexOf(this.#char, p);
    this.#from = p;
    this.#found = found < 0 ? this.#text.length : found;
    return this.#found;
  }
}

const SENTENCE_END = /[。!?｡！？]/g;

/**
 * Finds the next sentence end (`。 ！ ？`) at or after an offset, remembering its last answer so
 * that offsets asked in increasing order cost one pass over the text in all.
 */
export class SentenceEnds implements OffsetFinder {
  readonly #text: string;
  #from = -1;
  #found = -1;

  constructor(text: string) {
    this.#text = text;
  }

  /** The offset of the first sentence end at or after `p`, or the text's length when none. */
  next(p: number): number {
    if (p >= this.#from && p <= this.#found) return this.#found;
    SENTENCE_END.lastIndex = p;
    const match = SENTENCE_END.exec(this.#text);
    this.#from = p;
    this.#found = match ? match.index : this.#text.length;
    return this.#found;
  }
}

const LINE_BREAKS = /[\n\r\v\f\u2028\u2029]/g;
const RARE_LINE_BREAKS = /[\r\v\f\u2028\u2029]/;

/** Finds the line breaks of a text (`\n`, `\r`, `\v`, `\f`, U+2028, U+2029) left to right. */
export class LineBreaks implements OffsetFinder {
  readonly #text: string;
  /** Only `\n` occurs: `indexOf` is enough. */
  readonly #plain: boolean;

  constructor(text: string) {
    this.#text = text;
    this.#plain = !RARE_LINE_BREAKS.test(text);
  }

  /** The offset of the first line break at or after `p`, or the text's length when none. */
  next(p: number): number {
    if (this.#plain) {
      const found = this.#text.indexOf('\n', p);
      return found < 0 ? this.#text.length : found;
    }
    LINE_BREAKS.lastIndex = p;
    const match = LINE_BREAKS.exec(this.#text);
    return match ? match.index : this.#text.length;
  }
}

/**
 * Whether a UTF-16 code unit is a CJK unified ideograph (or one of extension A): what tells 年度中に
 * (during the year) from 年度中間 (interim), and an era's one-kanji name from the end of a word.
 *
 * @param code - a UTF-16 code unit
 * @returns whether it is an ideograph
 * @example
 * isIdeograph('間'.charCodeAt(0)); //=> true
 * isIdeograph('に'.charCodeAt(0)); //=> false
 */
export function isIdeograph(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}
