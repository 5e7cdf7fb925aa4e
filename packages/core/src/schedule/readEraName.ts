import { lastFiscalYearOf } from '../era/eraEnd.js';
import { ERAS } from '../era/eras.js';
import { fromWareki } from '../era/fromWareki.js';
import { resolveEra, type EraRecord } from '../era/resolveEra.js';
import { ByCodeUnit, isAsciiDigit, isAsciiLetter, isIdeograph, isInlineBlank } from './chars.js';
import { isKanjiNumeral } from './readNumeral.js';

/** An era name found in text, and where it ends. */
export interface EraName {
  era: EraRecord;
  /** Offset just past the name. */
  end: number;
  /** How the era was written. */
  form: 'kanji' | 'one-kanji' | 'letter' | 'romaji';
  /** The Western year of the era's first year (元年): year N of the era is `firstYear + N - 1`. */
  firstYear: number;
}

interface Token {
  text: string;
  form: EraName['form'];
  era: EraRecord;
  firstYear: number;
}

// Every way of writing each era, derived from the ERAS table (no second table of eras).
const TOKENS: Token[] = [];
for (const era of ERAS) {
  const add = (text: string, form: Token['form']): void => {
    // Each way of writing must name this era for resolveEra too: one source of truth.
    if (resolveEra(text)?.id === era.id) TOKENS.push({ text, form, era, firstYear: fromWareki(era, 1) });
  };
  add(era.name, 'kanji');
  add(era.name[0]!, 'one-kanji');
  add(era.abbr.toUpperCase(), 'letter');
  add(era.abbr.toLowerCase(), 'letter');
  add(era.id.toLowerCase(), 'romaji');
}
// Longest first, so that 令和 wins over 令; grouped by first code unit (romaji in either case).
TOKENS.sort((a, b) => b.text.length - a.text.length);
const BY_FIRST = new ByCodeUnit(TOKENS, (t) =>
  t.form === 'romaji' ? [t.text.charCodeAt(0), t.text.toUpperCase().charCodeAt(0)] : t.text.charCodeAt(0),
);

/** The code units an era name may start with: those {@link mayStartEraName} accepts. */
export const ERA_NAME_FIRSTS: readonly number[] = BY_FIRST.codes();

/** True when an era name may start with this code unit (a cheap test before {@link readEraName}). */
export function mayStartEraName(code: number): boolean {
  return BY_FIRST.has(code);
}

/** What an era letter (`R`, `h` …) names, as {@link eraOfLetter} gives it. */
export interface EraLetter {
  era: EraRecord;
  /** The Western year of the era's first year (元年). */
  firstYear: number;
  /** The last fiscal year begun in the era (`Infinity` for the era in force now): see `lastFiscalYearOf`. */
  lastFiscalYear: number;
}

/** The era each ASCII letter abbreviates (`R`, `h` …), by code unit; `null` for other letters. */
const LETTER_ERAS: (EraLetter | null)[] = new Array(0x80).fill(null);
for (const t of TOKENS)
  if (t.form === 'letter')
    LETTER_ERAS[t.text.charCodeAt(0)] = {
      era: t.era,
      firstYear: t.firstYear,
      lastFiscalYear: lastFiscalYearOf(t.era),
    };

/**
 * The era an ASCII letter abbreviates (`R` and `r` name 令和, `H` and `h` 平成 …), or `null` for any other
 * code unit: the letter alone, wherever it stands (see {@link bracketedEraLetterAt} for where it names one).
 *
 * @example
 * eraOfLetter('R'.charCodeAt(0))?.era.name; //=> '令和'
 * eraOfLetter('X'.charCodeAt(0)); //=> null
 */
export function eraOfLetter(code: number): EraLetter | null {
  return code < 0x80 ? LETTER_ERAS[code]! : null;
}

/**
 * The era name at `i` when it is one ASCII letter (`R`, `h` …) right after a bracket and right
 * before a digit (`(R3`): what {@link eraNameAt} reads there, looked up at once. Sets
 * {@link lastEraName} as that does.
 *
 * @returns the offset of the number (`i + 1`), or -1 when `text[i-1, i+2)` is not such an era name
 */
export function bracketedEraLetterAt(text: string, i: number): number {
  const before = text.charCodeAt(i - 1);
  const token = eraOfLetter(text.charCodeAt(i));
  if (token === null || !isAsciiDigit(text.charCodeAt(i + 1))) return -1;
  if (before !== 0x28 /* ( */ && before !== 0xff08 /* （ */) return -1;
  lastEraName.era = token.era;
  lastEraName.end = i + 1;
  lastEraName.form = 'letter';
  lastEraName.firstYear = token.firstYear;
  return i + 1;
}

/**
 * The era name {@link eraNameAt} read last: one record, overwritten by every call that finds
 * one (read it before reading the next). Era names are looked for at every era letter and kanji
 * of a text, and this spares each an object.
 */
export const lastEraName: EraName = {
  era: TOKENS[0]!.era,
  end: 0,
  form: 'kanji',
  firstYear: 0,
};

/**
 * Reads an era name at `i`, as {@link readEraName} does, into {@link lastEraName}.
 *
 * @param text - normalised text
 * @param i - offset to read at
 * @returns the offset where its year number starts (the era in {@link lastEraName}), or -1
 */
export function eraNameAt(text: string, i: number): number {
  const first = text.charCodeAt(i);
  const tokens = BY_FIRST.get(first);
  if (!tokens) return -1;
  const before = i > 0 ? text.charCodeAt(i - 1) : -1;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    const len = token.text.length;
    if (i + len > text.length) continue;
    // The first character is the token's (or, for romaji, either case of it): one-character tokens match.
    // Romaji is compared in lower case, once its second letter fits (`RPA` is not Reiwa: no copy is made).
    const second = len === 1 ? 0 : text.charCodeAt(i + 1);
    const matches =
      len === 1 ||
      (token.form === 'romaji'
        ? isAsciiLetter(second) &&
          (second | 0x20) === token.text.charCodeAt(1) &&
          text.slice(i, i + len).toLowerCase() === token.text
        : text.startsWith(token.text, i));
    if (!matches) continue;
    if (
      (token.form === 'letter' || token.form === 'romaji') &&
      before >= 0 &&
      (isAsciiLetter(before) || isAsciiDigit(before))
    ) {
      continue;
    }
    // 令3 but not 最大3 (大 inside a word is no era).
    if (token.form === 'one-kanji' && before >= 0 && isIdeograph(before)) continue;
    let n = i + len;
    if (token.form === 'kanji' || token.form === 'romaji') {
      // 平成 29(2017)年度, Reiwa 3: up to two blanks before the number.
      let k = 0;
      while (k < 2 && n < text.length && isInlineBlank(text.charCodeAt(n))) {
        n++;
        k++;
      }
    }
    if (n >= text.length) continue;
    const next = text.charCodeAt(n);
    const numberFollows =
      isAsciiDigit(next) || next === 0x5143 /* 元 */ || (token.form === 'kanji' && isKanjiNumeral(next));
    if (!numberFollows) continue;
    lastEraName.era = token.era;
    lastEraName.end = i + len;
    lastEraName.form = token.form;
    lastEraName.firstYear = token.firstYear;
    return n;
  }
  return -1;
}

/**
 * Reads an era name at `i` when a year number follows it: `令和3`, `令和 3`, `令和元`, `令3`,
 * `R3`, `r3`, `H28.10`, `Reiwa 3`.
 *
 * One kanji (`令`, `平`, `大` …) and one letter (`R`, `H` …) count only when a number follows
 * at once, and a letter only when no ASCII letter or digit comes before it (`BPR2` is no era).
 *
 * @param text - normalised text
 * @param i - offset to read at
 * @returns the era and the offset where its year number starts, or `null`
 */
export function readEraName(text: string, i: number): (EraName & { numberAt: number }) | null {
  const numberAt = eraNameAt(text, i);
  if (numberAt < 0) return null;
  const { era, end, form, firstYear } = lastEraName;
  return { era, end, form, firstYear, numberAt };
}
