import type { Note, Source } from '../model/types.js';
import { append, NONE } from './append.js';
import { blanksSkipped, blanksTrimmed, LineBreaks, type OffsetFinder } from './chars.js';

/**
 * Notes for every stretch of text that no source covers: the words with no date, kept.
 * Each maximal uncovered stretch becomes one note per line, trimmed of blanks.
 *
 * @param original - the original text (note texts are taken from it)
 * @param normal - the normalised text (blanks are found in it)
 * @param sources - what spans, recurrences and headings already cover
 * @param breaks - finds the line breaks of `normal` (searched for when not given)
 * @param count - how many of `sources` to look at (the first ones; default all)
 * @returns the notes, in text order
 */
export function fillNotes(
  original: string,
  normal: string,
  sources: readonly Source[],
  breaks: OffsetFinder = new LineBreaks(normal),
  count = sources.length,
): Note[] {
  let ordered = true;
  for (let k = 1; k < count && ordered; k++) if (sources[k]!.start < sources[k - 1]!.start) ordered = false;
  const sorted = ordered ? sources : sources.slice(0, count).sort((a, b) => a.start - b.start);
  // Started from the shared empty list (append never adds to it): a text with notes makes no empty list first.
  let notes: Note[] = NONE;
  let pos = 0;
  for (let k = 0; k < count; k++) {
    const source = sorted[k]!;
    if (source.start > pos) notes = addNotes(notes, original, normal, breaks, pos, source.start);
    pos = Math.max(pos, source.end);
  }
  if (pos < normal.length) notes = addNotes(notes, original, normal, breaks, pos, normal.length);
  return notes === NONE ? [] : notes;
}

/** Adds a note for each line of `from`–`to` that holds more than blanks, trimmed; returns the list to keep. */
function addNotes(
  notes: Note[],
  original: string,
  normal: string,
  breaks: OffsetFinder,
  from: number,
  to: number,
): Note[] {
  let list = notes;
  let s = from;
  while (s < to) {
    // One note per line.
    const lineEnd = Math.min(breaks.next(s), to);
    const a = blanksSkipped(normal, s, lineEnd);
    const b = blanksTrimmed(normal, a, lineEnd);
    if (a < b) list = append(list, { text: original.slice(a, b), source: { start: a, end: b } });
    s = lineEnd + 1;
  }
  return list;
}
