/**
 * Shortens a label to fit a width, ending it with `…`, estimating glyph widths
 * (CJK and full-width characters one em, others about 0.6 em). No DOM
 * measuring, so it is cheap enough to run for every bar in every frame.
 *
 * @param text - the label
 * @param width - the room in pixels
 * @param fontSize - the font size in pixels
 * @returns the label, shortened if needed; `''` when not even one character and `…` fit
 * @example
 * fitText('導入検討、システム選定', 55, 12)
 * //=> '導入検…'
 */
export function fitText(text: string, width: number, fontSize: number): string {
  if (width <= 0) return '';
  let used = 0;
  let end = 0;
  const ellipsis = fontSize;
  for (const char of text) {
    const w = charWidth(char) * fontSize;
    if (used + w > width) {
      if (end === 0) return '';
      let cut = text.slice(0, end);
      let room = used;
      while (cut.length > 0 && room + ellipsis > width) {
        const last = [...cut].pop() ?? '';
        cut = cut.slice(0, cut.length - last.length);
        room -= charWidth(last) * fontSize;
      }
      return cut.length > 0 ? `${cut}…` : '';
    }
    used += w;
    end += char.length;
  }
  return text;
}

/** A character's estimated width in ems: CJK and full-width forms one em, control characters none, others 0.6. */
function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code >= 0x2e80 || (code >= 0xff00 && code <= 0xffef) ? 1 : code < 0x20 ? 0 : 0.6;
}

/**
 * The start of a label to set in a box of `width` pixels that ends an overflowing text with `…` itself
 * (`text-overflow: ellipsis`, which measures the text as drawn): the whole label when it fits by the estimate
 * of {@link fitText}, else its first words, cut well past the width (half as much again, and two ems), at the
 * next space or punctuation and outside brackets. So the text still overflows and the browser puts the `…`
 * where it really does, no more text than that is laid out, and what is kept is whole words of the label (a
 * button showing them has them in its name, word for word). `''` when not even one character and `…` would fit.
 *
 * @param text - the label
 * @param width - the room in pixels
 * @param fontSize - the font size in pixels
 * @returns the label, or a start of it
 * @example
 * fitStart('導入検討、システム選定、構築、試行', 30, 12)
 * //=> '導入検討、システム選定' (the browser shows 導…)
 */
export function fitStart(text: string, width: number, fontSize: number): string {
  if (width < fontSize) return '';
  const limit = width * 1.5 + 2 * fontSize;
  let used = 0;
  let end = 0;
  for (const char of text) {
    used += charWidth(char) * fontSize;
    if (used > limit) break;
    end += char.length;
  }
  if (end === text.length) return text;
  // On to the next space or punctuation: a word is not cut in two (a button's name is compared word for word).
  const pause = text.slice(end).search(PAUSE);
  end = pause < 0 ? text.length : end + pause;
  // Nor inside brackets: `基本設計（その2）` is kept whole, as a name's words are counted without what is in them.
  const kept = text.slice(0, end);
  if (kept.split(/[(（]/).length > kept.split(/[)）]/).length) {
    const close = text.slice(end).search(/[)）]/);
    end = close < 0 ? text.length : end + close + 1;
  }
  return text.slice(0, end);
}

/** Where a label pauses: spaces, punctuation and opening brackets, in their Japanese and Western forms. */
const PAUSE = /[\s、。，,．.・；;：:！!？?（(「『【〔［[]/;
