import { ERAS } from '../era/eras.js';
import { formatWareki } from '../era/formatWareki.js';
import { fromWareki } from '../era/fromWareki.js';
import { lastDayOfMonth } from '../fiscal/lastDayOfMonth.js';
import { toIsoDate } from '../fiscal/toIsoDate.js';
import { normalizeText } from '../text/normalizeText.js';
import { eraEnd } from '../era/eraEnd.js';
import { eraYearText } from '../era/eraYearText.js';
import { readEraDate, type EraDate } from './readEraDate.js';
import { readEraYear } from '../era/readEraYear.js';

/**
 * The output of `plan-timeline wareki VALUE`: an ISO date in the era calendar, an era date as an
 * ISO date, or an era year as a Western year. An era date of 明治5年 or before (months and days then
 * counted in the lunisolar calendar) is read as a Gregorian date and said to be approximate.
 *
 * @param value - an ISO date (`2019-05-01`, full-width digits allowed), an era date (`平成31年4月30日`,
 *   `R3.9.28`, `令和元年5月1日`) or an era year (`令和3`, `R3`, `平成32年`)
 * @returns the line to print
 * @throws {RangeError} with a message for people when the value is none of these, or names a day
 *   the calendar lacks
 *
 * @example
 * warekiCommand('2019-05-01')
 * //=> '令和元年5月1日 (R1.5.1)'
 * warekiCommand('平成31年4月30日')
 * //=> '2019-04-30 (平成31年4月30日)'
 * warekiCommand('平成31年5月1日')
 * //=> '2019-05-01 (令和元年5月1日: 平成 ended on 2019-04-30)'
 * warekiCommand('平成32年')
 * //=> '2020年 (平成32年)'
 */
export function warekiCommand(value: string): string {
  const text = normalizeText(value).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text))
    return `${formatWareki(text, 'long')} (${formatWareki(text, 'short')})`;
  const eraDate = readEraDate(text);
  if (eraDate) return eraDateLine(eraDate, value);
  const eraYear = readEraYear(text);
  if (eraYear) {
    const year = fromWareki(eraYear.era, eraYear.year);
    // Bounded as era dates are: a year of the Western calendar has at most four digits.
    if (year > 9999)
      throw new RangeError(
        `"${value}" is not a year: ${eraYear.era.name}${eraYear.year}年 is ${year}, past 9999`,
      );
    return `${year}年 (${eraYearText(eraYear.era.name, eraYear.year)})`;
  }
  throw new RangeError(
    `"${value}" is neither an ISO date (2019-05-01), an era date (平成31年4月30日, R3.9.28) nor an era year (令和3, R3)`,
  );
}

/** The first year Japan counted in the Gregorian calendar (明治6年1月1日 was 1873-01-01). */
const GREGORIAN_FROM = 1873;

/**
 * An era date as its ISO date, with the date as the era calendar writes it; when the era named was
 * not in force that day (`平成31年5月1日`, `令和元年4月1日`), the era that was, and when the named one
 * began or ended.
 */
function eraDateLine({ era, year, month, day }: EraDate, value: string): string {
  const western = fromWareki(era, year);
  const notADate = (why: string) => new RangeError(`"${value}" is not a date: ${why}`);
  if (western > 9999) throw notADate(`${era.name}${year}年 is ${western}, past 9999`);
  if (month < 1 || month > 12) throw notADate(`there is no month ${month}`);
  const days = lastDayOfMonth(western, month);
  if (day < 1 || day > days) throw notADate(`${western}年${month}月 has ${days} days`);
  const iso = toIsoDate(western, month, day);
  // 明治5年 and before counted months and days in the lunisolar calendar: the day is read as a Gregorian one.
  if (era.id === ERAS[0].id && western < GREGORIAN_FROM)
    return `${iso} (approximate: until 明治5年12月2日 months and days were counted in the lunisolar calendar, not the Gregorian one; 明治元年1月1日 was ${ERAS[0].start})`;
  // Before 明治 the era calendar has no name for the day.
  const official = iso < ERAS[0].start ? null : formatWareki(iso, 'long');
  const end = eraEnd(era);
  const notInForce =
    iso < era.start
      ? `${era.name} began on ${era.start}`
      : end !== null && iso > end
        ? `${era.name} ended on ${end}`
        : null;
  if (notInForce === null) return `${iso} (${official})`;
  return `${iso} (${official === null ? '' : `${official}: `}${notInForce})`;
}
