import { readKanjiNumber } from '../text/readKanjiNumber.js';
import { isAsciiDigit } from './chars.js';

/** A number as written in a date: ASCII digits (`2021`) or a kanji numeral (`三十一`, `二〇二一`, `元`). */
export interface Numeral {
  /** The value; `-1` when the numeral is too long to be a date part ({@link Numeral.huge}). */
  value: number;
  /** Offset just past the numeral. */
  end: number;
  /** How many characters it took. */
  length: number;
  /** Written in kanji. */
  kanji: boolean;
  /** More than {@link MAX_NUMERAL_LENGTH} characters, or not a safe integer: no date part. */
  huge: boolean;
}

/** Numerals longer than this are never years, months or days (a 10,000-digit "year" is kept as text). */
export const MAX_NUMERAL_LENGTH = 6;

/** The characters {@link isKanjiNumeral} accepts. */
export const KANJI_NUMERALS = '〇零一二三四五六七八九十百千';

const KANJI_NUMERAL = new Uint8Array(0x10000);
for (const c of KANJI_NUMERALS) KANJI_NUMERAL[c.charCodeAt(0)] = 1;

/** True when `code` may start or continue a kanji numeral (`元` excluded). */
export function isKanjiNumeral(code: number): boolean {
  return KANJI_NUMERAL[code] === 1;
}

/**
 * The numeral {@link numeralAt} read last: one record, overwritten by every call (read it
 * before reading the next numeral). Reading numbers is the scanner's most frequent step, and
 * this spares it an object per number.
 */
export const lastNumeral: Omit<Numeral, 'end'> = { value: 0, length: 0, kanji: false, huge: false };

/**
 * Reads the ASCII digits or the kanji numeral starting at `i`, as {@link readNumeral} does,
 * into {@link lastNumeral}.
 *
 * @param text - normalised text
 * @param i - offset to read at
 * @param allowGan - read `元` as 1 (only after an era name: 令和元年)
 * @returns the offset just past the numeral (its value in {@link lastNumeral}), or -1 when none starts at `i`
 */
export function numeralAt(text: string, i: number, allowGan = false): number {
  if (i >= text.length) return -1;
  const code = text.charCodeAt(i);
  if (isAsciiDigit(code)) {
    let j = i + 1;
    let value = code - 0x30;
    for (let d = text.charCodeAt(j); j < text.length && isAsciiDigit(d); d = text.charCodeAt(++j)) {
      if (j - i < MAX_NUMERAL_LENGTH) value = value * 10 + d - 0x30;
    }
    const length = j - i;
    const huge = length > MAX_NUMERAL_LENGTH;
    return numeral(huge ? -1 : value, length, false, huge, j);
  }
  if (code === 0x5143 /* 元 */) return allowGan ? numeral(1, 1, true, false, i + 1) : -1;
  if (!isKanjiNumeral(code)) return -1;
  const read = readKanjiNumber(text, i);
  if (!read || read.length === 0) return -1;
  const huge = read.length > MAX_NUMERAL_LENGTH || !Number.isSafeInteger(read.value);
  return numeral(huge ? -1 : read.value, read.length, true, huge, i + read.length);
}

function numeral(value: number, length: number, kanji: boolean, huge: boolean, end: number): number {
  lastNumeral.value = value;
  lastNumeral.length = length;
  lastNumeral.kanji = kanji;
  lastNumeral.huge = huge;
  return end;
}

/**
 * Reads the ASCII digits or the kanji numeral starting at `i`.
 *
 * A run of digits is read whole (so that a scanner can skip it in one step); a run longer
 * than {@link MAX_NUMERAL_LENGTH} is marked `huge` and has no value.
 *
 * @param text - normalised text
 * @param i - offset to read at
 * @param allowGan - read `元` as 1 (only after an era name: 令和元年)
 * @returns the numeral, or `null` when none starts at `i`
 */
export function readNumeral(text: string, i: number, allowGan = false): Numeral | null {
  const end = numeralAt(text, i, allowGan);
  if (end < 0) return null;
  const { value, length, kanji, huge } = lastNumeral;
  return { value, end, length, kanji, huge };
}
