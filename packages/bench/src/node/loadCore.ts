import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleEntry } from './bundleEntry.js';
import { inPackage } from '../profile.js';
import { sourceLookup, type RawSourceMap, type SourceLookup } from '../sourceMap.js';

type Core = typeof import('@plan-timeline/core');

/** Core as the benchmark runs it: bundled from source by Vite, as plain ES2022 (no dev-time transforms). */
export interface LoadedCore {
  core: Core;
  /** The bundle's file URL, as it appears in CPU profiles. */
  url: string;
  /** Maps positions in the bundle back to core's source files. */
  lookup: SourceLookup;
  dispose(): void;
}

/**
 * Bundles `@plan-timeline/core` from its TypeScript source with Vite (in memory, unminified, with a source
 * map) into a temporary file and imports it. The timings then measure the code a consumer runs, not the
 * on-the-fly transform of a TypeScript loader (which wraps functions in `__name` helpers).
 */
export async function loadCore(coreDir: string): Promise<LoadedCore> {
  const chunk = await bundleEntry(coreDir, join(coreDir, 'src/index.ts'), { sourcemap: true });
  const dir = mkdtempSync(join(tmpdir(), 'plan-timeline-bench-'));
  const file = join(dir, 'core.mjs');
  writeFileSync(file, chunk.code);
  const url = pathToFileURL(file).href;
  const core = (await import(url)) as Core;
  return {
    core,
    url,
    lookup: inPackage(sourceLookup(chunk.map as unknown as RawSourceMap), 'core'),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
