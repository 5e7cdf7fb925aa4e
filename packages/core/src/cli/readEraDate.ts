import { resolveEra, type EraRecord } from '../era/resolveEra.js';
import { normalizeText } from '../text/normalizeText.js';
import { ERA_NUMBER, readEraNumber } from '../era/readEraYear.js';

/** An era date as written: its era, era year, month and day (not yet checked against the calendar). */
export interface EraDate {
  era: EraRecord;
  year: number;
  month: number;
  day: number;
}

/** `平成31年4月30日`, `令和元年5月1日`, `R3.9.28`, `H31/4/30`: an era name, then year, month and day. */
const ERA_DATE = new RegExp(
  `^\\s*([^\\s\\d./]+?)\\s*${ERA_NUMBER}\\s*(?:年|[./])\\s*${ERA_NUMBER}\\s*(?:月|[./])\\s*${ERA_NUMBER}\\s*日?\\s*$`,
);

/**
 * Reads a whole argument such as `平成31年4月30日`, `令和元年5月1日`, `R3.9.28`,
 * `令和三年九月二十八日` or `Ｈ３１．４．３０` as an era date.
 *
 * @param text - the argument
 * @returns the era, era year, month and day, or `undefined` when the whole text is not an era
 *   date (never throws; whether the day exists, and whether the era was in force on it, is for the
 *   caller to check)
 *
 * @example
 * readEraDate('平成31年4月30日')
 * //=> { era: ERAS[3], year: 31, month: 4, day: 30 }
 * readEraDate('R3.9.28')
 * //=> { era: ERAS[4], year: 3, month: 9, day: 28 }
 */
export function readEraDate(text: string): EraDate | undefined {
  const match = ERA_DATE.exec(normalizeText(text));
  if (!match) return undefined;
  const era = resolveEra(match[1]!);
  const [year, month, day] = [match[2]!, match[3]!, match[4]!].map(readEraNumber);
  if (!era || year === undefined || month === undefined || day === undefined || year < 1) return undefined;
  return { era, year, month, day };
}
