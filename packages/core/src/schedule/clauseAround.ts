import { isLineBreak } from './chars.js';

/** Farthest a clause reaches on either side of its date (keeps labels short and the work linear). */
const REACH = 80;

const OPEN = '(（「『［[｛{〈《';
const CLOSE = ')）」』］]｝}〉》';
const isBoundary = (c: string): boolean =>
  (c.length === 1 && '。！？!?、，,;；'.includes(c)) || isLineBreak(c.charCodeAt(0));
const isComma = (c: string): boolean => c.length === 1 && '、，,'.includes(c);

/** Walks right from `from` to the end of the clause; stops after the bracket that closes an annotation. */
function walkRight(text: string, from: number, inBracket: boolean): number {
  let right = from;
  let depth = 0;
  for (let p = from; p < text.length && p - from <= REACH; p++) {
    const c = text[p]!;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) {
      if (depth > 0) depth--;
      else return inBracket ? p + 1 : right;
    } else if (depth === 0 && isBoundary(c)) return right;
    right = p + 1;
  }
  return right;
}

/**
 * The clause around a date in prose: from the previous `、` or `。` (or line start) to the next,
 * skipping whole bracket groups. A date inside brackets (`公立保育所再編計画（H28.10策定）`) takes
 * the words the brackets annotate, up to the bracket before it; a clause that holds little
 * more than the date (`2021(R3)年度から、…`) runs on to the next `、`.
 *
 * @param text - normalised text
 * @param start - where the date starts
 * @param end - where it ends
 * @returns the clause's range, blanks trimmed, at most about 80 characters either side of the date
 */
export function clauseAround(text: string, start: number, end: number): { start: number; end: number } {
  let left = start;
  let depth = 0;
  let inBracket = false;
  for (let p = start - 1; p >= 0 && start - p <= REACH; p--) {
    const c = text[p]!;
    if (CLOSE.includes(c)) {
      if (inBracket && depth === 0) break;
      depth++;
    } else if (OPEN.includes(c)) {
      if (depth > 0) depth--;
      else if (inBracket)
        break; // an outer bracket: the annotation's words end here
      else inBracket = true;
    } else if (depth === 0 && isBoundary(c)) break;
    left = p;
  }
  let right = walkRight(text, end, inBracket);
  // Little but particles after the date: run on past the comma (2024年度までに、…を完了します).
  if (right - end <= 1 && start - left <= 1 && isComma(text[right] ?? ''))
    right = walkRight(text, right + 1, false);
  while (left < right && /\s/.test(text[left]!)) left++;
  while (right > left && /\s/.test(text[right - 1]!)) right--;
  // 及び / 並びに join this clause to the one before: not part of it.
  for (const joiner of ['及び', '並びに'])
    if (text.startsWith(joiner, left) && left + joiner.length < start) left += joiner.length;
  return { start: left, end: right };
}
