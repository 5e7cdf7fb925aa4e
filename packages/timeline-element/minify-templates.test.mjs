// node --test minify-templates.test.mjs: the template minifier the standalone build runs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { minifyTemplates } from './minify-templates.mjs';

test('collapses line breaks and indentation in markup to one space and keeps bindings as written', () => {
  const code =
    'const t = html`<div\n    class=${a}\n    part="row"\n  >\n    ${b ? html`<span>\n  ${b}\n</span>` : nothing}\n  </div>`;';
  assert.equal(
    minifyTemplates(code),
    'const t = html`<div class=${a} part="row" > ${b ? html`<span> ${b} </span>` : nothing} </div>`;',
  );
});

test('drops comments in markup but keeps spaces on one line, plain templates and code outside templates', () => {
  const code = 'const s = `a\n  b`;\nconst t = svg`<!-- a note --><text>2021  R3</text>`; // html`x\n y`';
  assert.equal(
    minifyTemplates(code),
    'const s = `a\n  b`;\nconst t = svg`<text>2021  R3</text>`; // html`x\n y`',
  );
});

test('squeezes CSS but keeps descendant combinators, calc spacing and quoted strings', () => {
  const code =
    "css`\n  /* rows: don't */\n  .row .title::before {\n    content: '└ ';\n    width: calc(100% - 2px);\n  }\n  @media (prefers-color-scheme: dark) {\n    :host([theme='auto']) { font-family: 'Noto Sans JP', sans-serif; }\n  }\n`";
  assert.equal(
    minifyTemplates(code),
    "css`.row .title::before{content:'└ ';width:calc(100% - 2px)}@media (prefers-color-scheme:dark){:host([theme='auto']){font-family:'Noto Sans JP',sans-serif}}`",
  );
});

test('leaves templates with other tags alone', () => {
  const code = 'const q = sql`select\n  1`;';
  assert.equal(minifyTemplates(code), code);
});

test("shrinks the element's own styles and keeps every rule", () => {
  const code = readFileSync(new URL('./src/plan-timeline/plan-timeline.styles.ts', import.meta.url), 'utf8');
  const out = minifyTemplates(code);
  assert.ok(out.length < code.length * 0.8, `${out.length} of ${code.length}`);
  const count = (s, c) => s.split(c).length - 1;
  assert.equal(count(out, '{'), count(code.replace(/\/\*[\s\S]*?\*\//g, ''), '{'));
  assert.ok(out.includes(".row.track .title::before{content:'└ '}"));
});
