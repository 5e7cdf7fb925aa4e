/** A Japanese era (元号), as a row of {@link ERAS}. */
export interface Era {
  /** Stable romaji identifier: `'reiwa'`. */
  id: string;
  /** The era's name in kanji: `'令和'`. */
  name: string;
  /** The one-letter abbreviation used in dates such as R3.9: `'R'`. */
  abbr: string;
  /** Romanised name as written in English text, also accepted by {@link resolveEra}. */
  romaji: string;
  /** The ISO date of the first day of year 1 (元年) in the Gregorian calendar. */
  start: string;
}

/**
 * The modern Japanese eras, oldest first, as data: a future era is one new row.
 *
 * 明治 starts on 1868-01-25, the Gregorian date of 明治元年1月1日, from which the era was
 * declared to count; Japan used the Gregorian calendar only from 1873-01-01 (明治6年), so
 * month and day conversions are exact from then on.
 *
 * @example
 * ERAS.at(-1)
 * //=> { id: 'reiwa', name: '令和', abbr: 'R', romaji: 'Reiwa', start: '2019-05-01' }
 */
export const ERAS = [
  { id: 'meiji', name: '明治', abbr: 'M', romaji: 'Meiji', start: '1868-01-25' },
  { id: 'taisho', name: '大正', abbr: 'T', romaji: 'Taishō', start: '1912-07-30' },
  { id: 'showa', name: '昭和', abbr: 'S', romaji: 'Shōwa', start: '1926-12-25' },
  { id: 'heisei', name: '平成', abbr: 'H', romaji: 'Heisei', start: '1989-01-08' },
  { id: 'reiwa', name: '令和', abbr: 'R', romaji: 'Reiwa', start: '2019-05-01' },
] as const satisfies readonly Era[];

/** The id of one of the {@link ERAS}: `'meiji' | 'taisho' | 'showa' | 'heisei' | 'reiwa'`. */
export type EraId = (typeof ERAS)[number]['id'];
