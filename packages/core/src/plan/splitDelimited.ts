import type { Diagnostic, Source } from '../model/types.js';

/** One record (row) of a CSV or TSV text. */
export interface DelimitedRecord {
  /** The cells, unquoted (`""` read as `"`). */
  cells: string[];
  /**
   * Where each cell lies in the text, quotes included: cell `k` from `places[2k]` to
   * `places[2k + 1]` (numbers rather than an object per cell; see {@link cellPlace}).
   */
  places: number[];
  /** 1-based line on which the record starts. */
  line: number;
  /** The record's extent in the text, without its line break. */
  source: Source;
}

/**
 * Where a record's cell lies in the text, quotes included.
 *
 * @param record - a record {@link splitDelimited} read
 * @param i - the cell's index
 * @returns its place, a new object; `undefined` when the record has no such cell
 * @example
 * cellPlace(splitDelimited('ab,"c"', ',').records[0], 1)
 * //=> { start: 3, end: 6 }
 */
export function cellPlace(record: DelimitedRecord, i: number): Source | undefined {
  const start = record.places[2 * i];
  return start === undefined ? undefined : { start, end: record.places[2 * i + 1]! };
}

/**
 * Splits CSV or TSV text into records, following RFC 4180: cells separated by
 * the delimiter, records by CRLF, LF or CR; a cell starting with `"` is quoted
 * and may hold delimiters, line breaks and `""` for a quote.
 *
 * Tolerant: text after a closing quote is kept in the cell (warning
 * `'malformed-quote'`); a quote that never closes is reported (error
 * `'unclosed-quote'` with its line) and the cell is read again as unquoted
 * text, so the rows after it are not swallowed. A final line break does not
 * make an empty record. Runs in time linear in the text; never throws.
 *
 * @param text - the text, without a byte-order mark
 * @param delimiter - `','` or `'\t'` (any one UTF-16 unit)
 * @returns the records and what was malformed
 * @example
 * splitDelimited('no,title\r\n1,"a, ""b""\nc"\r\n', ',').records.map((r) => r.cells)
 * //=> [['no', 'title'], ['1', 'a, "b"\nc']]
 */
export function splitDelimited(
  text: string,
  delimiter: string,
): { records: DelimitedRecord[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  return { records: [...delimitedRecords(text, delimiter, diagnostics)], diagnostics };
}

/**
 * {@link splitDelimited} a record at a time: yields each record as soon as it is read, and
 * adds what was malformed in it to `diagnostics` before yielding it. Lets a reader show the
 * first rows of a long file before the rest is split.
 *
 * @param text - the text, without a byte-order mark
 * @param delimiter - `','` or `'\t'` (any one UTF-16 unit)
 * @param diagnostics - where quoting problems are added, in text order
 * @returns a generator of the records
 * @example
 * const records = delimitedRecords('no,title\n1,a\n', ',', []);
 * records.next().value.cells
 * //=> ['no', 'title']
 */
export function* delimitedRecords(
  text: string,
  delimiter: string,
  diagnostics: Diagnostic[],
): Generator<DelimitedRecord, void, undefined> {
  const n = text.length;
  let i = 0;
  let line = 1;

  while (i < n) {
    const record: DelimitedRecord = { cells: [], places: [], line, source: { start: i, end: i } };
    for (;;) {
      const cellStart = i;
      let value = '';
      let done = false;
      if (text[i] === '"') {
        let j = i + 1;
        let lines = 0;
        let closed = false;
        let chunkStart = j;
        while (j < n) {
          const c = text[j];
          if (c === '"') {
            if (text[j + 1] === '"') {
              value += text.slice(chunkStart, j + 1);
              j += 2;
              chunkStart = j;
              continue;
            }
            value += text.slice(chunkStart, j);
            closed = true;
            j++;
            break;
          }
          if (c === '\n' || (c === '\r' && text[j + 1] !== '\n')) lines++;
          j++;
        }
        if (closed) {
          line += lines;
          i = j;
          let tail = '';
          while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') tail += text[i++];
          if (tail) {
            diagnostics.push({
              code: 'malformed-quote',
              severity: 'warning',
              message: `Text after a closing quote was kept in the cell: ${JSON.stringify(tail.slice(0, 40))}.`,
              messageJa: `閉じる引用符の後の文字をセルに残しました：「${tail.slice(0, 40)}」。`,
              source: { start: cellStart, end: i },
              line,
            });
            value += tail;
          }
          done = true;
        } else {
          diagnostics.push({
            code: 'unclosed-quote',
            severity: 'error',
            message:
              'A quoted cell is never closed; it was read as unquoted text up to the next delimiter or line break.',
            messageJa:
              '引用符で始まるセルが閉じていません。次の区切りか改行までを引用符なしの文字として読みました。',
            source: { start: cellStart, end: n },
            line,
          });
          value = '';
        }
      }
      if (!done) {
        let j = i;
        while (j < n && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') j++;
        value = text.slice(i, j);
        i = j;
      }
      record.cells.push(value);
      record.places.push(cellStart, i);
      if (i < n && text[i] === delimiter) {
        i++;
        continue;
      }
      record.source.end = i;
      if (text[i] === '\r') i += text[i + 1] === '\n' ? 2 : 1;
      else if (text[i] === '\n') i++;
      line++;
      break;
    }
    yield record;
  }
}
