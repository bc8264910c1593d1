import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { lingui } from '@lingui/vite-plugin';
import { fileURLToPath } from 'node:url';

// Screenshot harness for the alignment exercises (not part of npm test).
// Build: npx vite build -c test/visual/exercises.vite.config.ts --outDir /tmp/exgallery
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  // lingui: the catalogs and macros the views and the guide speak through (?lang=de shows them in German).
  plugins: [react(), lingui({ macroTransform: true })],
  build: { emptyOutDir: true, rollupOptions: { input: fileURLToPath(new URL('./exercises.html', import.meta.url)) } },
});
