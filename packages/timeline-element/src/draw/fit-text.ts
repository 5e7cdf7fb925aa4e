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
    const code = char.codePointAt(0) ?? 0;
    const w = (code >= 0x2e80 || (code >= 0xff00 && code <= 0xffef) ? 1 : code < 0x20 ? 0 : 0.6) * fontSize;
    if (used + w > width) {
      if (end === 0) return '';
      let cut = text.slice(0, end);
      let room = used;
      while (cut.length > 0 && room + ellipsis > width) {
        const last = [...cut].pop() ?? '';
        cut = cut.slice(0, cut.length - last.length);
        room -= (last.codePointAt(0)! >= 0x2e80 ? 1 : 0.6) * fontSize;
      }
      return cut.length > 0 ? `${cut}…` : '';
    }
    used += w;
    end += char.length;
  }
  return text;
}
