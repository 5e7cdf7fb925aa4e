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
  // From the first full-width character on, map code units into a buffer and turn it into strings a
  // chunk at a time: linear in the text's length, where adding to a string per character is not.
  const parts = [text.slice(0, first)];
  const buffer = new Uint16Array(Math.min(CHUNK, text.length - first));
  for (let start = first; start < text.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, text.length);
    for (let i = start; i < end; i++) buffer[i - start] = halfWidthOf(text.charCodeAt(i));
    parts.push(String.fromCharCode.apply(null, buffer.subarray(0, end - start) as unknown as number[]));
  }
  return parts.join('');
}

/** Code units turned into strings at once (well under engines' limits on arguments). */
const CHUNK = 8192;

/** The half-width form of a full-width ASCII character or the ideographic space; others as they are. */
function halfWidthOf(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x3000) return 0x20;
  return code;
}
