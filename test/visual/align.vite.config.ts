import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// Screenshot harness for the alignment exercises (not part of npm test).
// Build: npx vite build -c test/visual/align.vite.config.ts --outDir /tmp/align-gallery
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: { target: 'esnext', emptyOutDir: true, rollupOptions: { input: fileURLToPath(new URL('./align-gallery.html', import.meta.url)) } },
});
