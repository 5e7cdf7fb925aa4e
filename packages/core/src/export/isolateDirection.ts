/**
 * Direction controls (LRM, RLM, ALM, the embeddings, overrides and isolates) and letters written right to left
 * (Hebrew, Arabic, Syriac, Thaana, N'Ko … and their presentation forms; the right-to-left scripts beyond the BMP).
 */
const DIRECTIONAL =
  /[\u0590-\u08ff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufefc]|[\ud802\ud803\ud83a\ud83b][\udc00-\udfff]/;

/** FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (Unicode's bidirectional algorithm, UAX #9). */
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * Plan text made safe to join with other words in one line: wrapped in an isolate (U+2068 … U+2069) when it
 * holds a direction control or a right-to-left letter, so that it cannot turn the words after it around (a
 * title ending in U+202E made `No.3 …: 2021年度` read backwards after it); returned as it is otherwise, as
 * Japanese plan text is. Where text is shown in an element of its own, CSS `unicode-bidi: isolate` does this
 * instead.
 *
 * @param text - plan text
 * @returns the text, isolated when it needs to be
 * @example
 * isolateDirection('財政の健全化') //=> '財政の健全化'
 * isolateDirection('\u202Eabc') //=> '\u2068\u202Eabc\u2069'
 */
export function isolateDirection(text: string): string {
  return DIRECTIONAL.test(text) ? `${FSI}${text}${PDI}` : text;
}
