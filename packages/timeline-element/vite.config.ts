import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    emptyOutDir: false,
    lib: {
      entry: 'src/define.ts',
      formats: ['es'],
      fileName: () => 'plan-timeline.standalone.js',
    },
  },
  resolve: { conditions: ['source'] },
});
