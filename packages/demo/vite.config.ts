import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  resolve: { conditions: ['source'] },
  server: { port: 5173, strictPort: true },
});
