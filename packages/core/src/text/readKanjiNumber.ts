/** A number read by {@link readKanjiNumber}: its value and how many UTF-16 units it took. */
export interface KanjiNumber {
  /** The value: `三十一` → 31. */
  value: number;
  /** How many UTF-16 code units of the text the numeral took. */
  length: number;
}

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Reads a kanji numeral at a position in a text, such as the year in `令和三年度`.
 *
 * Two forms are read: place-value digits (`二〇二一` → 2021, `三一` → 31) and the
 * counted form with 十, 百, 千 (`三十一` → 31, `千九百八十九` → 1989, `十` → 10).
 * `元` (as in 令和元年) reads as 1. Reading stops at the first character that cannot
 * continue the numeral (`三十一二` reads `三十一`). `○` (U+25CB, the department mark)
 * is never read as zero; `〇` (U+3007) is.
 *
 * @param text - the text to read from
 * @param start - the UTF-16 offset to read at (default 0)
 * @returns the value and the number of code units read, or `undefined` when no kanji
 *   numeral starts at `start` (never throws)
 *
 * @example
 * readKanjiNumber('令和三十一年', 2)
 * //=> { value: 31, length: 3 }
 * readKanjiNumber('二〇二一年度')
 * //=> { value: 2021, length: 4 }
 * readKanjiNumber('令和元年度', 2)
 * //=> { value: 1, length: 1 }
 * readKanjiNumber('2021年')
 * //=> undefined
 */
export function readKanjiNumber(text: string, start = 0): KanjiNumber | undefined {
  if (typeof text !== 'string' || !Number.isInteger(start) || start < 0 || start >= text.length) {
    return undefined;
  }
  if (text[start] === '元') return { value: 1, length: 1 };

  // Place-value form: two or more digits in a row, no 十百千.
  let end = start;
  let positional = 0;
  while (end < text.length && DIGITS[text[end]!] !== undefined) {
    positional = positional * 10 + DIGITS[text[end]!]!;
    end++;
  }
  if (end - start >= 2) return { value: positional, length: end - start };

  // Counted form: digits multiplied by strictly decreasing units, e.g. 千九百八十九.
  let total = 0;
  let pending: number | undefined;
  let lastUnit = Infinity;
  let i = start;
  while (i < text.length) {
    const ch = text[i]!;
    const digit = DIGITS[ch];
    if (digit !== undefined) {
      if (pending !== undefined) break;
      pending = digit;
      i++;
      continue;
    }
    const unit = UNITS[ch];
    if (unit !== undefined && unit < lastUnit) {
      total += (pending ?? 1) * unit;
      pending = undefined;
      lastUnit = unit;
      i++;
      continue;
    }
    break;
  }
  if (i === start) return undefined;
  return { value: total + (pending ?? 0), length: i - start };
}
