/**
 * An era year as Japanese writes it, the first year as 元年: `令和元年`, `平成32年`.
 *
 * @param eraName - the era's name in kanji
 * @param year - the era year (1 is 元年)
 * @returns the era year with 年
 *
 * @example
 * eraYearText('令和', 1) //=> '令和元年'
 * eraYearText('平成', 32) //=> '平成32年'
 */
export function eraYearText(eraName: string, year: number): string {
  return `${eraName}${year === 1 ? '元' : year}年`;
}
