/** The characters {@link normalizeText} maps. */
const FULL_WIDTH = /[\u3000\uff01-\uff5e]/;

/**
 * Maps full-width ASCII (`０-９`, `Ａ-Ｚ`, `ａ-ｚ`, `（）［］｛｝`, `．，：；！？＋－／～` …) and
 * the ideographic space to their half-width forms, one UTF-16 code unit for one.
 *
 * Japanese documents mix `２０２１（Ｒ３）` and `2021(R3)` freely; parsers read the
 * normalised text and report offsets into it, which stay valid for the original text
 * because the length never changes. Everything outside U+FF01–U+FF5E and U+3000 is kept
 * as it is (kana, kanji, `〜` U+301C, `○`, `◎`, half-width katakana, surrogates).
 *
 * @param text - any string
 * @returns a string of the same length with full-width ASCII made half-width
 *
 * @example
 * normalizeText('２０２１（Ｒ３）年度')
 * //=> '2021(R3)年度'
 * normalizeText('令和３年度～').length === '令和３年度～'.length
 * //=> true
 */
export function normalizeText(text: string): string {
  if (typeof text !== 'string') return '';
  // Most text has nothing full-width: one regex search, and the input comes back as it is.
  const first = text.search(FULL_WIDTH);
  if (first < 0) return text;
  let out = text.slice(0, first);
  let copiedUpTo = first;
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let mapped: number;
    if (code >= 0xff01 && code <= 0xff5e) mapped = code - 0xfee0;
    else if (code === 0x3000) mapped = 0x20;
    else continue;
    out += text.slice(copiedUpTo, i) + String.fromCharCode(mapped);
    copiedUpTo = i + 1;
  }
  return out + text.slice(copiedUpTo);
}
