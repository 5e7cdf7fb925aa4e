/** How far into a text its opening tag is looked for: past a byte-order mark, blank lines and a comment. */
const LOOK_WITHIN = 512;

/** A web page's opening: its document type or its `<html>` tag, after blanks and comments (`<!-- … -->`). */
const PAGE_START = /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html[\s>])/i;

/**
 * Whether a text is a web page (an HTML document) rather than a plan: it opens with `<!DOCTYPE html>` or
 * `<html>`, after blanks and comments. A server's error or fallback page served for a missing plan file reads
 * so, as does a city's page saved from the browser; the HTML fragments of a plan's cells (`<p>`, `<br>`) do not.
 *
 * @param text - the decoded document
 * @returns `true` for an HTML document
 * @example
 * isWebPage('<!DOCTYPE html>\n<html lang="ja"><head><title>404</title>')
 * //=> true
 * isWebPage('多賀城市役所経営プラン 取組項目一覧\n\n<p>No.1</p>')
 * //=> false
 */
export function isWebPage(text: string): boolean {
  return PAGE_START.test(text.slice(0, LOOK_WITHIN).replace(/^\ufeff/, ''));
}
