/**
 * The 1-based line of offsets into one text, counted on from the offset asked for before, so that
 * offsets asked for in increasing order read each line break once (an earlier offset counts again
 * from the start). Lines break at `\n` (`\r\n` included).
 *
 * @example
 * const lines = new LineCounter('a\nb\nc');
 * lines.lineAt(0); //=> 1
 * lines.lineAt(4); //=> 3
 * lines.lineAt(2); //=> 2
 */
export class LineCounter {
  readonly #text: string;
  #from = 0;
  #lineAtFrom = 1;

  constructor(text: string) {
    this.#text = text;
  }

  /** The line that holds the character at `offset` (offsets past the end: the last line). */
  lineAt(offset: number): number {
    const text = this.#text;
    if (offset < this.#from) {
      this.#from = 0;
      this.#lineAtFrom = 1;
    }
    let line = this.#lineAtFrom;
    for (let i = text.indexOf('\n', this.#from); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    this.#from = Math.max(this.#from, Math.min(offset, text.length));
    this.#lineAtFrom = line;
    return line;
  }
}
