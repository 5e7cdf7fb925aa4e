import { basename } from 'node:path';
import { build, defaultClientConditions, type Rollup } from 'vite';

/** How {@link bundleEntry} bundles. */
export interface BundleEntryOptions {
  /** Writes a source map beside the code (`chunk.map`). */
  sourcemap?: boolean;
  /** Resolves workspace packages to their TypeScript source (the `source` export condition). */
  fromSource?: boolean;
}

/**
 * Bundles one entry module with Vite in memory (no config file, nothing written): plain unminified
 * ES2022, the code a consumer's bundler would hand to the engine, not the on-the-fly transform of a
 * TypeScript loader.
 *
 * @param root - the folder the build runs in
 * @param entry - the entry module's path
 * @returns the entry's chunk
 * @example
 * const chunk = await bundleEntry(coreDir, join(coreDir, 'src/index.ts'), { sourcemap: true });
 */
export async function bundleEntry(
  root: string,
  entry: string,
  { sourcemap = false, fromSource = false }: BundleEntryOptions = {},
): Promise<Rollup.OutputChunk> {
  const output = (await build({
    configFile: false,
    root,
    logLevel: 'silent',
    ...(fromSource ? { resolve: { conditions: ['source', ...defaultClientConditions] } } : {}),
    build: {
      write: false,
      minify: false,
      sourcemap,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: () => `${basename(entry).replace(/\.ts$/, '')}.mjs` },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const chunk = (Array.isArray(output) ? output : [output])
    .flatMap((o) => o.output)
    .find((c): c is Rollup.OutputChunk => c.type === 'chunk' && c.isEntry);
  if (!chunk) throw new Error(`bundleEntry: the build of ${entry} wrote no entry chunk`);
  return chunk;
}
