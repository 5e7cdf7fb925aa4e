import { minify } from 'terser';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { minifyTemplates } from './minify-templates.mjs';

/** The text of the element's Lit templates (markup and CSS), which esbuild leaves as written, squeezed too. */
function minifyTemplateText(): Plugin {
  return {
    name: 'plan-timeline:minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/timeline-element\/src\/.*\.ts$/.test(id)) return null;
      return { code: minifyTemplates(code, id), map: null };
    },
  };
}

/** V8's compile hint for a whole file (see minifyBundle). */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Vite keeps whitespace in ES library builds; the standalone files are meant to be small, so minify them fully,
 * with terser (two passes of its compressor: ~3 % less gzip than esbuild's minifier on these files).
 *
 * Each file then begins with V8's compile hint `//# allFunctionsCalledOnLoad` (Chrome 136+; other engines read a
 * comment): the browser compiles all of its functions while it streams the file in, on a background thread,
 * instead of one by one on the main thread the first time each runs, which is during the first frame of a plan.
 */
function minifyBundle(): Plugin {
  return {
    name: 'plan-timeline:minify-bundle',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const result = await minify(file.code, {
          module: true,
          ecma: 2020,
          compress: { passes: 2 },
          format: { comments: false },
        });
        if (result.code === undefined) throw new Error(`terser gave no code for ${file.fileName}`);
        file.code = `${COMPILE_HINT}\n${result.code}`;
      }
    },
  };
}

// The standalone bundle: define.ts with lit, the d3 modules used and core inside,
// one minified ES module that a plain page loads with <script type="module">.
export default defineConfig({
  build: {
    emptyOutDir: false,
    target: 'es2022',
    lib: {
      entry: 'src/define.ts',
      formats: ['es'],
      fileName: () => 'plan-timeline.standalone.js',
    },
    rollupOptions: {
      // The plan readers load lazily (see src/load/read-plan.ts) from a chunk beside the standalone file, which
      // imports what it shares with the element from the standalone file itself: no third file.
      preserveEntrySignatures: 'allow-extension',
      output: { chunkFileNames: 'plan-timeline.[name].js' },
    },
  },
  plugins: [minifyTemplateText(), minifyBundle()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
});
