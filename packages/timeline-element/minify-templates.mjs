import ts from 'typescript';

/**
 * Shrinks the static text of the Lit templates in a module (`` html`…` ``,
 * `` svg`…` ``, `` css`…` ``) without changing what they render: in markup,
 * runs of whitespace that hold a line break become one space (HTML renders
 * them as one space anyway; the element renders no template text in
 * preformatted places) and comments go; in CSS, comments go and whitespace is
 * collapsed and dropped around `{ } ; : ,`. Bindings (`${…}`) and everything
 * outside the templates are left exactly as written. The standalone bundle is
 * built with it; esbuild cannot minify template text itself.
 *
 * @param {string} code - a JavaScript or TypeScript module
 * @param {string} [fileName] - its name, for the parser
 * @returns {string} the module with its templates' text minified
 * @example
 * minifyTemplates('html`<p>\n  ${x}\n</p>`', 'a.js')
 * //=> 'html`<p> ${x} </p>`'
 */
export function minifyTemplates(code, fileName = 'module.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  /** @type {{ start: number; end: number; text: string }[]} */
  const edits = [];
  /** @param {import('typescript').Node} node */
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const tag = node.tag.text;
      if (tag === 'html' || tag === 'svg' || tag === 'css') {
        const minify = tag === 'css' ? minifyCss : minifyMarkup;
        const template = node.template;
        const parts = ts.isNoSubstitutionTemplateLiteral(template)
          ? [template]
          : [template.head, ...template.templateSpans.map((span) => span.literal)];
        for (const part of parts) {
          // The raw text between the delimiters: ` or } before, ` or ${ after.
          const start = part.getStart(source) + 1;
          const end = part.getEnd() - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
          const raw = code.slice(start, end);
          const text = minify(raw);
          if (text !== raw) edits.push({ start, end, text });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** @param {string} raw */
function minifyMarkup(raw) {
  return raw.replace(/<!--(?:(?!-->)[\s\S])*-->/g, '').replace(/[ \t]*\n\s*/g, ' ');
}

/** @param {string} raw */
function minifyCss(raw) {
  // Comments go first; then quoted strings (content: '└ ', font names) are kept as written and only the text
  // between them is squeezed.
  return raw
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}
