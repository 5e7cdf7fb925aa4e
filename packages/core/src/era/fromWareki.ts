import { resolveEra, type EraRecord } from './resolveEra.js';

/**
 * The Western year of a Japanese era year: `fromWareki('令和', 3)` → 2021.
 *
 * Era years past the era's end are valid, because real plans use them for years planned
 * before an era changed: 平成32年 is 2020. Year 1 is 元年.
 *
 * @param era - the era as {@link resolveEra} reads it (`令和`, `令`, `R`, `Ｒ`, `reiwa`) or an era record
 * @param year - the era year, a positive integer (1 = 元年)
 * @returns the Western year in which that era year falls (the calendar year, not the fiscal year)
 * @throws {RangeError} when the era is unknown (the message names it), `year` is not a positive integer,
 *   or it is so large that the Western year would pass `Number.MAX_SAFE_INTEGER`
 *
 * @example
 * fromWareki('R', 3)
 * //=> 2021
 * fromWareki('平成', 32)
 * //=> 2020
 * fromWareki('令和', 1)
 * //=> 2019
 */
export function fromWareki(era: string | EraRecord, year: number): number {
  const record = typeof era === 'string' ? resolveEra(era) : era;
  if (!record || typeof record.start !== 'string') {
    throw new RangeError(`Unknown era: ${JSON.stringify(typeof era === 'string' ? era : (era as unknown))}`);
  }
  if (!Number.isSafeInteger(year) || year < 1) {
    throw new RangeError(`Era year must be a positive integer, got ${String(year)} (${record.name})`);
  }
  const western = Number(record.start.slice(0, 4)) + year - 1;
  if (!Number.isSafeInteger(western))
    throw new RangeError(`Era year ${year} (${record.name}) is too large to give an exact Western year`);
  return western;
}
