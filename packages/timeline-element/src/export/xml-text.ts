/** Characters XML 1.0 cannot hold: C0 controls but tab, line feed and return; lone surrogates; U+FFFE, U+FFFF. */
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A text as an XML document can hold it: the characters XML 1.0 forbids (NUL
 * and other control characters, lone surrogates, U+FFFE and U+FFFF) are left
 * out, everything else is kept as it is (pairs of surrogates, such as emoji,
 * included). An exported SVG with plan text passed through it always parses.
 *
 * @param text - any string
 * @returns the string without the characters XML cannot hold
 * @example
 * xmlText('A\u0000B\u001bC😀')
 * //=> 'ABC😀'
 */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '');
}
