import { join } from 'node:path';

/**
 * Node's arguments to run a TypeScript file from source in a child process, as the app's
 * modules expect: tsx, and the hook that gives `?raw` imports (the report's Typst template)
 * their text, as Vite does in the build and in vitest.
 */
export const TSX_CHILD = ['--import', 'tsx', '--import', join(import.meta.dirname, '../../scripts/raw-import.mjs')];
