import type { Diagnostic, Span } from '../model/types.js';
import { parseSchedule } from '../schedule/parseSchedule.js';

/**
 * Finds the dated mentions in prose (an item's 取組内容 or 目標): `H28.10策定`,
 * `2020(R2)年12月に策定`, `2025(R7)年度当初における…`, each a {@link Span}
 * labelled with the sentence around it, and what reading them noticed (an
 * era mismatch such as `2020(R3)年時点`).
 *
 * Reads the text with the schedule parser, which dates prose as well as
 * schedule cells; recurrences and undated text are not mentions.
 *
 * @param text - plain text
 * @returns the spans, offsets into `text`, and the diagnostics
 * @example
 * readMentions('公立保育所再編計画（H28.10策定）').spans[0].start
 * //=> '2016-10-01'
 */
export function readMentions(text: string): { spans: Span[]; diagnostics: Diagnostic[] } {
  const { spans, diagnostics } = parseSchedule(text);
  return { spans, diagnostics };
}
