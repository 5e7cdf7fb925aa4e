import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build, defaultClientConditions, transformWithEsbuild, type Rollup } from 'vite';

/** Bytes of one part of the bundle. */
export interface PartSize {
  /** Modules of this part in the bundle. */
  modules: number;
  /** Bytes of the part's code (as rendered into the bundle), minified on its own. */
  bytes: number;
  /** Those bytes gzipped on their own (the parts compress a little better together). */
  gzip: number;
}

/** One file of the bundle. */
export interface FileSize {
  fileName: string;
  bytes: number;
  gzip: number;
}

export interface BundleSize {
  /** `plan-timeline.standalone.js` (the file a page's script tag loads) as the element's own `vite build` writes it. */
  bytes: number;
  gzip: number;
  /** Every file of the bundle: the standalone file and the chunks it loads lazily beside it, each gzipped on its own. */
  files: FileSize[];
  /** All the files together: sums of their bytes and of their gzipped sizes. */
  total: { bytes: number; gzip: number };
  /** The standalone file minified by esbuild (whitespace too), for comparison. */
  minifiedGzip: number;
  /** The code of all the files by part. */
  parts: Record<'lit' | 'd3' | 'core' | 'element' | 'other', PartSize>;
}

/** The standalone file's chunk, with the chunks it loads lazily (`import()`), which are written beside it. */
export interface StandaloneChunk extends Rollup.OutputChunk {
  lazy: Rollup.OutputChunk[];
}

const gz = (s: string): number => gzipSync(Buffer.from(s), { level: 9 }).length;

function partOf(id: string): keyof BundleSize['parts'] {
  const path = id.replaceAll('\\', '/');
  if (/\/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(lit|lit-html|lit-element|@lit\/[^/]+)\//.test(path))
    return 'lit';
  if (/\/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(d3-[^/]+|internmap)\//.test(path)) return 'd3';
  if (path.includes('/packages/core/')) return 'core';
  if (path.includes('/packages/timeline-element/')) return 'element';
  return 'other';
}

/**
 * Builds the standalone `<plan-timeline>` bundle in memory with the element package's own Vite config
 * (nothing is written to its `dist`): the standalone file's chunk, with the chunks it loads lazily in `lazy`.
 * `readable: true` builds the same entry without minifying and with a source map, so that CPU profiles name
 * functions and files; it inlines the lazy chunks, so that its one file and one source map hold all the code.
 */
export async function buildStandalone(
  elementDir: string,
  { readable = false } = {},
): Promise<StandaloneChunk> {
  const output = (await build(
    readable
      ? {
          configFile: false,
          root: elementDir,
          logLevel: 'silent',
          resolve: { conditions: ['source', ...defaultClientConditions] },
          build: {
            write: false,
            minify: false,
            sourcemap: true,
            target: 'es2022',
            lib: {
              entry: join(elementDir, 'src/define.ts'),
              formats: ['es'],
              fileName: () => 'plan-timeline.standalone.js',
            },
            rollupOptions: { output: { inlineDynamicImports: true } },
          },
        }
      : {
          root: elementDir,
          configFile: join(elementDir, 'vite.config.ts'),
          logLevel: 'silent',
          build: { write: false },
        },
  )) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const outputs = Array.isArray(output) ? output : [output];
  const chunks = outputs.flatMap((o) => o.output).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
  const chunk = chunks.find((c) => c.fileName === 'plan-timeline.standalone.js');
  if (!chunk) throw new Error('buildStandalone: the build wrote no plan-timeline.standalone.js');
  return Object.assign(chunk, { lazy: chunks.filter((c) => c !== chunk) });
}

/**
 * Serves a standalone build from a static server's in-memory files: the standalone file at
 * `/standalone/plan-timeline.standalone.js` and the chunks it loads beside it.
 */
export function serveStandalone(
  memory: Map<string, { body: string; type: string }>,
  chunk: { code: string; lazy?: readonly { fileName: string; code: string }[] },
): void {
  const type = 'text/javascript; charset=utf-8';
  memory.set('/standalone/plan-timeline.standalone.js', { body: chunk.code, type });
  for (const lazy of chunk.lazy ?? []) memory.set(`/standalone/${lazy.fileName}`, { body: lazy.code, type });
}

/**
 * Measures the standalone bundle: the standalone file, each chunk it loads lazily and all of them together, and
 * the code of all of them by part (lit, d3, core, element) from Rollup's module metadata.
 */
export async function bundleSize(chunk: StandaloneChunk): Promise<BundleSize> {
  const codes: Record<keyof BundleSize['parts'], string[]> = {
    lit: [],
    d3: [],
    core: [],
    element: [],
    other: [],
  };
  const all = [chunk, ...chunk.lazy];
  for (const { modules } of all) {
    for (const [id, mod] of Object.entries(modules)) {
      if (mod.renderedLength > 0) codes[partOf(id)].push(mod.code ?? '');
    }
  }
  const files = all.map((c) => ({
    fileName: c.fileName,
    bytes: Buffer.byteLength(c.code),
    gzip: gz(c.code),
  }));
  const parts = Object.fromEntries(
    Object.entries(codes).map(([name, list]) => {
      const joined = list.join('\n');
      return [
        name,
        { modules: list.length, bytes: Buffer.byteLength(joined), gzip: list.length ? gz(joined) : 0 },
      ];
    }),
  ) as BundleSize['parts'];
  const minified = await transformWithEsbuild(chunk.code, 'bundle.js', { minify: true, format: 'esm' });
  return {
    bytes: files[0]!.bytes,
    gzip: files[0]!.gzip,
    files,
    total: {
      bytes: files.reduce((sum, f) => sum + f.bytes, 0),
      gzip: files.reduce((sum, f) => sum + f.gzip, 0),
    },
    minifiedGzip: gz(minified.code),
    parts,
  };
}
