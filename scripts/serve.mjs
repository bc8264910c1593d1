// `npm run serve`: build when the sources are newer than the build, then run
// browser mode. Build output goes to stderr so stdout carries only the URL line.
import { pathToFileURL } from 'node:url';
import { buildIfNeeded, serveEntry } from './build-if-needed.mjs';

try {
  buildIfNeeded();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
await import(pathToFileURL(serveEntry).href);
