import { isBlank, type OffsetFinder } from './chars.js';

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

/** The leading joiners by their first character, in the order they are tried. */
const JOINERS_BY_FIRST = new Map<number, string[]>();
for (const joiner of LEADING_JOINERS) {
  const first = joiner.charCodeAt(0);
  const list = JOINERS_BY_FIRST.get(first);
  if (list) list.push(joiner);
  else JOINERS_BY_FIRST.set(first, [joiner]);
}

/** True when `word` is written at `at` and ends by `end`. */
const writtenAt = (text: string, word: string, at: number, end: number): boolean =>
  at + word.length <= end && text.startsWith(word, at);

/** The length of the first joiner written at `at` (ending by `end`), or 0. */
function joinerLength(text: string, at: number, end: number): number {
  const candidates = JOINERS_BY_FIRST.get(text.charCodeAt(at));
  if (candidates) for (const joiner of candidates) if (writtenAt(text, joiner, at, end)) return joiner.length;
  return 0;
}

/** Where `text[from, to)` goes on past its leading blanks and joiners (at most four joiners). */
function afterLeadingJoiners(text: string, from: number, to: number): number {
  let k = from;
  for (let round = 0; round < 4; round++) {
    while (k < to && isBlank(text.charCodeAt(k))) k++;
    const length = k < to ? joinerLength(text, k, to) : 0;
    if (length === 0) break;
    k += length;
  }
  return k;
}

/** Where `text[from, to)` ends without its trailing blanks and joiners. */
function beforeTrailingJoiners(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && (isBlank(text.charCodeAt(end - 1)) || TRAILING_JOINERS.includes(text[end - 1]!)))
    end--;
  return end;
}

/** `、 ， ,`: trimmed from both ends of a label. */
const isEdgeMark = (c: number): boolean => c === 0x3001 || c === 0xff0c || c === 0x2c;

/** The characters the passes of {@link tidyLabel} act on: blanks and closing brackets (and `、`, looked at apart). */
const TIDY = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (isBlank(c)) TIDY[c] = 1;
for (const c of ')）】」') TIDY[c.charCodeAt(0)] = 1;

/** True when a label holds a blank, a closing bracket, or `、` before `、` or `。`. */
function needsTidying(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (TIDY[c] === 1) return true;
    if (c === 0x3001 /* 、 */) {
      const next = text.charCodeAt(k + 1);
      if (next === 0x3001 || next === 0x3002) return true;
    }
  }
  return false;
}

/** Collapses runs of white space to one space, drops brackets left empty, and trims blanks and commas at both ends. */
export function tidyLabel(text: string): string {
  let s = text;
  // Each pass only when its characters occur (labels are many and short, and most need none).
  if (needsTidying(s)) {
    if (/\s/.test(s)) s = s.replace(/\s+/g, ' ');
    if (/[)）】」]/.test(s)) s = s.replace(/[(（] ?[)）]|【 ?】|「 ?」/g, '');
    if (/、[、。]/.test(s)) s = s.replace(/、+/g, '、').replace(/、。/g, '。');
  }
  // Trimmed by hand: an end-anchored regex would rescan every run of blanks (quadratic).
  let from = 0;
  let to = s.length;
  while (from < to && (isBlank(s.charCodeAt(from)) || isEdgeMark(s.charCodeAt(from)))) from++;
  while (to > from && (isBlank(s.charCodeAt(to - 1)) || isEdgeMark(s.charCodeAt(to - 1)))) to--;
  return from === 0 && to === s.length ? s : s.slice(from, to);
}

/** `text[from, to)` without the commas at its ends: what {@link tidyLabel} makes of a stretch with nothing to tidy. */
function trimmedOfCommas(text: string, from: number, to: number): string {
  let a = from;
  let b = to;
  while (a < b && isEdgeMark(text.charCodeAt(a))) a++;
  while (b > a && isEdgeMark(text.charCodeAt(b - 1))) b--;
  return text.slice(a, b);
}

/**
 * The label `text[from, to)` makes: `tidyLabel(text.slice(from, to))`, found without reading its
 * characters when `tidy` shows that none of them is one `tidyLabel` acts on.
 *
 * @param text - the text
 * @param from - where the label starts
 * @param to - where it ends (no line break in between)
 * @param tidy - the offsets of what `tidyLabel` acts on (`TextMarks.tidy`), when known
 * @returns the label
 */
export function sliceLabel(text: string, from: number, to: number, tidy?: OffsetFinder): string {
  if (tidy && tidy.next(from) >= to) return trimmedOfCommas(text, from, to);
  return tidyLabel(text.slice(from, to));
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
 * @param tidy - the offsets of what `tidyLabel` acts on (`TextMarks.tidy`), when known
 * @returns the label
 */
export function proseLabel(
  original: string,
  start: number,
  end: number,
  dateStart: number,
  dateEnd: number,
  tidy?: OffsetFinder,
): string {
  const afterStart = afterLeadingJoiners(original, dateEnd, end);
  // A date that ends its sentence: the words before it lose the particles that tied them to it.
  const endsSentence = afterStart === end || original.charCodeAt(afterStart) === 0x3002; /* 。 */
  const beforeEnd = endsSentence ? beforeTrailingJoiners(original, start, dateStart) : dateStart;
  if (beforeEnd <= start) return sliceLabel(original, afterStart, end, tidy);
  if (afterStart >= end) return sliceLabel(original, start, beforeEnd, tidy);
  const joined = original.slice(start, beforeEnd) + original.slice(afterStart, end);
  // Nothing to tidy in either part, nor where they meet (、 before 、 or 。): only commas to trim.
  const next = original.charCodeAt(afterStart);
  const meet = original.charCodeAt(beforeEnd - 1) === 0x3001 && (next === 0x3001 || next === 0x3002);
  if (tidy && !meet && tidy.next(start) >= beforeEnd && tidy.next(afterStart) >= end)
    return trimmedOfCommas(joined, 0, joined.length);
  return tidyLabel(joined);
}
