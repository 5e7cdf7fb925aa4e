// node --test custom-elements.test.mjs: the committed manifest (which README's API section is written from) is what
// the analyzer makes of the element's source as it is now.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const elementDir = dirname(fileURLToPath(import.meta.url));
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

test('custom-elements.json is what `cem analyze` writes from the current source', () => {
  // The analyzer writes beside its config and updates package.json: it runs on a copy of the package.
  const copy = mkdtempSync(join(tmpdir(), 'plan-timeline-cem-'));
  try {
    cpSync(join(elementDir, 'src'), join(copy, 'src'), { recursive: true });
    for (const file of ['package.json', 'custom-elements-manifest.config.mjs'])
      copyFileSync(join(elementDir, file), join(copy, file));
    execFileSync(join(elementDir, 'node_modules/.bin/cem'), ['analyze'], { cwd: copy, stdio: 'pipe' });
    assert.deepEqual(
      readJson(join(copy, 'custom-elements.json')),
      readJson(join(elementDir, 'custom-elements.json')),
      'custom-elements.json is out of date: run `pnpm --filter @plan-timeline/timeline-element analyze`, then ' +
        '`node packages/demo/scripts/api-docs.mjs README.md`',
    );
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('every --plan-* custom property the styles read is in the manifest, with the default the styles give it', () => {
  const styles = readFileSync(join(elementDir, 'src/plan-timeline/plan-timeline.styles.ts'), 'utf8');
  const read = new Set([...styles.matchAll(/var\((--plan-[a-z0-9-]+)/g)].map((m) => m[1]));
  const manifest = readJson(join(elementDir, 'custom-elements.json'));
  const element = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === 'plan-timeline');
  const documented = new Map(element.cssProperties.map((p) => [p.name, p.default]));
  assert.deepEqual(
    [...read].filter((name) => !documented.has(name)),
    [],
    'custom properties the styles read but the class JSDoc does not list (@cssproperty)',
  );
  // Light-theme defaults, as the styles' :host block sets them.
  const host = styles.slice(styles.indexOf(':host {'));
  for (const [name, value] of documented) {
    const set = new RegExp(`${name}:\\s*([^;]+);`).exec(host);
    if (set && value !== undefined)
      assert.equal(set[1].replace(/\s+/g, ''), value.replace(/\s+/g, ''), `${name}'s documented default`);
  }
});
