import {
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COMMA,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
  readMemberKey,
  readStringToken,
  skipSpace,
  skipValue,
} from './jsonText.js';

/** Where one element of the `items` array lies: `text.slice(start, end)` is its JSON. */
export interface JsonRange {
  start: number;
  end: number;
}

/**
 * Finds, without parsing it, where the elements of a JSON document's top-level `items` array lie,
 * one element at a time, so that a long plan written as JSON can be read an item at a time (each
 * element is then given to `JSON.parse` on its own).
 *
 * The scanner reads JSON's structure only: strings (with their escapes), brackets, commas and
 * colons. It checks what lies between the elements (one comma, white space) and that the document
 * is one object with one `items` key holding an array; anything else ends the scan as `failed`, and
 * the caller reads the document whole. It does not check the elements nor the rest of the document
 * (their own `JSON.parse` does): a document that is not JSON may scan without failing.
 *
 * @example
 * const scanner = new JsonItemsScanner('{"title":"計画","items":[{"serial":1},{"serial":2}]}');
 * scanner.findItems(); //=> true
 * scanner.title; //=> '計画'
 * scanner.nextItem(); //=> { start: 23, end: 35 }
 * scanner.nextItem(); //=> { start: 36, end: 48 }
 * scanner.nextItem(); //=> null
 * scanner.finish(); //=> true ([scanner.arrayStart, scanner.arrayEnd] is [22, 49])
 */
export class JsonItemsScanner {
  readonly #text: string;
  #at = 0;
  /** Whether the top-level object has shown an `items` key. */
  #sawItems = false;
  /** Whether the elements of `items` are being read. */
  #inItems = false;
  /** The top-level `title`, when it is a string written before `items`. */
  title: string | undefined;
  /** The offset of the `[` that opens the `items` array (-1 until found). */
  arrayStart = -1;
  /** One past the `]` that closes the `items` array (-1 until read to its end). */
  arrayEnd = -1;
  /** Whether the document is laid out in a way this scanner does not follow. */
  failed = false;

  constructor(text: string) {
    this.#text = text;
  }

  /**
   * Reads the top-level object up to its `items` array.
   *
   * @returns whether the array was found (and `failed` is false)
   */
  findItems(): boolean {
    const text = this.#text;
    const i = skipSpace(text, 0);
    if (text.charCodeAt(i) !== OPEN_BRACE) return this.#fail();
    this.#at = i + 1;
    if (this.#readMembers() !== 'items') return this.#fail();
    const at = this.#at;
    if (text.charCodeAt(at) !== OPEN_BRACKET) return this.#fail();
    this.arrayStart = at;
    this.#inItems = true;
    this.#at = skipSpace(text, at + 1);
    if (text.charCodeAt(this.#at) === CLOSE_BRACKET) this.#endItems(this.#at);
    return true;
  }

  /** The next element of `items`, or `null` after the last one (or when the scan failed). */
  nextItem(): JsonRange | null {
    if (!this.#inItems) return null;
    const text = this.#text;
    const start = this.#at;
    const end = skipValue(text, start);
    if (end < 0) return this.#failItem();
    let i = skipSpace(text, end);
    const c = text.charCodeAt(i);
    if (c === COMMA) {
      i = skipSpace(text, i + 1);
      // Another element must follow (no trailing comma).
      const next = text.charCodeAt(i);
      if (next === CLOSE_BRACKET || next === COMMA || i >= text.length) return this.#failItem();
      this.#at = i;
    } else if (c === CLOSE_BRACKET) {
      this.#endItems(i);
    } else {
      return this.#failItem();
    }
    return { start, end };
  }

  /**
   * Reads the rest of the top-level object after `items`, which must hold no other `items` key.
   *
   * @returns whether the whole document scanned as one object with one `items` array
   */
  finish(): boolean {
    if (this.failed || this.#inItems || this.arrayEnd < 0) return this.#fail();
    const text = this.#text;
    const i = skipSpace(text, this.#at);
    if (text.charCodeAt(i) === COMMA) {
      this.#at = i + 1;
      return this.#readMembers() === 'end' || this.#fail();
    }
    return this.#closes(i) || this.#fail();
  }

  #endItems(closeAt: number): void {
    this.#inItems = false;
    this.arrayEnd = closeAt + 1;
    this.#at = closeAt + 1;
  }

  /** Whether the top-level object closes at `i`, with nothing but white space after it. */
  #closes(i: number): boolean {
    const text = this.#text;
    return text.charCodeAt(i) === CLOSE_BRACE && skipSpace(text, i + 1) === text.length;
  }

  /**
   * Reads members of the top-level object from `#at` (where a key is due), passing over their
   * values: up to the value of its `items` key (`'items'`, with `#at` on that value), or to the
   * object's end with nothing after it (`'end'`); anything else, or a second `items` key, is `'fail'`.
   */
  #readMembers(): 'items' | 'end' | 'fail' {
    const text = this.#text;
    let i = skipSpace(text, this.#at);
    for (;;) {
      const member = readMemberKey(text, i);
      if (member === null || member.key === undefined) return 'fail';
      const key = member.key;
      i = member.valueStart;
      if (key === 'items') {
        if (this.#sawItems) return 'fail';
        this.#sawItems = true;
        this.#at = i;
        return 'items';
      }
      const valueEnd = skipValue(text, i);
      if (valueEnd < 0) return 'fail';
      if (key === 'title' && !this.#sawItems && text.charCodeAt(i) === QUOTE)
        this.title = readStringToken(text, i, valueEnd);
      i = skipSpace(text, valueEnd);
      if (text.charCodeAt(i) === COMMA) {
        i = skipSpace(text, i + 1);
        continue;
      }
      return this.#closes(i) ? 'end' : 'fail';
    }
  }

  #fail(): false {
    this.failed = true;
    this.#inItems = false;
    return false;
  }

  #failItem(): null {
    this.#fail();
    return null;
  }
}
