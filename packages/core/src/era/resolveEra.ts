import { ERAS } from './eras.js';
import { normalizeText } from '../text/normalizeText.js';

/** One of the {@link ERAS}. */
export type EraRecord = (typeof ERAS)[number];

function fold(text: string): string {
  // Half-width, lower case, without the macrons of Shōwa / Taishō, without surrounding space.
  return normalizeText(text).trim().toLowerCase().replace(/ō/g, 'o').replace(/ū/g, 'u');
}

/**
 * Finds an era by any name a document may use for it.
 *
 * Accepted: the kanji name (`令和`), its first kanji (`令`), the letter (`R`, `r`, full-width
 * `Ｒ`), the id or romaji (`reiwa`, `Reiwa`, `showa`, `Shōwa`).
 * Surrounding white space is ignored.
 *
 * @param name - the era as written
 * @returns the era, or `undefined` when nothing matches (never throws)
 *
 * @example
 * resolveEra('令')?.id
 * //=> 'reiwa'
 * resolveEra('Ｈ')?.name
 * //=> '平成'
 * resolveEra('X')
 * //=> undefined
 */
export function resolveEra(name: string): EraRecord | undefined {
  if (typeof name !== 'string') return undefined;
  const key = fold(name);
  if (key === '') return undefined;
  for (const era of ERAS) {
    if (
      key === era.name ||
      key === era.name[0] ||
      key === era.abbr.toLowerCase() ||
      key === era.id ||
      key === fold(era.romaji)
    ) {
      return era;
    }
  }
  return undefined;
}
