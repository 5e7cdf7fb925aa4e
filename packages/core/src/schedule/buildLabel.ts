import {
  BLANK_CODE_UNITS,
  ByCodeUnit,
  isArrow,
  isAsciiDigit,
  isBlank,
  wordAt,
  type OffsetFinder,
} from './chars.js';

/** Particles and marks that tie a date to the rest of its sentence: stripped where label and date meet. */
const LEADING_JOINERS = [
  'および',
  '及び',
  '並びに',
  'までに',
  'まで',
  'にかけて',
  'において',
  'には',
  'にて',
  'から',
  'として',
  'より',
  'に',
  'は',
  'の間に',
  'の',
  'をもって',
  'を',
  'で',
  'も',
  '、',
  '，',
  ',',
  '：',
  ':',
  '／',
  '/',
];
/**
 * `、 ， , ： : → ⇒` and the particles `は を`: stripped from the end of the words before a date that
 * ends its sentence or piece (`計画策定は令和4年度、…` → `計画策定`).
 */
const isTrailingJoiner = (c: number): boolean =>
  c === 0x3001 ||
  c === 0xff0c ||
  c === 0x2c ||
  c === 0xff1a ||
  c === 0x3a ||
  isArrow(c) ||
  c === 0x306f /* は */ ||
  c === 0x3092; /* を */

/** The leading joiners by their first character, in the order they are tried. */
const JOINERS_BY_FIRST = new ByCodeUnit(LEADING_JOINERS, (joiner) => joiner.charCodeAt(0));

/**
 * The length of the first joiner written at `at` (ending by `end`), whose first character `first` is
 * known, or 0.
 */
function joinerLength(text: string, at: number, end: number, first: number): number {
  const candidates = JOINERS_BY_FIRST.get(first);
  if (candidates)
    for (let k = 0; k < candidates.length; k++) {
      const joiner = candidates[k]!;
      if (at + joiner.length <= end && wordAt(text, joiner, at, 1)) return joiner.length;
    }
  return 0;
}

/** Where `text[from, to)` goes on past its leading blanks and joiners (at most four joiners). */
function afterLeadingJoiners(text: string, from: number, to: number): number {
  let k = from;
  for (let round = 0; round < 4; round++) {
    // Each character read once: the one that ends the blanks is the joiner's first.
    let c = text.charCodeAt(k);
    while (k < to && isBlank(c)) c = text.charCodeAt(++k);
    const length = k < to ? joinerLength(text, k, to, c) : 0;
    if (length === 0) break;
    k += length;
  }
  return k;
}

/** Where `text[from, to)` ends without its trailing blanks and joiners. */
function beforeTrailingJoiners(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && (isBlank(text.charCodeAt(end - 1)) || isTrailingJoiner(text.charCodeAt(end - 1))))
    end--;
  return end;
}

/** `、 ， , / ／ → ⇒`: trimmed from both ends of a label. */
const isEdgeMark = (c: number): boolean =>
  c === 0x3001 || c === 0xff0c || c === 0x2c || c === 0x2f || c === 0xff0f || isArrow(c);

/** The characters {@link tidyLabel} may act on: blanks and closing brackets (and `、`, looked at apart). */
const TIDY = new Uint8Array(0x10000);
for (const c of BLANK_CODE_UNITS) TIDY[c] = 1;
for (const c of ')）】」') TIDY[c.charCodeAt(0)] = 2;

/** `( （ 【 「`: what opens a bracket that {@link dropEmptyBrackets} may drop. */
const isOpening = (c: number): boolean => c === 0x28 || c === 0xff08 || c === 0x3010 || c === 0x300c;

// What tidyLabel's passes would change in a label (bits of what tidyNeeds gives).
const BLANKS = 1;
const BRACKETS = 2;
const COMMAS = 4;

/**
 * What {@link tidyNeeds} finds at `k` of the label `text[from, to)`: a run of blanks other than one space
 * ({@link BLANKS}), a closing bracket with only blanks after an opening one ({@link BRACKETS}), `、` before
 * `、` or `。` ({@link COMMAS}), or 0.
 */
function needAt(text: string, from: number, to: number, k: number): number {
  const c = text.charCodeAt(k);
  const kind = TIDY[c]!;
  if (kind === 1) return c !== 0x20 || (k + 1 < to && isBlank(text.charCodeAt(k + 1))) ? BLANKS : 0;
  if (kind === 2) {
    let j = k - 1;
    while (j >= from && isBlank(text.charCodeAt(j))) j--;
    return j >= from && isOpening(text.charCodeAt(j)) ? BRACKETS : 0;
  }
  if (c === 0x3001 /* 、 */ && k + 1 < to) {
    const next = text.charCodeAt(k + 1);
    if (next === 0x3001 || next === 0x3002) return COMMAS;
  }
  return 0;
}

/**
 * Which passes of {@link tidyLabel} a label (`text[from, to)`) needs: the bits {@link needAt} finds in
 * it; 0 when it needs none (most labels).
 */
function tidyNeeds(text: string, from = 0, to = text.length): number {
  let needs = 0;
  for (let k = from; k < to; k++) needs |= needAt(text, from, to, k);
  return needs;
}

/**
 * {@link tidyNeeds} of a label that holds no date, looked for only at the offsets `tidy` gives (`TextMarks.tidy`:
 * every character outside the dates that {@link needAt} may find something at).
 */
function tidyNeedsAt(text: string, from: number, to: number, tidy: OffsetFinder): number {
  let needs = 0;
  for (let k = tidy.next(from); k < to; k = tidy.next(k + 1)) needs |= needAt(text, from, to, k);
  return needs;
}

// The passes of tidyLabel, each by hand in one pass (regexes cost more than the short labels
// they act on), each giving its text back as it is when it changes nothing.

/** `s` with each run of blanks made one space: `s.replace(/\s+/g, ' ')`. */
function collapseBlanks(s: string): string {
  let out = '';
  let copied = 0;
  for (let k = 0; k < s.length; k++) {
    if (!isBlank(s.charCodeAt(k))) continue;
    let end = k + 1;
    while (end < s.length && isBlank(s.charCodeAt(end))) end++;
    if (end - k > 1 || s.charCodeAt(k) !== 0x20) {
      out += s.slice(copied, k) + ' ';
      copied = end;
    }
    k = end - 1;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/** The length of an empty bracket pair at `k` (`()`, `( )`, `（）`, `【】`, `「 」` …), or 0: `/[(（] ?[)）]|【 ?】|「 ?」/`. */
function emptyBracketsAt(s: string, k: number): number {
  const c = s.charCodeAt(k);
  let close: number;
  if (c === 0x28 || c === 0xff08) close = -1;
  else if (c === 0x3010) close = 0x3011;
  else if (c === 0x300c) close = 0x300d;
  else return 0;
  const fits = (d: number): boolean => (close < 0 ? d === 0x29 || d === 0xff09 : d === close);
  if (s.charCodeAt(k + 1) === 0x20 && fits(s.charCodeAt(k + 2))) return 3;
  return fits(s.charCodeAt(k + 1)) ? 2 : 0;
}

/** `s` without brackets left empty: `s.replace(/[(（] ?[)）]|【 ?】|「 ?」/g, '')`. */
function dropEmptyBrackets(s: string): string {
  let out = '';
  let copied = 0;
  for (let k = 0; k < s.length; k++) {
    const length = emptyBracketsAt(s, k);
    if (length === 0) continue;
    out += s.slice(copied, k);
    copied = k + length;
    k = copied - 1;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/** `s` with each run of `、` made one, and none before `。`: `s.replace(/、+/g, '、').replace(/、。/g, '。')`. */
function collapseCommas(s: string): string {
  let out = '';
  let copied = 0;
  for (let k = 0; k < s.length; k++) {
    if (s.charCodeAt(k) !== 0x3001) continue;
    let end = k + 1;
    while (s.charCodeAt(end) === 0x3001) end++;
    const keep = s.charCodeAt(end) === 0x3002 ? 0 : 1;
    if (end - k > keep) {
      out += s.slice(copied, k + keep);
      copied = end;
    }
    k = end - 1;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/** Collapses runs of white space to one space, drops brackets left empty, and trims blanks and commas at both ends. */
export function tidyLabel(text: string): string {
  let s = text;
  // Each pass only when its characters occur (labels are many and short, and most need none).
  const needs = tidyNeeds(s);
  if (needs !== 0) {
    if ((needs & BLANKS) !== 0) s = collapseBlanks(s);
    if ((needs & BRACKETS) !== 0) s = dropEmptyBrackets(s);
    // Dropping brackets may bring two 、 together.
    if ((needs & (BRACKETS | COMMAS)) !== 0) s = collapseCommas(s);
  }
  // Trimmed by hand: an end-anchored regex would rescan every run of blanks (quadratic).
  let from = 0;
  let to = s.length;
  while (from < to && (isBlank(s.charCodeAt(from)) || isEdgeMark(s.charCodeAt(from)))) from++;
  while (to > from && (isBlank(s.charCodeAt(to - 1)) || isEdgeMark(s.charCodeAt(to - 1)))) to--;
  return from === 0 && to === s.length ? s : s.slice(from, to);
}

/** `text[from, to)` without the blanks and commas at its ends: what {@link tidyLabel} makes of a stretch that needs no pass. */
function trimmed(text: string, from: number, to: number): string {
  let a = from;
  let b = to;
  while (a < b && (isBlank(text.charCodeAt(a)) || isEdgeMark(text.charCodeAt(a)))) a++;
  while (b > a && (isBlank(text.charCodeAt(b - 1)) || isEdgeMark(text.charCodeAt(b - 1)))) b--;
  return text.slice(a, b);
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
  // Most labels with a blank or a bracket need no pass either: then only their ends are trimmed.
  const needs = tidy ? tidyNeedsAt(text, from, to, tidy) : tidyNeeds(text, from, to);
  if (needs === 0) return trimmed(text, from, to);
  return tidyLabel(text.slice(from, to));
}

/** The closing bracket that pairs with the opening one `c` (`（` → `）`, `【` → `】`, `「` → `」`), or 0. */
function closingOf(c: number): number {
  switch (c) {
    case 0x28:
      return 0x29;
    case 0xff08:
      return 0xff09;
    case 0x3010:
      return 0x3011;
    case 0x300c:
      return 0x300d;
    default:
      return 0;
  }
}

/** Whether `c` closes a bracket {@link closingOf} pairs. */
const isClosing = (c: number): boolean => c === 0x29 || c === 0xff09 || c === 0x3011 || c === 0x300d;

/**
 * Where the bracket opened at `k` of `s` closes, or -1 (brackets inside it counted).
 */
function closeOf(s: string, k: number): number {
  const open = s.charCodeAt(k);
  const close = closingOf(open);
  let depth = 0;
  for (let q = k; q < s.length; q++) {
    const c = s.charCodeAt(q);
    if (c === open) depth++;
    else if (c === close && --depth === 0) return q;
  }
  return -1;
}

/**
 * A label of words the date was cut out of, with its brackets made whole: one that encloses all of it goes
 * (`（次回は）` → `次回は`), and so does one left without its pair at either end (`（調査` → `調査`, `実施）` →
 * `実施`; not one that numbers, `第2)`), and a `：` left before a closing one (`見直し（次回：）` → `見直し（次回）`).
 * Most labels start and end with none, and are returned as they are.
 *
 * @example
 * wholeBrackets('（次回：）'); //=> '次回'
 */
export function wholeBrackets(label: string): string {
  let s = label;
  let n = s.length;
  if (n === 0 || (closingOf(s.charCodeAt(0)) === 0 && !isClosing(s.charCodeAt(n - 1)))) return s;
  const beforeLast = s.charCodeAt(n - 2);
  if (isClosing(s.charCodeAt(n - 1)) && (beforeLast === 0xff1a || beforeLast === 0x3a)) {
    s = s.slice(0, n - 2) + s[n - 1]!;
    n--;
  }
  if (closingOf(s.charCodeAt(0)) !== 0) {
    const close = closeOf(s, 0);
    if (close === n - 1) return s.slice(1, n - 1).trim();
    if (close < 0) return wholeBrackets(s.slice(1).trim());
  }
  const last = s.charCodeAt(n - 1);
  // After a digit, a closing bracket numbers (`第2)`, `2)`): it is words of the label.
  if (isClosing(last) && !isAsciiDigit(s.charCodeAt(n - 2))) {
    // Closed by nothing opened before it: the last opening of its kind closes earlier, or there is none.
    let depth = 0;
    for (let q = n - 1; q >= 0; q--) {
      const c = s.charCodeAt(q);
      if (c === last) depth++;
      else if (closingOf(c) === last && --depth === 0) return s;
    }
    return s.slice(0, n - 1).trim();
  }
  return s;
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
  // A date that ends its sentence (or the bracket it is written in: `（次回は令和6年度）`): the words before it lose
  // the particles that tied them to it.
  let rest = afterStart;
  while (rest < end && isClosing(original.charCodeAt(rest))) rest++;
  const endsSentence = rest === end || original.charCodeAt(rest) === 0x3002; /* 。 */
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
