import type { Schedule, Source } from '../model/types.js';

/**
 * The stretches of non-blank text that no span, recurrence or note of a schedule covers:
 * empty when nothing was lost. Meant for tests and checks (`expect(findUncovered(text,
 * parseSchedule(text))).toEqual([])`); blanks are what `/\s/` matches.
 *
 * @param text - the text that was parsed
 * @param schedule - what was read from it
 * @returns the uncovered stretches of non-blank characters, in text order
 *
 * @example
 * findUncovered('2021年度：検討 メモ', {
 *   spans: [{ start: '2021-04-01', end: '2022-03-31', startFiscalYear: 2021, endFiscalYear: 2021,
 *     precision: 'fiscal-year', approximate: false, label: '検討', source: { start: 0, end: 9 } }],
 *   recurrences: [], notes: [], diagnostics: [],
 * })
 * //=> [{ start: 10, end: 12 }]
 */
export function findUncovered(text: string, schedule: Schedule): Source[] {
  const covered = new Uint8Array(text.length);
  const mark = (source: Source): void => {
    const from = Math.max(0, source.start);
    const to = Math.min(text.length, source.end);
    covered.fill(1, from, Math.max(from, to));
  };
  for (const span of schedule.spans) mark(span.source);
  for (const recurrence of schedule.recurrences) mark(recurrence.source);
  for (const note of schedule.notes) mark(note.source);
  const gaps: Source[] = [];
  for (let i = 0; i < text.length; i++) {
    if (covered[i] || /\s/.test(text[i]!)) continue;
    const last = gaps[gaps.length - 1];
    if (last && last.end === i) last.end = i + 1;
    else gaps.push({ start: i, end: i + 1 });
  }
  return gaps;
}
