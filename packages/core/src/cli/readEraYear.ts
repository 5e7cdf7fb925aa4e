import { resolveEra, type EraRecord } from '../era/resolveEra.js';
import { normalizeText } from '../text/normalizeText.js';
import { readKanjiNumber } from '../text/readKanjiNumber.js';

/**
 * Reads a whole argument such as `令和3`, `R3`, `令和元年`, `平成三十一年度` or `Ｈ３２` as an
 * era and era year.
 *
 * @param text - the argument
 * @returns the era and year, or `undefined` when the whole text is not an era year (never throws)
 *
 * @example
 * readEraYear('令和元年度')
 * //=> { era: ERAS[4], year: 1 }
 */
export function readEraYear(text: string): { era: EraRecord; year: number } | undefined {
  const match = /^\s*([^\s\d]+?)\s*(\d+|[元〇一二三四五六七八九十百千]+)\s*(?:年度?)?\s*$/.exec(
    normalizeText(text),
  );
  if (!match) return undefined;
  const era = resolveEra(match[1]!);
  if (!era) return undefined;
  const digits = match[2]!;
  let year: number;
  if (/^\d+$/.test(digits)) year = Number(digits);
  else {
    const read = readKanjiNumber(digits);
    if (!read || read.length !== digits.length) return undefined;
    year = read.value;
  }
  return year >= 1 && Number.isSafeInteger(year) ? { era, year } : undefined;
}
