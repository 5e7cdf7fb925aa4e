/** A line of a document: where it starts and ends (before its line break), and its 1-based number. */
export interface TextLine {
  start: number;
  end: number;
  number: number;
}

/**
 * The lines of a document that hold something, in order: lines of nothing but blanks and commas (a
 * spreadsheet's empty row, `,,,,`) are passed over. A line ends at `\n`, and a `\r` before it is left out.
 * Lines are found one at a time, as they are asked for: a reader that needs the first few looks at no more.
 *
 * @param text - the document
 * @returns the lines that hold something
 * @example
 * [...filledLines('title,,\n,,,\r\nno,title\r\n')].map((l) => l.number) //=> [1, 3]
 */
export function* filledLines(text: string): Generator<TextLine, void, undefined> {
  for (let start = 0, number = 1; start <= text.length; number++) {
    const found = text.indexOf('\n', start);
    const next = found < 0 ? text.length : found;
    const end = next > start && text.charCodeAt(next - 1) === 0x0d /* \r */ ? next - 1 : next;
    if (/[^\s,]/.test(text.slice(start, end))) yield { start, end, number };
    if (found < 0) return;
    start = found + 1;
  }
}
