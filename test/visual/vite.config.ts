import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// Throwaway screenshot harness for the activity views (not part of npm test).
// Build: npx vite build -c test/visual/vite.config.ts --outDir /tmp/gallery
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: { emptyOutDir: true, rollupOptions: { input: fileURLToPath(new URL('./gallery.html', import.meta.url)) } },
});
