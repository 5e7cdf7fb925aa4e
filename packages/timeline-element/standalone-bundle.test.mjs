// node --test standalone-bundle.test.mjs: what the element's Vite config builds for pages without a build step.
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const elementDir = dirname(fileURLToPath(import.meta.url));

/** The standalone bundle as the element's Vite config builds it, in memory: its chunks by file name. */
async function buildBundle() {
  const output = await build({
    root: elementDir,
    configFile: join(elementDir, 'vite.config.ts'),
    logLevel: 'silent',
    build: { write: false },
  });
  const chunks = (Array.isArray(output) ? output : [output])
    .flatMap((o) => o.output)
    .filter((c) => c.type === 'chunk');
  return new Map(chunks.map((c) => [c.fileName, c]));
}

const chunks = await buildBundle();
const standalone = chunks.get('plan-timeline.standalone.js');
const readers = chunks.get('plan-timeline.readers.js');

test('the standalone file loads the plan readers lazily from plan-timeline.readers.js beside it', () => {
  assert.deepEqual([...chunks.keys()].sort(), ['plan-timeline.readers.js', 'plan-timeline.standalone.js']);
  assert.deepEqual(standalone.imports, []);
  assert.deepEqual(standalone.dynamicImports, ['plan-timeline.readers.js']);
  assert.match(standalone.code, /import\("\.\/plan-timeline\.readers\.js"\)/);
  assert.deepEqual(readers.imports, ['plan-timeline.standalone.js']);
});

test("core's readers, schedule parser and text helpers are in the readers' chunk, not in the standalone file", () => {
  const inStandalone = Object.keys(standalone.modules).filter(
    (id) => standalone.modules[id].renderedLength > 0 && /\/core\/src\/(plan|schedule|text)\//.test(id),
  );
  assert.deepEqual(inStandalone, [], 'a static import of a plan reader brings it into the standalone file');
  assert.ok(Object.keys(readers.modules).some((id) => id.endsWith('/core/src/plan/parsePlan.ts')));
  assert.ok(Object.keys(readers.modules).some((id) => id.endsWith('/core/src/schedule/parseSchedule.ts')));
});

test('the standalone file is under 60 KB gzip (issue #6)', () => {
  const gzip = gzipSync(Buffer.from(standalone.code), { level: 9 }).length;
  assert.ok(gzip < 60 * 1024, `plan-timeline.standalone.js is ${(gzip / 1024).toFixed(1)} KB gzip`);
});

test("both files begin with V8's compile hint, so that their functions are compiled as they stream in", () => {
  for (const chunk of [standalone, readers])
    assert.ok(
      chunk.code.startsWith('//# allFunctionsCalledOnLoad\n'),
      `${chunk.fileName}: ${chunk.code.slice(0, 40)}`,
    );
});
