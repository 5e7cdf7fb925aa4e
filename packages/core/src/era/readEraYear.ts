import { resolveEra, type EraRecord } from './resolveEra.js';
import { normalizeText } from '../text/normalizeText.js';
import { readKanjiNumber } from '../text/readKanjiNumber.js';

/** A number in an era notation, as a capturing group: ASCII digits, kanji numerals or 元 (see {@link readEraNumber}). */
export const ERA_NUMBER = '(\\d+|[元〇一二三四五六七八九十百千]+)';
const ERA_YEAR = new RegExp(`^\\s*([^\\s\\d]+?)\\s*${ERA_NUMBER}\\s*(?:年度?)?\\s*$`);

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
  const match = ERA_YEAR.exec(normalizeText(text));
  if (!match) return undefined;
  const era = resolveEra(match[1]!);
  if (!era) return undefined;
  const year = readEraNumber(match[2]!);
  return year !== undefined && year >= 1 ? { era, year } : undefined;
}

/**
 * A number as era dates write it: ASCII digits (after `normalizeText`), kanji numerals, or 元 (1).
 *
 * @param digits - the number's characters, and nothing else
 * @returns its value, or `undefined` when the characters are not one number
 *
 * @example
 * readEraNumber('三十一') //=> 31
 * readEraNumber('元') //=> 1
 */
export function readEraNumber(digits: string): number | undefined {
  if (/^\d+$/.test(digits)) {
    const value = Number(digits);
    return Number.isSafeInteger(value) ? value : undefined;
  }
  const read = readKanjiNumber(digits);
  return read && read.length === digits.length && Number.isSafeInteger(read.value) ? read.value : undefined;
}
