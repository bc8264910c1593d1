// `npm run serve`: build when the sources are newer than the build, then run
// browser mode. Build output goes to stderr so stdout carries only the URL line.
// First of all, before building or loading native code: is this Node new
// enough? (On Node 20, better-sqlite3 dies with a bare "Segmentation fault".)
import { exitUnlessSupportedNode } from './check-node.cjs';

exitUnlessSupportedNode();
const { pathToFileURL } = await import('node:url');
const { buildIfNeeded, serveEntry } = await import('./build-if-needed.mjs');

try {
  buildIfNeeded();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
await import(pathToFileURL(serveEntry).href);
