/**
 * Block-level elements: each starts and ends a line of text.
 */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
]);

/** Elements whose content is never text for a reader: dropped whole. */
const RAW = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'svg',
  'math',
  'textarea',
  'title',
]);

/** The next offset of `char` at or after `from`, or the text's length. */
function indexOrEnd(text: string, char: string, from: number): number {
  const found = text.indexOf(char, from);
  return found < 0 ? text.length : found;
}

/** What collapses to one space: space, tab, line breaks, form feed, NBSP. */
const isCollapsible = (c: number): boolean =>
  c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0xa0;

/** `A-Z a-z 0-9 -`: what a tag name is made of here. */
const isNameChar = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d;

/** Cells of a table row: separated by a space. */
const CELL = new Set(['td', 'th']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  middot: '·',
  bull: '•',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  times: '×',
  divide: '÷',
  yen: '¥',
  deg: '°',
  plusmn: '±',
  sect: '§',
  para: '¶',
  larr: '←',
  rarr: '→',
  uarr: '↑',
  darr: '↓',
  harr: '↔',
  rArr: '⇒',
  lArr: '⇐',
  hArr: '⇔',
  minus: '−',
  le: '≤',
  ge: '≥',
  ne: '≠',
  cent: '¢',
  pound: '£',
  euro: '€',
  shy: '',
};

const isAsciiLetter = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isHtmlSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';

/**
 * Reads an entity starting at `text[i] === '&'`.
 * @returns the decoded text and the index after the entity, or `null` when
 *   it is not an entity (the `&` is then plain text).
 */
function readEntity(text: string, i: number): { value: string; next: number } | null {
  const semi = text.indexOf(';', i + 1);
  if (semi < 0 || semi - i > 12) return null;
  const body = text.slice(i + 1, semi);
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const digits = hex ? body.slice(2) : body.slice(1);
    if (!(hex ? /^[0-9a-fA-F]{1,8}$/ : /^[0-9]{1,9}$/).test(digits)) return null;
    const code = Number.parseInt(digits, hex ? 16 : 10);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return { value: valid ? String.fromCodePoint(code) : '\ufffd', next: semi + 1 };
  }
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(body)) return null;
  const value = NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()];
  return value === undefined ? null : { value, next: semi + 1 };
}

/** Index just past the `>` closing a tag that starts at `i`, honouring quoted attribute values; -1 if none. */
function tagEnd(text: string, i: number): number {
  let quote = '';
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      // Quotes open only inside the tag's attributes (after `=`, possibly with spaces).
      let k = j - 1;
      while (k > i && isHtmlSpace(text[k]!)) k--;
      if (text[k] === '=') quote = c;
    } else if (c === '>') {
      return j + 1;
    } else if (c === '<') {
      return -1;
    }
  }
  return -1;
}

/**
 * Turns an HTML fragment (a spreadsheet cell, a pasted paragraph) into plain
 * text without a DOM.
 *
 * A small, tolerant tokenizer: paragraphs, `<br>` and other blocks become line
 * breaks, each `<li>` becomes a line starting with `・` (unless it already
 * starts with a bullet), table cells are separated by a space, runs of white
 * space collapse to one space and each line is trimmed, character references
 * (`&amp;`, `&#12354;`, `&#x3042;`) are decoded, and comments and the contents
 * of `script`, `style` and similar elements are dropped. Broken markup never
 * throws: an unterminated tag is kept as text.
 *
 * The result never contains markup: a `<` that would open a tag, comment or
 * declaration (`<` followed by a letter, `/`, `!` or `?`), whether it came
 * from a stray `<` or from a decoded `&lt;`, is written as the full-width `＜`,
 * so the text stays readable and no HTML reader would take it for a tag.
 *
 * With `keepIndent`, a line after the first that starts with full-width spaces
 * (U+3000, an indent written in the text, not the white space of markup) keeps
 * them: `<p>令和3年度：調査</p><p>　　結果の分析</p>` gives `令和3年度：調査\n　　結果の分析`.
 *
 * @param html - the fragment; any string
 * @param options - `keepIndent`: keep the full-width spaces lines after the first start with
 * @returns plain text, lines separated by `\n`, with no blank lines and no
 *   leading or trailing white space (but a kept indent)
 * @example
 * htmlToText('<p>方針</p> <ul style="list-style-type: none"><li>印刷物</li><li>封筒</li></ul>')
 * //=> '方針\n・印刷物\n・封筒'
 * htmlToText('A&amp;B<br>R3&#x5E74;')
 * //=> 'A&B\nR3年'
 */
export function htmlToText(html: string, options?: { keepIndent?: boolean }): string {
  const keepIndent = options?.keepIndent === true;
  let out = '';
  let line = '';
  let item = false;
  let pendingSpace = false;

  const pushText = (s: string, from: number, to: number): void => {
    // Runs of white space (and NBSP) collapse to one space, written only between words of a line.
    let k = from;
    while (k < to) {
      if (isCollapsible(s.charCodeAt(k))) {
        pendingSpace = true;
        k++;
        continue;
      }
      let wordEnd = k + 1;
      while (wordEnd < to && !isCollapsible(s.charCodeAt(wordEnd))) wordEnd++;
      if (pendingSpace && line !== '') line += ' ';
      pendingSpace = false;
      line += s.slice(k, wordEnd);
      k = wordEnd;
    }
  };
  /** Ends the line: trimmed (but a kept indent), a list item's with a bullet, and written unless blank. */
  const breakLine = (): void => {
    if (line !== '') {
      // White space of markup never starts a line (see pushText): what may is written in the text (U+3000).
      const t = keepIndent && out !== '' && !item ? line.trimEnd() : line.trim();
      const written = item && !BULLET_START.test(t) ? `・${t}` : t;
      if (written !== '') out = out === '' ? written : `${out}\n${written}`;
    }
    line = '';
    item = false;
    pendingSpace = false;
  };
  const n = html.length;
  let i = 0;
  let textStart = 0;
  const flushText = (end: number): void => {
    if (end > textStart) pushText(html, textStart, end);
  };
  // The next < and & at or after a position (n when none), each searched again only once passed.
  let nextLt = -1;
  let nextAmp = -1;

  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 0x26) {
      // &
      const entity = readEntity(html, i);
      if (entity) {
        flushText(i);
        pushText(entity.value, 0, entity.value.length);
        i = entity.next;
        textStart = i;
        continue;
      }
      i++;
      continue;
    }
    if (c !== 0x3c) {
      // not <
      if (nextLt <= i) nextLt = indexOrEnd(html, '<', i + 1);
      if (nextAmp <= i) nextAmp = indexOrEnd(html, '&', i + 1);
      i = Math.min(nextLt, nextAmp);
      continue;
    }
    const next = html[i + 1] ?? '';
    if (html.startsWith('<!--', i)) {
      flushText(i);
      const close = html.indexOf('-->', i + 4);
      i = close < 0 ? n : close + 3;
      textStart = i;
      continue;
    }
    const closing = next === '/';
    const nameStart = closing ? i + 2 : i + 1;
    const first = html[nameStart] ?? '';
    if (!isAsciiLetter(first) && next !== '!' && next !== '?') {
      i++;
      continue;
    }
    const end = tagEnd(html, i);
    if (end < 0) {
      // Not a complete tag: leave it as text (neutralised below).
      i++;
      continue;
    }
    flushText(i);
    let k = nameStart;
    while (k < end && isNameChar(html.charCodeAt(k))) k++;
    const name = html.slice(nameStart, k).toLowerCase();
    i = end;
    textStart = i;
    if (next === '!' || next === '?') continue;
    if (!closing && RAW.has(name)) {
      const closer = new RegExp(`</${name}`, 'ig');
      closer.lastIndex = i;
      const close = closer.exec(html)?.index ?? -1;
      if (close < 0) {
        i = n;
      } else {
        const after = tagEnd(html, close);
        i = after < 0 ? n : after;
      }
      textStart = i;
      continue;
    }
    if (name === 'br') {
      breakLine();
    } else if (name === 'li') {
      breakLine();
      item = !closing;
    } else if (BLOCK.has(name)) {
      breakLine();
    } else if (CELL.has(name)) {
      pendingSpace = true;
    }
  }
  flushText(n);
  breakLine();

  return out.includes('<') ? out.replace(/<(?=[A-Za-z/!?])/g, '＜') : out;
}

/** A line that already starts with a bullet gets none from its `<li>`. */
const BULLET_START = /^[・•●◦‧∙\-*]/;
