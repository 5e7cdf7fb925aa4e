import { fromWareki } from '../era/fromWareki.js';
import { readEraYear } from '../era/readEraYear.js';
import type { EraRecord } from '../era/resolveEra.js';
import { normalizeText } from '../text/normalizeText.js';
import { fiscalYearOf } from './fiscalYearOf.js';

/** A fiscal year as {@link readFiscalYear} read it. */
export interface FiscalYearText {
  /** The fiscal year, named by the Western year it starts in (April). */
  fiscalYear: number;
  /** The era and era year, when the text wrote the year in an era (`令和6年度`). */
  eraYear?: { era: EraRecord; year: number };
}

const WESTERN_YEAR = /^(\d{1,4})\s*(?:年度)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The fiscal year a short text names, as people type one into a field or a command line: a Western year
 * (`2024`, `2024年度`), a year in an era (`R6`, `令和6年度`, `令和元年`, `平成三十一年度`, full-width
 * `Ｒ６`), or an ISO date (the fiscal year holding it: `2025-03-31` is FY2024). Blanks around it are
 * ignored. A year written in an era that had ended by then is still the year it counts to (`平成32年度` is
 * FY2020).
 *
 * @param text - any text
 * @returns the fiscal year, with the era year when one was written; `null` when the text names none (a
 *   sentence, `0`, a day the calendar lacks). Never throws.
 * @example
 * readFiscalYear('令和6年度') //=> { fiscalYear: 2024, eraYear: { era: ERAS[4], year: 6 } }
 * readFiscalYear('2024')?.fiscalYear //=> 2024
 * readFiscalYear('来年') //=> null
 */
export function readFiscalYear(text: string): FiscalYearText | null {
  const value = normalizeText(typeof text === 'string' ? text : '').trim();
  const western = WESTERN_YEAR.exec(value);
  if (western) {
    const fiscalYear = Number(western[1]);
    return fiscalYear >= 1 ? { fiscalYear } : null;
  }
  if (ISO_DATE.test(value)) {
    try {
      return { fiscalYear: fiscalYearOf(value) };
    } catch {
      return null;
    }
  }
  const eraYear = readEraYear(value);
  return eraYear ? { fiscalYear: fromWareki(eraYear.era, eraYear.year), eraYear } : null;
}
