/**
 * electron-vite: the main process (the desktop shell over the core), the preload and the
 * renderer. `npm run build` writes out/main, out/preload and out/renderer.
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      // Packages (better-sqlite3, keytar, electron-updater, zod) load from node_modules at run
      // time; native modules cannot be bundled.
      externalizeDeps: true,
      rolldownOptions: {
        // The compare's worker thread is an entry of its own: the core starts out/main/compare-worker.js.
        input: { index: resolve('src/main/electron/index.ts'), 'compare-worker': resolve('src/main/sync/compare/compare-worker.ts') },
        output: { entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require() packages, so zod (for the call names) is bundled
      // in, and it must be CommonJS.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
