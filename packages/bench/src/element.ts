/**
 * `pnpm --filter @plan-timeline/bench element`: a quick run of <plan-timeline> alone (no parsers, no
 * competitors, no profiles), to compare a change to the element before and after on a busy machine.
 *
 * Builds the standalone bundle from the working tree, and measures first frame (`.text` and `.plan`), zoom
 * and pan steps and DOM size at each N, on fresh pages, several rounds. With `--bundle FILE` (repeatable)
 * other builds of the standalone file (e.g. one saved before a change with `--save FILE`) are measured in the
 * same rounds, interleaved with the working tree's, so that both see the same load. Prints medians per
 * bundle; writes nothing except what `--save` asks for. The chunks a standalone file loads lazily
 * (`plan-timeline.*.js`) are saved beside it and read from beside it: save each build in its own folder.
 *
 *   tsx --conditions=source src/element.ts [--n 10000] [--rounds 3] [--bundle old.js] [--save new.js]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildStandalone, bundleSize, serveStandalone } from './node/bundleSize.js';
import { median } from './measure.js';
import { dataset, type Dataset } from './browser/datasets.js';
import { renderBench, type RenderResult } from './browser/renderBench.js';
import { startStaticServer } from './browser/staticServer.js';
import { warmUpFonts } from './browser/warmUpFonts.js';
import { japaneseFont } from './node/machine.js';
import { noJapaneseFontWarning } from './report.js';

const here = dirname(fileURLToPath(import.meta.url));
const benchDir = resolve(here, '..');
const elementDir = resolve(benchDir, '../timeline-element');

const argv = process.argv.slice(2);
const values = (flag: string): string[] =>
  argv.flatMap((a, i) => (a === flag && argv[i + 1] !== undefined ? [argv[i + 1]!] : []));
const sizes = values('--n').map(Number);
if (sizes.length === 0) sizes.push(10000);
const rounds = Number(values('--rounds')[0] ?? 3);
const zoomSteps = Number(values('--steps')[0] ?? 30);

const chunk = await buildStandalone(elementDir);
const size = await bundleSize(chunk);
type Files = { code: string; lazy: { fileName: string; code: string }[] };
/** A saved standalone file and the chunks beside it that it imports. */
function readBundle(file: string): Files {
  const code = readFileSync(file, 'utf8');
  const names = new Set([...code.matchAll(/["']\.\/(plan-timeline\.[\w.-]+\.js)["']/g)].map((m) => m[1]!));
  return {
    code,
    lazy: [...names].map((fileName) => ({
      fileName,
      code: readFileSync(join(dirname(file), fileName), 'utf8'),
    })),
  };
}
const bundles = new Map<string, Files>([['working tree', chunk]]);
for (const file of values('--bundle')) bundles.set(file, readBundle(file));
for (const file of values('--save')) {
  writeFileSync(file, chunk.code);
  for (const lazy of chunk.lazy) writeFileSync(join(dirname(file), lazy.fileName), lazy.code);
}
const kb = (b: number) => (b / 1024).toFixed(1);
console.log(
  `bundle: ${kb(size.bytes)} KB, ${kb(size.gzip)} KB gzip` +
    (size.files.length > 1
      ? ` (with the chunks it loads lazily, ${size.files.map((f) => `${f.fileName} ${kb(f.gzip)}`).join(', ')}: ` +
        `${kb(size.total.gzip)} KB gzip in all)`
      : '') +
    ` (parts gzip on their own: ` +
    Object.entries(size.parts)
      .filter(([, p]) => p.modules > 0)
      .map(([name, p]) => `${name} ${kb(p.gzip)}`)
      .join(', ') +
    `); load average ${loadavg()[0]!.toFixed(1)}`,
);

const data = new Map<number, Dataset>();
for (const n of sizes) data.set(n, dataset(n));
const memory = new Map<string, { body: string; type: string }>();
for (const d of data.values()) for (const [k, v] of d.files) memory.set(k, v);
const server = await startStaticServer({ '/pages/': join(benchDir, 'pages') }, memory);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--enable-precise-memory-info'],
});
const family = await warmUpFonts(browser);
console.log(
  noJapaneseFontWarning(family === null ? undefined : japaneseFont(family)) ??
    `Japanese text drawn in ${family ?? 'an unknown font'}`,
);
const results = new Map<string, RenderResult[]>();
try {
  for (let round = 0; round < rounds; round++) {
    for (const n of sizes) {
      for (const [name, files] of bundles) {
        for (const key of [...memory.keys()]) if (key.startsWith('/standalone/')) memory.delete(key);
        serveStandalone(memory, files);
        const r = await renderBench(browser, server.origin, 'plan-timeline', data.get(n)!, zoomSteps, 120000);
        if (r.ariaRowCount !== r.expectedRows)
          console.log(`  ! ${name}: aria-rowcount ${r.ariaRowCount}, layout ${r.expectedRows}`);
        const key = `${n}\t${name}`;
        results.set(key, [...(results.get(key) ?? []), r]);
        console.log(
          `round ${round + 1} N=${n} ${name}: text ${r.firstFrameMs.toFixed(0)} ms, plan ${r.firstFramePlanMs?.toFixed(0)} ms, json ${r.firstFrameJsonMs?.toFixed(0)} ms, ` +
            `zoom ${r.zoom.median.toFixed(1)}/${r.zoom.max.toFixed(1)} ms, pan ${r.pan?.median.toFixed(1)}/${r.pan?.max.toFixed(1)} ms`,
        );
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

console.log('\nmedians over rounds (zoom/pan: median of per-run medians, and of per-run maxima):');
console.log('N\tbundle\t.text ms\t.plan ms\tJSON ms\tzoom med/max\tpan med/max\telements\theap MB');
for (const [key, rs] of results) {
  const m = (f: (r: RenderResult) => number) => median(rs.map(f)).toFixed(1);
  console.log(
    `${key}\t${m((r) => r.firstFrameMs)}\t${m((r) => r.firstFramePlanMs ?? NaN)}\t${m((r) => r.firstFrameJsonMs ?? NaN)}\t` +
      `${m((r) => r.zoom.median)}/${m((r) => r.zoom.max)}\t${m((r) => r.pan?.median ?? NaN)}/${m((r) => r.pan?.max ?? NaN)}\t` +
      `${m((r) => r.elements)}\t${m((r) => r.heapMB)}`,
  );
}
