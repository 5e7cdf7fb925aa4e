import { blanksTrimmed, BULLETS, isAsciiDigit, isBlank } from './chars.js';

// What each UTF-16 code unit may be in a list marker (bits of KIND): looked up once per character, since the
// readers ask before most dates whether a marker stands there, and the answer is nearly always no.
/** `○ ◯ ● ◆ ◇ ■ □ ・ ※ • * -` (a line's bullets) and `〇 ◎ ▶ ▷ ► ★ ☆`, which plans write as bullets too. */
const BULLET = 1;
/** `① … ⑳ ⑴ … ⒇ ⒈ … ⒛ ❶ … ❿ ➀ … ➓`: a number that is a marker by itself. */
const NUMBER = 2;
/** `( （`: opens a counter in brackets. */
const OPENING = 4;
/** `. ． ) ）`: ends a marker such as `1.`, `2)`, `(3)`. */
const ENDING = 8;
/** `)` `）`: closes a counter in brackets. */
const CLOSING = 16;
/** Digits, ASCII and full-width: count in brackets. */
const DIGIT = 32;
/** `〇 一 … 十`: kanji numerals that count in brackets (`（一）`). */
const KANJI = 64;
/** A Latin letter or katakana: counts in brackets, alone (`(a)`, `（ア）`). */
const LETTER = 128;

const KIND = new Uint8Array(0x10000);
for (const c of `${BULLETS}〇◎▶▷►★☆`) KIND[c.charCodeAt(0)]! |= BULLET;
for (let c = 0x2460; c <= 0x249b; c++) KIND[c] = NUMBER;
for (let c = 0x2776; c <= 0x2793; c++) KIND[c] = NUMBER;
for (const c of '(（') KIND[c.charCodeAt(0)] = OPENING;
for (const c of '.．') KIND[c.charCodeAt(0)] = ENDING;
for (const c of ')）') KIND[c.charCodeAt(0)] = ENDING | CLOSING;
for (let c = 0x30; c <= 0x39; c++) KIND[c] = DIGIT;
for (let c = 0xff10; c <= 0xff19; c++) KIND[c] = DIGIT;
for (const c of '〇一二三四五六七八九十') KIND[c.charCodeAt(0)]! |= KANJI;
for (let c = 0x41; c <= 0x5a; c++) KIND[c] = KIND[c + 0x20] = LETTER;
for (let c = 0x30a1; c <= 0x30f6; c++) KIND[c] = LETTER;

/** What may stand before a number such as `1.` for it to open an item: a blank, `、 ， , ； ; 。`. */
const isBoundary = (c: number): boolean =>
  isBlank(c) || c === 0x3001 || c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || c === 0x3002;

/**
 * The end of a counter in brackets opened at `at` (before `limit`): one or two digits (`(1)`, `（12）`) or kanji
 * numerals (`（一）`), or one Latin letter or katakana (`(a)`, `（ア）`), then the closing bracket; else -1 (`(R3)`,
 * `(仮称)`).
 */
function counterEnd(text: string, at: number, limit: number): number {
  let k = at + 1;
  if (k >= limit) return -1;
  const kind = KIND[text.charCodeAt(k)]! & (DIGIT | KANJI | LETTER);
  if (kind === 0) return -1;
  k++;
  if (kind !== LETTER && k < limit && (KIND[text.charCodeAt(k)]! & kind) !== 0) k++;
  return k < limit && (KIND[text.charCodeAt(k)]! & CLOSING) !== 0 ? k + 1 : -1;
}

/**
 * The end of the list marker written at `at` (before `limit`), or -1 when none is: a bullet (`・`, `○`, `〇`, `●`,
 * `■`, `◆`, `※`, `-` …) not doubled (`〇〇計画` names a plan not yet named), a circled number (`①`), a counter in
 * brackets (`(1)`, `（2）`, `（ア）`, `（一）`), or a number of at most two digits with `.` or `)` (`1.`, `2）`; not
 * `1.5`).
 *
 * @param text - normalised text
 * @param at - where the marker would start
 * @param limit - where it must end by
 * @returns where the marker ends, or -1
 *
 * @example
 * listMarkerEnd('〇令和4年度 制度設計', 0, 10) //=> 1
 * listMarkerEnd('(2)令和5年度 運用', 0, 10)   //=> 3
 * listMarkerEnd('〇〇計画', 0, 4)             //=> -1
 */
export function listMarkerEnd(text: string, at: number, limit: number): number {
  if (at >= limit) return -1;
  const c = text.charCodeAt(at);
  const kind = KIND[c]!;
  if ((kind & BULLET) !== 0) return at + 1 < limit && text.charCodeAt(at + 1) === c ? -1 : at + 1;
  if (kind === NUMBER) return at + 1;
  if (kind === OPENING) return counterEnd(text, at, limit);
  if (!isAsciiDigit(c)) return -1;
  let k = at + 1;
  if (k < limit && isAsciiDigit(text.charCodeAt(k))) k++;
  if (k >= limit || (KIND[text.charCodeAt(k)]! & ENDING) === 0) return -1;
  // 1.5 is a number, not an item.
  return k + 1 < limit && isAsciiDigit(text.charCodeAt(k + 1)) ? -1 : k + 1;
}

/**
 * Where the list marker that opens the item starting at `at` begins, or -1 when no marker is written right before
 * it (blanks may stand between the two): `〇令和4年度 制度設計 〇令和5年度 運用開始`, `① 令和4年度 … ② 令和5年度 …`,
 * `設計（2）令和5年度 …`, `調査・令和5年度 設計`. A number such as `1.` or `2)` opens an item only after a blank, a
 * separator or `from` (`第12)` does not); a bullet, a circled number or a counter in brackets wherever it stands.
 *
 * @param text - normalised text
 * @param at - where the item's first date starts
 * @param from - where the text to look in starts (a marker there needs nothing before it)
 * @returns where the marker starts, or -1
 *
 * @example
 * listMarkerBefore('令和4年度 設計 〇令和5年度 運用', 10, 0) //=> 9
 * listMarkerBefore('令和4年度 設計 令和5年度 運用', 9, 0)    //=> -1
 */
export function listMarkerBefore(text: string, at: number, from: number): number {
  const end = blanksTrimmed(text, from, at);
  // Most dates have none: a marker ends in a bullet, a circled number, `.` or `)`.
  if (end <= from || (KIND[text.charCodeAt(end - 1)]! & (BULLET | NUMBER | ENDING)) === 0) return -1;
  // The longest marker is four characters: `(10)`, `（十二）`.
  for (let m = end - 1; m >= from && m >= end - 4; m--) {
    if (listMarkerEnd(text, m, end) !== end) continue;
    const c = text.charCodeAt(m);
    // The second of a doubled bullet (`〇〇`) is no marker either.
    if ((KIND[c]! & BULLET) !== 0 && m > 0 && text.charCodeAt(m - 1) === c) continue;
    if (!isAsciiDigit(c) || m === from || isBoundary(text.charCodeAt(m - 1))) return m;
    // `2)` of `(2)` or of `12)` opens nothing by itself: the longer marker is looked for.
  }
  return -1;
}
