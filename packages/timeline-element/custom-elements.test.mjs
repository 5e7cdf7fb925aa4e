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
