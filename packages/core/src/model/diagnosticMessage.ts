import type { Diagnostic } from './types.js';

/** The languages a diagnostic's sentence is written in. */
export type MessageLang = 'en' | 'ja';

/**
 * A diagnostic's sentence in a language: `messageJa` for Japanese (the English `message` when the
 * diagnostic has no Japanese one, as one from a plan's JSON may not), `message` for English.
 *
 * @param diagnostic - the diagnostic
 * @param lang - `'en'` or `'ja'`
 * @returns the sentence
 * @example
 * const [d] = parsePlan('').diagnostics;
 * diagnosticMessage(d, 'ja');
 * //=> '計画の項目が見つかりませんでした。…'
 */
export function diagnosticMessage(
  diagnostic: Pick<Diagnostic, 'message' | 'messageJa'>,
  lang: MessageLang,
): string {
  return lang === 'ja' ? (diagnostic.messageJa ?? diagnostic.message) : diagnostic.message;
}
