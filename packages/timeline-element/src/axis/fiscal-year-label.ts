import { ERAS, fiscalYearEra } from '@plan-timeline/core';
import type { EraMode, Lang } from '../time/describe-span.js';

/**
 * The label of a fiscal year on the axis, as lines: `['2021', 'R3']` with
 * `era='both'`, `['2021年度']` (`['FY2021']`) with `'western'`, `['令和3年度']`
 * (`['Reiwa 3']`) with `'japanese'`. FY2019 is named by 令和 (令和元年度), as
 * the government writes it after the change; the axis marks 2019-05-01 itself.
 *
 * @param fiscalYear - the Western year in which the fiscal year starts
 * @param era - notation
 * @param lang - language of the words
 * @returns one or two lines
 * @example
 * fiscalYearLabel(2018, 'both', 'ja')
 * //=> ['2018', 'H30']
 */
export function fiscalYearLabel(fiscalYear: number, era: EraMode, lang: Lang): string[] {
  // The axis asks for every year in view on every frame of a zoom: work each label out once.
  const key = `${fiscalYear}|${era}|${lang}`;
  let label = LABELS.get(key);
  if (!label) LABELS.set(key, (label = labelOf(fiscalYear, era, lang)));
  return [...label];
}

const LABELS = new Map<string, readonly string[]>();

function labelOf(fiscalYear: number, era: EraMode, lang: Lang): string[] {
  if (era === 'western') return [lang === 'en' ? `FY${fiscalYear}` : `${fiscalYear}年度`];
  let wareki;
  try {
    wareki = fiscalYearEra(fiscalYear);
  } catch {
    return [String(fiscalYear)];
  }
  if (era === 'japanese') {
    if (lang === 'en')
      return [`${ERAS.find((e) => e.id === wareki.era)?.romaji ?? wareki.name} ${wareki.year}`];
    return [`${wareki.name}${wareki.year === 1 ? '元' : wareki.year}年度`];
  }
  return [String(fiscalYear), `${wareki.abbr}${wareki.year}`];
}
