import { htmlToText } from '../text/htmlToText.js';

/**
 * What makes a cell more than a trimmed string: markup, line breaks, tabs, runs of spaces, a
 * bullet after a space, a space after a sentence end.
 */
const NEEDS_WORK = /[<\n\r\t\f\v]| {2}|[ \u3000\u00a0]・|。[ \u3000\u00a0]/;

/** Where the lines of a flattened cell are to be cut: a bullet after a space, a space after a sentence end. */
const FLATTENED = /[ \u3000\u00a0]・|。[ \u3000\u00a0]/;

/** A tag, comment or declaration: the cell is an HTML fragment. */
const MARKUP = /<\/?[A-Za-z][^<>]*>|<!--/;

/**
 * Turns one cell of a plan (a tab-separated row, a CSV cell) into the plain
 * text a {@link PlanItem} holds: paragraphs and bullets as lines.
 *
 * A cell holding markup (`<p>`, `<ul>`, `<br>` …) is read with
 * {@link htmlToText}; other cells keep their line breaks, with runs of spaces
 * and tabs collapsed. Then, because the seed's rows were flattened onto one
 * line, a space before a bullet `・` and a space after a sentence's `。` become
 * line breaks. Lines are trimmed and blank lines dropped. The result never
 * holds markup, and reading it again gives it back unchanged.
 *
 * @param raw - the cell as written in the input
 * @returns plain text, lines separated by `\n`
 * @example
 * cellText('<p>※導入事例</p> <ul style="list-style-type: none"> ・印刷物 ・公用封筒 ')
 * //=> '※導入事例\n・印刷物\n・公用封筒'
 * cellText('健全性を維持します。 【六次総基本計画07-04-02】')
 * //=> '健全性を維持します。\n【六次総基本計画07-04-02】'
 */
export function cellText(raw: string): string {
  // Most cells hold one plain paragraph: nothing to do but trim.
  if (!NEEDS_WORK.test(raw)) return raw.trim();
  const markup = MARKUP.test(raw);
  const text = markup ? htmlToText(raw) : raw.replace(/\r\n?/g, '\n').replace(/[ \t\f\v]+/g, ' ');
  // htmlToText gives trimmed lines and no blank ones: only a flattened list is left to cut.
  if (markup && !FLATTENED.test(text)) return text;
  return text
    .replace(/[ \u3000\u00a0]+(?=・)/g, '\n')
    .replace(/。[ \u3000\u00a0]+/g, '。\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}
