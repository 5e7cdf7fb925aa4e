import { isAsciiDigit, isBlank } from '../schedule/chars.js';

const CODE = /^([0-9０-９]{1,6}(?:\s*[-－‐‑–ー]\s*[0-9０-９]{1,6})*)(?:[\s\u3000]+([\s\S]*))?$/;

/**
 * Splits an item's code off the start of its 項目 cell: `5-1 公立保育所再編計画等の推進`
 * → code `'5-1'`, title `'公立保育所再編計画等の推進'`. The code is written with
 * half-width digits and `-` (full-width `５－１` reads as `5-1`).
 *
 * @param text - the 項目 cell, plain
 * @returns the code and the rest (empty when the cell holds only the code), or
 *   `null` when the cell does not start with a code followed by a space
 * @example
 * splitCode('1-1 収支均衡した予算編成')
 * //=> { code: '1-1', title: '収支均衡した予算編成' }
 * splitCode('7')
 * //=> { code: '7', title: '' }
 * splitCode('収支均衡した予算編成')
 * //=> null
 */
export function splitCode(text: string): { code: string; title: string } | null {
  const trimmed = text.trim();
  const end = asciiCodeEnd(trimmed);
  if (end > 0) return { code: trimmed.slice(0, end), title: trimmed.slice(end).trim() };
  const m = CODE.exec(trimmed);
  if (!m) return null;
  const written = m[1]!;
  const code = /^[0-9-]+$/.test(written)
    ? written
    : written
        .normalize('NFKC')
        .replace(/\s+/g, '')
        .replace(/[‐‑–ー]/g, '-');
  return { code, title: (m[2] ?? '').trim() };
}

/** The dashes {@link CODE} reads between numbers: - － ‐ ‑ – ー. */
const isDash = (c: number): boolean =>
  c === 0x2d || c === 0xff0d || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 0x30fc;

/**
 * The common case of {@link CODE}, without the expression: a code of ASCII digits and `-` alone
 * (`5-1`), at the end of the text or before white space that no dash follows. Gives the code's
 * end, or 0 when the text is not of that simple form (then the expression decides).
 */
function asciiCodeEnd(text: string): number {
  let i = 0;
  for (;;) {
    const from = i;
    while (i < text.length && isAsciiDigit(text.charCodeAt(i))) i++;
    if (i === from || i - from > 6) return 0;
    if (i === text.length) return i;
    const c = text.charCodeAt(i);
    if (c === 0x2d) {
      i++;
      continue;
    }
    if (!isBlank(c)) return 0;
    let j = i + 1;
    while (j < text.length && isBlank(text.charCodeAt(j))) j++;
    return isDash(text.charCodeAt(j)) ? 0 : i;
  }
}
