import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The two boards bench:drag compares, built the same way (production React):
// app.html renders the app's card sort board; bare.html a minimal React + dnd-kit board.
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
export default defineConfig({
  root: here('.'),
  base: './',
  logLevel: 'warn',
  plugins: [react()],
  build: { emptyOutDir: true, rollupOptions: { input: { app: here('./app.html'), bare: here('./bare.html') } } },
});
