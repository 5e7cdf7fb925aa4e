/**
 * Reading the structure of a JSON text without parsing it: white space, string tokens and whole
 * values passed over by offset. Internal to `plan/` (the JSON plan readers).
 *
 * @module
 */

export const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \
export const COMMA = 0x2c;
const COLON = 0x3a;
export const OPEN_BRACE = 0x7b; // {
export const CLOSE_BRACE = 0x7d; // }
export const OPEN_BRACKET = 0x5b; // [
export const CLOSE_BRACKET = 0x5d; // ]

/** JSON's white space: space, tab, line feed, carriage return. */
const isJsonSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** The offset of the first character at or after `i` that is not JSON white space. */
export function skipSpace(text: string, i: number): number {
  while (i < text.length && isJsonSpace(text.charCodeAt(i))) i++;
  return i;
}

/** One past the closing quote of the string token that opens at `i`, or -1 when it is not closed. */
function skipString(text: string, i: number): number {
  let from = i + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return -1;
    // A quote after an odd number of backslashes is escaped.
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/**
 * One past the end of the value that starts at `i` (a string, an object or array with what it holds,
 * or a number or literal), or -1 when it does not end. Brackets are only counted, not matched:
 * `JSON.parse` of the value's text judges it.
 */
export function skipValue(text: string, i: number): number {
  const n = text.length;
  const first = text.charCodeAt(i);
  if (first === QUOTE) return skipString(text, i);
  if (first === OPEN_BRACE || first === OPEN_BRACKET) {
    let depth = 0;
    for (let j = i; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === QUOTE) {
        const end = skipString(text, j);
        if (end < 0) return -1;
        j = end - 1;
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        depth++;
      } else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 0) {
        return j + 1;
      }
    }
    return -1;
  }
  let j = i;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || isJsonSpace(c)) break;
    j++;
  }
  return j > i ? j : -1;
}

/** The string token `text.slice(from, to)` as the string it stands for, or undefined when JSON would not read it. */
export function readStringToken(text: string, from: number, to: number): string | undefined {
  const token = text.slice(from, to);
  if (!token.includes('\\')) return token.slice(1, -1);
  try {
    return JSON.parse(token) as string;
  } catch {
    return undefined;
  }
}

/**
 * The key of an object member written at `i` (a string token, then `:`), and where its value starts
 * (past white space); `null` when no closed string token and colon are there. `key` is undefined for
 * a token JSON would not read.
 */
export function readMemberKey(
  text: string,
  i: number,
): { key: string | undefined; valueStart: number } | null {
  if (text.charCodeAt(i) !== QUOTE) return null;
  const keyEnd = skipString(text, i);
  if (keyEnd < 0) return null;
  const colon = skipSpace(text, keyEnd);
  if (text.charCodeAt(colon) !== COLON) return null;
  return { key: readStringToken(text, i, keyEnd), valueStart: skipSpace(text, colon + 1) };
}
