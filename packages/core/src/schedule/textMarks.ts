import { append } from './append.js';

/** Kinds of mark, as {@link MARK_OF} gives them: `0` for a character that is no mark. */
export const LINE_BREAK = 1;
export const SENTENCE_END = 2;
export const HEADING_OPEN = 3;
export const FULL_WIDTH = 4;

/**
 * Full-width characters the schedule readers read as their half-width forms wherever they
 * look for these (`（ ） ， ： ！ ？ ～` and the ideographic space): text holding no other
 * full-width character reads the same before and after `normalizeText`, and is read as it is.
 */
export const READ_AS_HALF_WIDTH = '（），：！？～\u3000';

/**
 * The mark each UTF-16 code unit is: a line break (`\n \r \v \f` U+2028 U+2029), a sentence end
 * (`。 ! ? ｡ ！ ？`), the `【` that may open a track heading, or a character `normalizeText`
 * changes that the readers do not read as it is (full-width ASCII but {@link READ_AS_HALF_WIDTH}).
 */
export const MARK_OF = new Uint8Array(0x10000);
for (let c = 0xff01; c <= 0xff5e; c++) MARK_OF[c] = FULL_WIDTH;
for (const c of READ_AS_HALF_WIDTH) MARK_OF[c.charCodeAt(0)] = 0;
for (let c = 0x0a; c <= 0x0d; c++) MARK_OF[c] = LINE_BREAK;
MARK_OF[0x2028] = LINE_BREAK;
MARK_OF[0x2029] = LINE_BREAK;
for (const c of '。!?｡！？') MARK_OF[c.charCodeAt(0)] = SENTENCE_END;
MARK_OF[0x3010] = HEADING_OPEN;

/**
 * Where the line breaks, sentence ends and `【`s of a text lie, noted by `scanDates` on its one
 * pass over the text, so that nothing after it has to search the text for them again.
 */
export class TextMarks {
  /** Offsets of the line breaks, ascending. */
  lineBreaks: number[] = [];
  /** Offsets of the sentence ends, ascending. */
  sentenceEnds: number[] = [];
  /** Offsets of the `【`s, ascending. */
  headingOpens: number[] = [];
  /**
   * The text holds a full-width character the readers do not read as it is, at this offset
   * (-1: none): the marks and expressions stop there, and the normalised text is the one to scan.
   */
  fullWidthAt = -1;

  /**
   * Notes the mark at `i`.
   *
   * @param kind - the mark ({@link MARK_OF} of the character), not 0
   * @param i - its offset
   * @returns `false` when it is a full-width character (scanning should stop)
   */
  note(kind: number, i: number): boolean {
    if (kind === LINE_BREAK) this.lineBreaks = append(this.lineBreaks, i);
    else if (kind === SENTENCE_END) this.sentenceEnds = append(this.sentenceEnds, i);
    else if (kind === HEADING_OPEN) this.headingOpens = append(this.headingOpens, i);
    else {
      this.fullWidthAt = i;
      return false;
    }
    return true;
  }

  /**
   * Notes the marks of `text` from `from` to `to` (exclusive).
   *
   * @returns `false` when a full-width character was met (noted up to it)
   */
  noteRange(text: string, from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const kind = MARK_OF[text.charCodeAt(i)]!;
      if (kind !== 0 && !this.note(kind, i)) return false;
    }
    return true;
  }
}
