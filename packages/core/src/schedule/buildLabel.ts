import { isBlank } from './chars.js';

/** Particles and marks that tie a date to the rest of its sentence: stripped where label and date meet. */
const LEADING_JOINERS = [
  'までに',
  'まで',
  'には',
  'にて',
  'から',
  'として',
  'より',
  'に',
  'は',
  'の',
  'を',
  'で',
  '、',
  '，',
  ',',
  '：',
  ':',
];
const TRAILING_JOINERS = '、，,：:';

const JOINER_FIRST = new Set(LEADING_JOINERS.map((j) => j.charCodeAt(0)));

function stripLeading(text: string): string {
  let k = 0;
  for (let round = 0; round < 4; round++) {
    while (k < text.length && isBlank(text.charCodeAt(k))) k++;
    if (!JOINER_FIRST.has(text.charCodeAt(k))) break;
    const joiner = LEADING_JOINERS.find((j) => text.startsWith(j, k));
    if (!joiner) break;
    k += joiner.length;
  }
  return k === 0 ? text : text.slice(k);
}

function stripTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && (isBlank(text.charCodeAt(end - 1)) || TRAILING_JOINERS.includes(text[end - 1]!))) end--;
  return text.slice(0, end);
}

const EDGE_MARKS = '、，,';

/** Collapses runs of white space to one space, drops brackets left empty, and trims blanks and commas at both ends. */
export function tidyLabel(text: string): string {
  let s = text;
  // Each pass only when its characters occur (labels are many and short, and most need none).
  const any = /[\s)）】」]|、[、。]/.test(s);
  const blank = any && /\s/.test(s);
  const bracket = any && /[)）】」]/.test(s);
  const comma = any && /、[、。]/.test(s);
  if (blank) s = s.replace(/\s+/g, ' ');
  if (bracket) s = s.replace(/[(（] ?[)）]|【 ?】|「 ?」/g, '');
  if (comma) s = s.replace(/、+/g, '、').replace(/、。/g, '。');
  // Trimmed by hand: an end-anchored regex would rescan every run of blanks (quadratic).
  let from = 0;
  let to = s.length;
  while (from < to && (isBlank(s.charCodeAt(from)) || EDGE_MARKS.includes(s[from]!))) from++;
  while (to > from && (isBlank(s.charCodeAt(to - 1)) || EDGE_MARKS.includes(s[to - 1]!))) to--;
  return from === 0 && to === s.length ? s : s.slice(from, to);
}

/**
 * The label of a date written inside a sentence: the sentence's words around the date, without
 * the date itself and the particles that tie it in (`毎年度、定数を管理していきます。` →
 * `定数を管理していきます。`; `…踏まえながら、毎年度、定数を…` keeps the words before it).
 *
 * @param original - the original text
 * @param start - where the sentence piece starts
 * @param end - where it ends
 * @param dateStart - where the date notation starts (inside the piece)
 * @param dateEnd - where it ends
 * @returns the label
 */
export function proseLabel(
  original: string,
  start: number,
  end: number,
  dateStart: number,
  dateEnd: number,
): string {
  let before = original.slice(start, dateStart);
  const after = stripLeading(original.slice(dateEnd, end));
  if (after === '' || after.startsWith('。')) before = stripTrailing(before);
  return tidyLabel(before + after);
}
