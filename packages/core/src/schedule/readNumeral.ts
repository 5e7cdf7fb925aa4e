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

const KANJI_NUMERAL = new Uint8Array(0x10000);
for (const c of '〇零一二三四五六七八九十百千') KANJI_NUMERAL[c.charCodeAt(0)] = 1;

/** True when `code` may start or continue a kanji numeral (`元` excluded). */
export function isKanjiNumeral(code: number): boolean {
  return KANJI_NUMERAL[code] === 1;
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
  if (i >= text.length) return null;
  const code = text.charCodeAt(i);
  if (isAsciiDigit(code)) {
    let j = i + 1;
    let value = code - 0x30;
    for (let d = text.charCodeAt(j); j < text.length && isAsciiDigit(d); d = text.charCodeAt(++j)) {
      if (j - i < MAX_NUMERAL_LENGTH) value = value * 10 + d - 0x30;
    }
    const length = j - i;
    const huge = length > MAX_NUMERAL_LENGTH;
    return { value: huge ? -1 : value, end: j, length, kanji: false, huge };
  }
  if (code === 0x5143 /* 元 */) {
    return allowGan ? { value: 1, end: i + 1, length: 1, kanji: true, huge: false } : null;
  }
  if (!isKanjiNumeral(code)) return null;
  const read = readKanjiNumber(text, i);
  if (!read || read.length === 0) return null;
  const huge = read.length > MAX_NUMERAL_LENGTH || !Number.isSafeInteger(read.value);
  return { value: huge ? -1 : read.value, end: i + read.length, length: read.length, kanji: true, huge };
}
