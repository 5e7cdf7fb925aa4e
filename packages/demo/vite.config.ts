import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defineConfig } from 'vite';
import type { Plugin } from 'vite';

const demoDir = dirname(fileURLToPath(import.meta.url));
const elementDir = resolve(demoDir, '../timeline-element');
const coreDir = resolve(demoDir, '../core');
const SEED_NAME = 'seeds/000_247872b8d3084b37.txt';
const seedPath = resolve(demoDir, '../..', SEED_NAME);
const STANDALONE_NAME = 'plan-timeline.standalone.js';
const standalonePath = join(elementDir, 'dist', STANDALONE_NAME);
const DEV_STANDALONE_ID = '\0plan-timeline-standalone-dev';

/** The newest modification time of any file under `dir` (0 when it does not exist). */
async function newestMtime(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  let newest = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const { mtimeMs } = await stat(join(entry.parentPath, entry.name));
    newest = Math.max(newest, mtimeMs);
  }
  return newest;
}

/** The sibling files a standalone module imports (`"./plan-timeline.….js"`): the chunks it loads lazily. */
function siblingImports(code: string): string[] {
  return [...code.matchAll(/["']\.\/(plan-timeline\.[\w.-]+\.js)["']/g)].map((m) => m[1]!);
}

/** A built standalone bundle's files, by name: the standalone module and every chunk it imports, read from `dir`. */
async function bundleFiles(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const pending = [STANDALONE_NAME];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (files.has(name)) continue;
    const code = await readFile(join(dir, name), 'utf8');
    files.set(name, code);
    pending.push(...siblingImports(code));
  }
  return files;
}

/**
 * The element's standalone bundle (the standalone module and the chunks it loads lazily): the
 * one `pnpm build` left in the element's dist when it is newer than the element's and core's
 * sources, else built afresh with the element's own Vite config into a temporary folder.
 */
async function standaloneBundle(): Promise<Map<string, string>> {
  const built = await stat(standalonePath).catch(() => null);
  const sources = Math.max(
    await newestMtime(join(elementDir, 'src')),
    await newestMtime(join(coreDir, 'src')),
  );
  if (built && built.mtimeMs >= sources) return bundleFiles(dirname(standalonePath));
  const outDir = await mkdtemp(join(tmpdir(), 'plan-timeline-standalone-'));
  try {
    await build({
      root: elementDir,
      configFile: join(elementDir, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
    return await bundleFiles(outDir);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/**
 * Ships what `embed.html` needs beside the demo: the page itself (copied as written, no
 * build step), the element's standalone bundle (with the chunks it loads) and the seed plan.
 */
function planAssets(): Plugin {
  return {
    name: 'plan-timeline-assets',
    // Dev: the standalone file is a module that imports the element's sources (Vite serves
    // them with hot reload); the seed is served from seeds/.
    resolveId(id) {
      return this.environment.mode === 'dev' && id.endsWith(`/${STANDALONE_NAME}`) ? DEV_STANDALONE_ID : null;
    },
    load(id) {
      return id === DEV_STANDALONE_ID
        ? `import ${JSON.stringify(join(elementDir, 'src/define.ts'))};\n`
        : null;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? '').split('?')[0] !== `/${SEED_NAME}`) return next();
        readFile(seedPath).then((bytes) => {
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(bytes);
        }, next);
      });
    },
    async generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'embed.html',
        source: await readFile(join(demoDir, 'embed.html')),
      });
      this.emitFile({ type: 'asset', fileName: SEED_NAME, source: await readFile(seedPath) });
      for (const [fileName, source] of await standaloneBundle())
        this.emitFile({ type: 'asset', fileName, source });
    },
  };
}

export default defineConfig({
  base: './',
  resolve: { conditions: ['source'] },
  server: { port: 5173, strictPort: true },
  build: { target: 'es2022', chunkSizeWarningLimit: 900 },
  plugins: [planAssets()],
});
