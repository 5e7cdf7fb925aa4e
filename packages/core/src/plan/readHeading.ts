/** A 実施方針 (policy) or 施策 (section) heading. */
export type Heading =
  | { kind: 'policy'; number: number; title: string; section?: { number: number; title: string } }
  | { kind: 'section'; number: number; title: string };

const POLICY = /^[■□◆●]?\s*実施方針\s*([0-9０-９]{1,6})\s*[.．:：、]?\s*([\s\S]*)$/;
const SECTION = /^[(（]\s*([0-9０-９]{1,6})\s*[)）]\s*([\s\S]*)$/;
/** A section glued to a policy title: `…組織**(1) 職員の意識・意欲の向上**`. */
const GLUED_SECTION = /\*\*\s*[(（]\s*[0-9０-９]{1,6}\s*[)）]/;

/**
 * Whether the text's first character that is not white space can begin a heading: `■ □ ◆ ●`,
 * `実` (実施方針), `(` `（` (a section) or `*` (emphasis before either). Most lines of a plan begin
 * otherwise and need no regular expression.
 */
function mayBeHeading(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x3000 || (c >= 0x09 && c <= 0x0d)) continue;
    return (
      c === 0x25a0 || // ■
      c === 0x25a1 || // □
      c === 0x25c6 || // ◆
      c === 0x25cf || // ●
      c === 0x5b9f || // 実
      c === 0x28 || // (
      c === 0xff08 || // （
      c === 0x2a || // *
      /\s/.test(text[i]!) // other white space: left to the expressions
    );
  }
  return false;
}

const toNumber = (digits: string): number => Number(digits.normalize('NFKC'));
/** Drops markdown emphasis (`**`) and surrounding space. */
const clean = (s: string): string => s.replace(/\*\*/g, '').trim();

/**
 * Reads a policy heading (`■実施方針1 持続的成長に向けた…`, also without `■`)
 * or a section heading (`(1) 健全な財政の維持`, full-width brackets too).
 *
 * A section glued to a policy's title by the seed's stray markdown emphasis
 * (`■実施方針2 …組織**(1) 職員の意識・意欲の向上**`) is returned as the
 * policy's `section`. `**` is removed from titles.
 *
 * @param text - one cell (the first of a row) or one line
 * @returns the heading, or `null` when the text is neither
 * @example
 * readHeading('■実施方針2 チャレンジ精神と創造性が発揮でき、成長し続ける組織**(1) 職員の意識・意欲の向上**')
 * //=> { kind: 'policy', number: 2, title: 'チャレンジ精神と創造性が発揮でき、成長し続ける組織',
 * //     section: { number: 1, title: '職員の意識・意欲の向上' } }
 * readHeading('(3) 公民連携（PPP）の推進')
 * //=> { kind: 'section', number: 3, title: '公民連携（PPP）の推進' }
 */
export function readHeading(text: string): Heading | null {
  if (!mayBeHeading(text)) return null;
  const trimmed = text.trim().replace(/^\*\*\s*/, '');
  const policy = POLICY.exec(trimmed);
  if (policy) {
    const rest = policy[2]!;
    const glued = GLUED_SECTION.exec(rest);
    if (glued) {
      const section = SECTION.exec(clean(rest.slice(glued.index)));
      if (section) {
        return {
          kind: 'policy',
          number: toNumber(policy[1]!),
          title: clean(rest.slice(0, glued.index)),
          section: { number: toNumber(section[1]!), title: clean(section[2]!) },
        };
      }
    }
    return { kind: 'policy', number: toNumber(policy[1]!), title: clean(rest) };
  }
  const section = SECTION.exec(trimmed);
  if (section) return { kind: 'section', number: toNumber(section[1]!), title: clean(section[2]!) };
  return null;
}
