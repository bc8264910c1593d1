import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { lingui } from '@lingui/vite-plugin';

/** The renderer's root and plugins: the build below and `npm run dev` (scripts/dev.ts) use the same. */
// lingui: message macros and .po catalogs (docs/i18n.md), in the renderer and in the core.
export const rendererConfig = { root: resolve('src/renderer'), plugins: [react(), lingui({ macroTransform: true })] };

// One config, three bundles. The main bundle has two entries: the Electron
// shell (index) and browser mode (serve); both run the same core.
export default defineConfig({
  main: {
    plugins: [lingui({ macroTransform: true })],
    build: {
      rollupOptions: {
        input: {
          index: resolve('src/main/electron/main.ts'),
          serve: resolve('src/main/serve.ts'),
          'report-worker': resolve('src/main/report/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      sourcemap: false,
      rollupOptions: {
        input: { index: resolve('src/renderer/index.html') },
      },
    },
  },
});
