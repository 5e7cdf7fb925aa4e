import { BLANK_CODE_UNITS, isLineBreak } from './chars.js';

/** Kinds of mark, as {@link MARK_OF} gives them: `0` for a character that is no mark. */
export const LINE_BREAK = 1;
export const SENTENCE_END = 2;
export const HEADING_OPEN = 3;
export const FULL_WIDTH = 4;
export const TIDY = 5;
export const COMMA = 6;

/**
 * Full-width characters the schedule readers read as their half-width forms wherever they
 * look for these (`（ ） ， ： ！ ？ ～` and the ideographic space): text holding no other
 * full-width character reads the same before and after `normalizeText`, and is read as it is.
 */
export const READ_AS_HALF_WIDTH = '（），：！？～\u3000';

/**
 * The mark each UTF-16 code unit is: a line break (`\n \r \v \f` U+2028 U+2029), a sentence end
 * (`。 ! ? ｡ ！ ？`), the `【` that may open a track heading, a character `normalizeText`
 * changes that the readers do not read as it is (full-width ASCII but {@link READ_AS_HALF_WIDTH}),
 * a character `tidyLabel` acts on (a blank inside a line, `) ） 】 」`), or `、` (which `tidyLabel`
 * acts on before `、` or `。`).
 */
export const MARK_OF = new Uint8Array(0x10000);
/** Every code unit given a kind above, some of them given `0` again. */
const touched: number[] = [];
const mark = (code: number, kind: number): void => {
  MARK_OF[code] = kind;
  touched.push(code);
};
for (let c = 0xff01; c <= 0xff5e; c++) mark(c, FULL_WIDTH);
for (const c of READ_AS_HALF_WIDTH) MARK_OF[c.charCodeAt(0)] = 0;
for (let c = 0x0a; c <= 0x0d; c++) mark(c, LINE_BREAK);
mark(0x2028, LINE_BREAK);
mark(0x2029, LINE_BREAK);
for (const c of '。!?｡！？') mark(c.charCodeAt(0), SENTENCE_END);
mark(0x3010, HEADING_OPEN);
for (const c of BLANK_CODE_UNITS) if (!isLineBreak(c)) mark(c, TIDY);
for (const c of ')）】」') mark(c.charCodeAt(0), TIDY);
mark(0x3001, COMMA);

/**
 * Every code unit {@link MARK_OF} gives a kind other than `0`, ascending: for tables built on
 * it without testing all 65,536 code units when the module loads.
 */
export const MARKED_CODE_UNITS: readonly number[] = [...new Set(touched)]
  .filter((c) => MARK_OF[c] !== 0)
  .sort((a, b) => a - b);

/**
 * A list of offsets noted in text order: its first {@link OffsetList.count} items are the
 * current text's. Kept from text to text (a list that only grows), so that noting makes no lists.
 */
export class OffsetList {
  /** The offsets, ascending; items past {@link OffsetList.count} are left from earlier texts. */
  readonly items: number[] = [];
  /** How many of {@link OffsetList.items} are noted. */
  count = 0;

  /** Notes an offset (after every one noted so far). */
  add(offset: number): void {
    this.items[this.count++] = offset;
  }
}

/**
 * Where the line breaks, sentence ends, `【`s and what `tidyLabel` acts on lie in a text, noted
 * by `scanDates` on its one pass over the text, so that nothing after it has to search the text
 * for them again.
 */
export class TextMarks {
  /** Offsets of the line breaks, ascending. */
  readonly lineBreaks = new OffsetList();
  /** Offsets of the sentence ends, ascending. */
  readonly sentenceEnds = new OffsetList();
  /** Offsets of the `【`s, ascending. */
  readonly headingOpens = new OffsetList();
  /**
   * Offsets of what `tidyLabel` acts on inside a line, ascending: blanks, `) ） 】 」`, and `、`
   * before `、` or `。`, outside the expressions found (inside those they are not noted). A label
   * that holds no expression and none of these is only trimmed of commas.
   */
  readonly tidy = new OffsetList();
  /**
   * The text holds a full-width character the readers do not read as it is, at this offset
   * (-1: none): the marks and expressions stop there, and the normalised text is the one to scan.
   */
  fullWidthAt = -1;

  /** Forgets all marks, for another text. */
  reset(): void {
    this.lineBreaks.count = 0;
    this.sentenceEnds.count = 0;
    this.headingOpens.count = 0;
    this.tidy.count = 0;
    this.fullWidthAt = -1;
  }

  /**
   * Notes the mark at `i`.
   *
   * @param text - the text
   * @param kind - the mark ({@link MARK_OF} of the character), not 0
   * @param i - its offset
   * @returns `false` when it is a full-width character (scanning should stop)
   */
  note(text: string, kind: number, i: number): boolean {
    switch (kind) {
      case LINE_BREAK:
        this.lineBreaks.add(i);
        return true;
      case SENTENCE_END:
        this.sentenceEnds.add(i);
        return true;
      case HEADING_OPEN:
        this.headingOpens.add(i);
        return true;
      case TIDY:
        this.tidy.add(i);
        return true;
      case COMMA: {
        const next = text.charCodeAt(i + 1);
        if (next === 0x3001 /* 、 */ || next === 0x3002 /* 。 */) this.tidy.add(i);
        return true;
      }
      default:
        this.fullWidthAt = i;
        return false;
    }
  }

  /**
   * Notes the marks of `text` from `from` to `to` (exclusive).
   *
   * @returns `false` when a full-width character was met (noted up to it)
   */
  noteRange(text: string, from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const kind = MARK_OF[text.charCodeAt(i)]!;
      if (kind !== 0 && !this.note(text, kind, i)) return false;
    }
    return true;
  }
}
