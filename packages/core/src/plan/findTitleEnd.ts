/** A character as compared: NFKC (full-width brackets are half-width), no white space. */
const comparable = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

/**
 * Finds where a known title ends at the start of a text that runs the title
 * and the content together (the seed's No.15–19: `指定管理者制度の活用・検証
 * 事業の質を確保しながら…`). Width and white space do not matter:
 * `市庁舎の耐震化（防災拠点…）` matches `市庁舎の耐震化 (防災拠点…)`.
 *
 * @param text - the merged text
 * @param title - the title, as the plan's index gives it
 * @returns the offset in `text` just past the title, or -1 when `text` does not start with it
 * @example
 * findTitleEnd('指定管理者制度の活用・検証 事業の質を確保しながら', '指定管理者制度の活用・検証')
 * //=> 13
 */
export function findTitleEnd(text: string, title: string): number {
  const target = comparable(title);
  if (target === '') return -1;
  let matched = '';
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    i += ch.length;
    matched += comparable(ch);
    if (matched === target) return i;
    if (!target.startsWith(matched)) return -1;
  }
  return -1;
}
