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

export interface BundleSize {
  /** The bundle as the element's own `vite build` writes it. */
  bytes: number;
  gzip: number;
  /** The same code minified by esbuild (whitespace too), for comparison. */
  minifiedGzip: number;
  parts: Record<'lit' | 'd3' | 'core' | 'element' | 'other', PartSize>;
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
 * (nothing is written to its `dist`). `readable: true` builds the same entry without minifying and with a
 * source map, so that CPU profiles name functions and files.
 */
export async function buildStandalone(
  elementDir: string,
  { readable = false } = {},
): Promise<Rollup.OutputChunk> {
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
  const chunk = outputs
    .flatMap((o) => o.output)
    .find((c): c is Rollup.OutputChunk => c.type === 'chunk' && c.fileName === 'plan-timeline.standalone.js');
  if (!chunk) throw new Error('buildStandalone: the build wrote no plan-timeline.standalone.js');
  return chunk;
}

/** Measures the standalone bundle as a whole and by part (lit, d3, core, element) from Rollup's module metadata. */
export async function bundleSize(chunk: Rollup.OutputChunk): Promise<BundleSize> {
  const codes: Record<keyof BundleSize['parts'], string[]> = {
    lit: [],
    d3: [],
    core: [],
    element: [],
    other: [],
  };
  for (const [id, mod] of Object.entries(chunk.modules)) {
    if (mod.renderedLength > 0) codes[partOf(id)].push(mod.code ?? '');
  }
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
    bytes: Buffer.byteLength(chunk.code),
    gzip: gz(chunk.code),
    minifiedGzip: gz(minified.code),
    parts,
  };
}
