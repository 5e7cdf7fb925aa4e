import { ERAS } from '../era/eras.js';
import { resolveEra, type EraRecord } from '../era/resolveEra.js';
import { isAsciiDigit, isAsciiLetter, isInlineBlank } from './chars.js';
import { isKanjiNumeral } from './readNumeral.js';

/** An era name found in text, and where it ends. */
export interface EraName {
  era: EraRecord;
  /** Offset just past the name. */
  end: number;
  /** How the era was written. */
  form: 'kanji' | 'one-kanji' | 'letter' | 'romaji';
}

interface Token {
  text: string;
  form: EraName['form'];
}

// Every way of writing each era, derived from the ERAS table (no second table of eras).
const TOKENS: Token[] = [];
for (const era of ERAS) {
  TOKENS.push({ text: era.name, form: 'kanji' });
  TOKENS.push({ text: era.name[0]!, form: 'one-kanji' });
  TOKENS.push({ text: era.abbr.toUpperCase(), form: 'letter' });
  TOKENS.push({ text: era.abbr.toLowerCase(), form: 'letter' });
  TOKENS.push({ text: era.id.toLowerCase(), form: 'romaji' });
}
// Longest first, so that 令和 wins over 令.
TOKENS.sort((a, b) => b.text.length - a.text.length);
const FIRST = new Set(TOKENS.map((t) => t.text.charCodeAt(0)));
for (const t of TOKENS) if (t.form === 'romaji') FIRST.add(t.text.toUpperCase().charCodeAt(0));

/** True when an era name may start with this code unit (a cheap test before {@link readEraName}). */
export function mayStartEraName(code: number): boolean {
  return FIRST.has(code);
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
  if (i >= text.length || !FIRST.has(text.charCodeAt(i))) return null;
  const before = i > 0 ? text.charCodeAt(i - 1) : -1;
  for (const token of TOKENS) {
    const len = token.text.length;
    if (i + len > text.length) continue;
    const slice = text.slice(i, i + len);
    const matches = token.form === 'romaji' ? slice.toLowerCase() === token.text : slice === token.text;
    if (!matches) continue;
    if ((token.form === 'letter' || token.form === 'romaji') && before >= 0 && (isAsciiLetter(before) || isAsciiDigit(before))) {
      continue;
    }
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
    const era = resolveEra(token.text);
    if (!era) continue;
    return { era, end: i + len, form: token.form, numberAt: n };
  }
  return null;
}
