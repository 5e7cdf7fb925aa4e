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
 * line breaks. Lines are trimmed and blank lines dropped; with `keepIndent`, a
 * line after the first keeps the blanks it starts with (of a cell with markup,
 * its full-width spaces: see {@link htmlToText}), since a schedule's line set in
 * under the one above continues its label (see `parseSchedule`). The result
 * never holds markup, and reading it again gives it back unchanged.
 *
 * @param raw - the cell as written in the input
 * @param keepIndent - keep the blanks that indented lines start with (a run of spaces and tabs as one space)
 * @returns plain text, lines separated by `\n`
 * @example
 * cellText('<p>※導入事例</p> <ul style="list-style-type: none"> ・印刷物 ・公用封筒 ')
 * //=> '※導入事例\n・印刷物\n・公用封筒'
 * cellText('健全性を維持します。 【六次総基本計画07-04-02】')
 * //=> '健全性を維持します。\n【六次総基本計画07-04-02】'
 */
export function cellText(raw: string, keepIndent = false): string {
  // Most cells hold one plain paragraph: nothing to do but trim.
  if (!NEEDS_WORK.test(raw)) return raw.trim();
  if (MARKUP.test(raw)) {
    const text = htmlToText(raw, { keepIndent });
    // htmlToText gives trimmed lines and no blank ones: only a flattened list is left to cut.
    return FLATTENED.test(text) ? cutLines(text, false, keepIndent) : text;
  }
  return cutLines(raw, true, keepIndent);
}

const BULLET = 0x30fb; // ・
const SENTENCE_END = 0x3002; // 。

/**
 * Cuts a text into trimmed lines, dropping blank ones: at line breaks, and at a run of spaces
 * (` `, U+3000, U+00A0) before a bullet `・` or after a sentence's `。`. For a plain cell (`plain`),
 * `\r\n` and `\r` break lines too, tabs, form and line tabulations count as spaces, and runs of
 * spaces and tabs inside a line become one space. One pass over the text: what
 * `.replace(/\r\n?/g, '\n').replace(/[ \t\f\v]+/g, ' ')` (plain only), then
 * `.replace(/[ \u3000\u00a0]+(?=・)/g, '\n').replace(/。[ \u3000\u00a0]+/g, '。\n')`, then trimming the
 * lines and dropping blank ones would give. With `keepIndent`, a line after the first that starts with a
 * space keeps the spaces it starts with (collapsed as the others are).
 */
function cutLines(text: string, plain: boolean, keepIndent = false): string {
  let out = '';
  let lineStart = 0;
  /** Whether the line holds a run of spaces that is not one ` ` (plain: to be collapsed). */
  let runs = false;
  const endLine = (end: number): void => {
    const whole = text.slice(lineStart, end);
    let line = whole.trim();
    if (line === '') return;
    if (keepIndent && out !== '' && isRunSpace(whole.charCodeAt(0), plain)) line = whole.trimEnd();
    if (runs) line = line.replace(/[ \t\f\v]+/g, ' ');
    out = out === '' ? line : `${out}\n${line}`;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Most characters are none of those looked for.
    if (c > 0x20 && c !== 0x3000 && c !== 0xa0) continue;
    if (c === 0x0a || (plain && c === 0x0d)) {
      endLine(i);
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      lineStart = i + 1;
      runs = false;
      continue;
    }
    if (!isRunSpace(c, plain)) continue;
    let j = i + 1;
    while (j < n && isRunSpace(text.charCodeAt(j), plain)) j++;
    if (text.charCodeAt(j) === BULLET || (i > 0 && text.charCodeAt(i - 1) === SENTENCE_END)) {
      endLine(i);
      lineStart = j;
      runs = false;
    } else if (plain && (j - i > 1 || c !== 0x20)) {
      runs = true;
    }
    i = j - 1;
  }
  endLine(n);
  return out;
}

/** A space of a run that may cut a line: ` `, U+3000, U+00A0, and for a plain cell tab, form and line tabulation. */
const isRunSpace = (c: number, plain: boolean): boolean =>
  c === 0x20 || c === 0x3000 || c === 0xa0 || (plain && (c === 0x09 || c === 0x0c || c === 0x0b));
