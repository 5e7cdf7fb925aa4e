/** How much of a row the plan readers quote in a message (a row they could not read): enough to find it by. */
export const QUOTED_ROW_LENGTH = 200;

/**
 * A text cut to at most `max` UTF-16 code units for a message, ending with `…` when it was cut.
 *
 * @param text - the text to quote
 * @param max - the most code units kept
 * @returns the text, or its first `max` code units and `…`
 * @example
 * shortened('導入検討、システム選定', 4)
 * //=> '導入検討…'
 */
export function shortened(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
