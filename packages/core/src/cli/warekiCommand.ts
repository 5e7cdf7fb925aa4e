import { formatWareki } from '../era/formatWareki.js';
import { fromWareki } from '../era/fromWareki.js';
import { normalizeText } from '../text/normalizeText.js';
import { readEraYear } from './readEraYear.js';

/**
 * The output of `plan-timeline wareki VALUE`: an ISO date in the era calendar, or an era year
 * as a Western year.
 *
 * @param value - an ISO date (`2019-05-01`, full-width digits allowed) or an era year (`令和3`, `R3`, `平成32年`)
 * @returns the line to print
 * @throws {RangeError} with a message for people when the value is neither
 *
 * @example
 * warekiCommand('2019-05-01')
 * //=> '令和元年5月1日 (R1.5.1)'
 * warekiCommand('平成32年')
 * //=> '2020年 (平成32年)'
 */
export function warekiCommand(value: string): string {
  const text = normalizeText(value).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text))
    return `${formatWareki(text, 'long')} (${formatWareki(text, 'short')})`;
  const eraYear = readEraYear(text);
  if (eraYear) {
    const year = fromWareki(eraYear.era, eraYear.year);
    return `${year}年 (${eraYear.era.name}${eraYear.year === 1 ? '元' : eraYear.year}年)`;
  }
  throw new RangeError(`"${value}" is neither an ISO date (2019-05-01) nor an era year (令和3, R3)`);
}
