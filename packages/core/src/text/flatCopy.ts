/**
 * A new string equal to `text`, held in memory of its own: for code that reads a long text character by
 * character, many times over.
 *
 * Engines keep many strings as references to other memory. V8 keeps a slice of 13 characters or more (what
 * `slice`, `substring`, `split` and `trim` give) as a reference into the string it was cut from, and Chromium
 * hands pages the text of `fetch`, `File.text()` and form fields as strings whose characters live outside the
 * engine's heap. Each `charCodeAt` on such a string goes through the reference first. The copy costs one
 * allocation and one pass over the characters; whether that pays depends on how often they are read after it
 * (see `parseSchedule`).
 *
 * @param text - any string
 * @returns a string equal to `text` (`text` itself when it is shorter than two code units)
 *
 * @example
 * const cell = plan.slice(120, 220);
 * flatCopy(cell) === cell; //=> true (the same characters, read without going through `plan`)
 */
export function flatCopy(text: string): string {
  if (text.length < 2) return text;
  // Joined, two pieces make a string of their own; concatenated, they would make one more reference.
  return [text.slice(0, 1), text.slice(1)].join('');
}
