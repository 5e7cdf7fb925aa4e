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
  const m = CODE.exec(text.trim());
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
