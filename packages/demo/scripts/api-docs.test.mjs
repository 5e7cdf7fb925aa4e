import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { END, START, renderApiDocs, replaceSection } from './api-docs.mjs';

// A hand-written manifest in the analyzer's shape, one of each kind of entry.
const manifest = {
  schemaVersion: '1.0.0',
  modules: [
    { kind: 'javascript-module', path: 'src/util.ts', declarations: [{ kind: 'function', name: 'helper' }] },
    {
      kind: 'javascript-module',
      path: 'src/x-demo.ts',
      declarations: [
        {
          kind: 'class',
          name: 'XDemo',
          tagName: 'x-demo',
          customElement: true,
          summary: 'Shows a | pipe.',
          attributes: [
            {
              name: 'group-by',
              fieldName: 'groupBy',
              type: { text: "'item' | 'department'" },
              default: "'item'",
              description: 'How rows\nare grouped.',
            },
          ],
          members: [
            { kind: 'field', name: 'groupBy', type: { text: 'string' } },
            { kind: 'field', name: 'plan', type: { text: 'Plan | null' }, description: 'The plan.' },
            { kind: 'field', name: 'state', readonly: true, type: { text: 'string' } },
            { kind: 'field', name: 'secret', privacy: 'private' },
            { kind: 'field', name: 'styles', static: true },
            {
              kind: 'method',
              name: 'zoomTo',
              parameters: [
                { name: 'start', type: { text: 'string' } },
                { name: 'end', optional: true },
              ],
              return: { type: { text: 'void' } },
              description: 'Zooms.',
            },
          ],
          events: [
            { name: 'plan-select', type: { text: 'PlanSelectEvent' }, description: 'An item was chosen.' },
          ],
          slots: [{ name: '', description: 'Inline plan.' }],
          cssParts: [{ name: 'bar', description: 'A span.' }],
          cssProperties: [{ name: '--plan-row-height', default: '28px', description: 'Row height.' }],
        },
      ],
    },
  ],
};

describe('api-docs', () => {
  const docs = renderApiDocs(manifest);

  it('names the element and lists every kind of entry', () => {
    assert.match(docs, /^### `<x-demo>` \(`XDemo`\)/);
    for (const heading of [
      'Attributes',
      'Properties',
      'Methods',
      'Events',
      'Slots',
      'CSS parts',
      'CSS custom properties',
    ]) {
      assert.match(docs, new RegExp(`^#### ${heading}$`, 'm'));
    }
    assert.match(docs, /\| `--plan-row-height` \| `28px` \| Row height\. \|/);
    assert.match(docs, /\| `zoomTo\(start: string, end\?\)` \| `void` \| Zooms\. \|/);
    assert.match(docs, /\| `plan-select` \| `PlanSelectEvent` \| An item was chosen\. \|/);
  });

  it('escapes pipes and joins lines so tables stay tables', () => {
    assert.match(docs, /Shows a \\\| pipe\./);
    assert.match(
      docs,
      /\| `group-by` \| `groupBy` \| `'item' \\\| 'department'` \| `'item'` \| How rows are grouped\. \|/,
    );
  });

  it('leaves out private, static and attribute-backed fields from Properties', () => {
    const properties = docs.slice(docs.indexOf('#### Properties'), docs.indexOf('#### Methods'));
    assert.match(properties, /`plan`/);
    assert.match(properties, /`state` \(read-only\)/);
    assert.doesNotMatch(properties, /secret|styles|`groupBy`/);
  });

  it('replaces only the text between the markers, and appends them when missing', () => {
    const page = `# Title\n\n${START}\nold\n${END}\n\n## After\n`;
    const next = replaceSection(page, 'NEW');
    assert.match(next, /^# Title\n\n<!-- api:start -->\n/);
    assert.match(next, /\nNEW\n\n<!-- api:end -->\n\n## After\n$/);
    assert.doesNotMatch(next, /old/);
    assert.equal(replaceSection(next, 'NEW'), next);
    assert.match(
      replaceSection('# Only\n', 'NEW'),
      /^# Only\n\n<!-- api:start -->[\s\S]*NEW\n\n<!-- api:end -->\n$/,
    );
  });
});
